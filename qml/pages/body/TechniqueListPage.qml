// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot
import Unknot.Core

// The techniques for one region.
Page {
    id: page

    required property string regionId

    signal techniqueChosen(string techniqueId)
    signal backRequested

    objectName: "techniqueListPage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        showBack: true
        title: App.catalog.regionName(page.regionId)
        subtitle: techniques.count === 1 ? qsTr("1 technique") : qsTr("%1 techniques").arg(techniques.count)
        onBackClicked: page.backRequested()
    }

    TechniqueListModel {
        id: techniques
        catalog: App.catalog
        regionId: page.regionId
    }

    ListView {
        objectName: "techniqueList"
        anchors.fill: parent
        anchors.leftMargin: Math.max(Theme.spaceS, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        clip: true
        spacing: 2
        model: techniques
        delegate: ListRow {
            id: techniqueRow
            required property string techniqueId
            required property string title
            required property string purpose
            required property int minutes

            objectName: "technique_" + techniqueId
            width: ListView.view.width
            text: title
            detail: purpose
            trailing: qsTr("%1 min").arg(minutes)
            onClicked: () => page.techniqueChosen(techniqueRow.techniqueId)
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - Theme.spaceXl * 2
        visible: techniques.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("There are no techniques for this area yet.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
}
