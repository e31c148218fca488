// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot
import Unknot.Core

// Every body region as a list, head to feet. Tapping one opens its techniques.
Page {
    id: page

    signal regionChosen(string regionId)

    objectName: "regionListPage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: qsTr("Where to work today?")
        subtitle: qsTr("Choose an area your practitioner showed you.")
    }

    ListView {
        id: list
        objectName: "regionList"
        anchors.fill: parent
        anchors.leftMargin: Math.max(Theme.spaceS, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        clip: true
        spacing: 2
        bottomMargin: Theme.spaceL
        model: RegionListModel {
            catalog: App.catalog
        }
        delegate: ListRow {
            id: regionRow
            required property string regionId
            required property string name
            required property int techniqueCount

            objectName: "region_" + regionId
            width: ListView.view.width
            text: name
            dimmed: techniqueCount === 0
            detail: techniqueCount === 0 ? qsTr("No techniques yet") : techniqueCount === 1 ? qsTr("1 technique") : qsTr("%1 techniques").arg(techniqueCount)
            onClicked: () => page.regionChosen(regionRow.regionId)
        }
        ScrollIndicator.vertical: ScrollIndicator {
        }
    }
}
