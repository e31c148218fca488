// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot
import Unknot.Core

// The Body tab: the body map, with every region as a list one tap away. Choosing a region
// opens its techniques. Plain Qt Quick, like the rest of the first screen (see AppPage).
Item {
    id: page

    // Pain trends come from the database: read once the first frame is on the screen, so
    // they never delay it (a zero-interval timer would still run before that frame); without
    // a window, right after start-up.
    property bool trendsRead: false
    // A phone on its side: the page is too short for a title and a legible figure, and the
    // figure matters more (the tab is already named "Body").
    readonly property bool shortLandscape: height < 420 && width > height

    signal regionChosen(string regionId)
    signal searchRequested
    signal planRequested
    signal planStartRequested

    // One state per region: what the practitioner said, unless pain has been rising three
    // sessions running (a warning the map must not hide).
    function mergedStates(trends, clearances) {
        const out = Object.assign({}, trends);
        for (const region in clearances) {
            if (out[region] !== "pain-rising")
                out[region] = clearances[region];
        }
        return out;
    }
    function attachPlanCard(card) {
        card.openRequested.connect(page.planRequested);
        card.startRequested.connect(page.planStartRequested);
    }
    function readTrends() {
        if (trendsRead)
            return;
        trendsRead = true;
        App.progress.refreshRegions();
        todayPlan.active = true;
    }

    objectName: "regionListPage"

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    PageHeader {
        id: header
        width: parent.width - search.width - Theme.spaceS
        visible: !page.shortLandscape
        title: qsTr("Where to work today?")
        subtitle: qsTr("Choose an area your practitioner showed you.")
    }

    // Find a technique by name: a magnifier drawn in plain Qt Quick (the first screen loads no
    // Controls); the search page itself is built only when this is tapped.
    Item {
        id: search
        objectName: "searchButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spaceXs
        y: Math.max(0, (header.height - height) / 2)
        width: Theme.touchTarget
        height: Theme.touchTarget
        visible: !page.shortLandscape
        activeFocusOnTab: true
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Find a technique by name")
        Accessible.focusable: true
        Accessible.onPressAction: page.searchRequested()
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space) {
                event.accepted = true;
                page.searchRequested();
            }
        }

        Rectangle {
            anchors.fill: parent
            radius: width / 2
            color: tap.pressed ? Theme.surfaceRaised : "transparent"
            border.color: search.activeFocus ? Theme.focus : "transparent"
            border.width: 2
        }
        Rectangle {
            x: 13
            y: 12
            width: 16
            height: 16
            radius: 8
            color: "transparent"
            border.color: Theme.text
            border.width: 2
        }
        Rectangle {
            x: 26
            y: 29
            width: 9
            height: 2.5
            radius: 1.25
            rotation: 45
            color: Theme.text
        }
        TapHandler {
            id: tap
            onTapped: page.searchRequested()
        }
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

    // Today's plan: built only after the first frame (it reads the plan), off the GUI thread.
    Loader {
        id: todayPlan

        objectName: "todayPlanLoader"
        anchors.top: page.shortLandscape ? parent.top : header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Math.max(Theme.spaceM, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        anchors.topMargin: page.shortLandscape ? Theme.spaceS : 0
        active: false
        asynchronous: true
        visible: status === Loader.Ready && !page.shortLandscape
        source: "../plan/TodayPlanCard.qml"
        onLoaded: page.attachPlanCard(item)
    }

    BodyMap {
        objectName: "bodyMap"
        anchors.fill: parent
        anchors.topMargin: (page.shortLandscape ? Theme.spaceS : header.height) + (todayPlan.visible ? todayPlan.height + Theme.spaceS : 0)
        regionStates: page.trendsRead ? page.mergedStates(App.progress.regionStates, App.safety.regionStates) : ({})
        onRegionChosen: regionId => page.regionChosen(regionId)

        listSource: Qt.resolvedUrl("RegionList.qml")
    }
}
