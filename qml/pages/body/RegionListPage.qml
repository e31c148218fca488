// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot
import Unknot.Core

// The Body tab: the body map, with every region as a list one tap away. Choosing a region
// opens its techniques.
Page {
    id: page

    // Pain trends come from the database: read once the first frame is on the screen, so
    // they never delay it (a zero-interval timer would still run before that frame); without
    // a window, right after start-up.
    property bool trendsRead: false
    // A phone on its side: the page is too short for a title and a legible figure, and the
    // figure matters more (the tab is already named "Body").
    readonly property bool shortLandscape: height < 420 && width > height

    signal regionChosen(string regionId)

    function readTrends() {
        if (trendsRead)
            return;
        trendsRead = true;
        App.progress.refreshRegions();
    }

    objectName: "regionListPage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        visible: !page.shortLandscape
        title: qsTr("Where to work today?")
        subtitle: qsTr("Choose an area your practitioner showed you.")
    }

    Connections {
        target: page.Window.window
        enabled: !page.trendsRead
        function onFrameSwapped() {
            page.readTrends();
        }
    }
    Timer {
        id: withoutWindow
        interval: 0
        onTriggered: page.readTrends()
    }
    Component.onCompleted: {
        if (!Window.window)
            withoutWindow.start();
    }

    BodyMap {
        objectName: "bodyMap"
        anchors.fill: parent
        anchors.topMargin: page.shortLandscape ? Theme.spaceS : 0
        regionStates: App.progress.regionStates
        onRegionChosen: regionId => page.regionChosen(regionId)

        list: ListView {
            id: list
            objectName: "regionList"
            clip: true
            spacing: 2
            leftMargin: Math.max(Theme.spaceS, (width - Theme.contentMaxWidth) / 2)
            rightMargin: leftMargin
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
                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                text: name
                dimmed: techniqueCount === 0
                detail: techniqueCount === 0 ? qsTr("No techniques yet") : techniqueCount === 1 ? qsTr("1 technique") : qsTr("%1 techniques").arg(techniqueCount)
                onClicked: () => page.regionChosen(regionRow.regionId)
            }
            ScrollIndicator.vertical: ScrollIndicator {
            }
        }
    }
}
