// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Progress: the overview (streaks, weeks, calendar, regions, export) and the history list,
// with each region's detail pushed on top.
AppPage {
    id: page

    objectName: "progressPage"
    background: Rectangle {
        color: Theme.background
    }

    property string detailTitle

    function nameOf(detail) {
        return detail.name;
    }
    // Back (AppShell): one page back inside this tab; false when there is none to go back to.
    function goBack() {
        if (stack.depth <= 1)
            return false;
        stack.pop();
        return true;
    }
    function openRegion(regionId) {
        detailTitle = nameOf(App.progress.regionDetail(regionId));
        stack.push(Qt.resolvedUrl("RegionDetailPage.qml"), {
                "regionId": regionId
            });
    }

    header: Column {
        PageHeader {
            width: parent.width
            title: stack.depth > 1 ? page.detailTitle : qsTr("Progress")
            subtitle: stack.depth > 1 ? "" : App.history.totalCount === 0 ? qsTr("No sessions recorded yet") : qsTr("%Ln session(s) recorded", "", App.history.totalCount)
            showBack: stack.depth > 1
            onBackClicked: stack.pop()
        }
        TabBar {
            id: tabs

            objectName: "progressTabs"
            width: Math.min(parent.width, Theme.contentMaxWidth)
            anchors.horizontalCenter: parent.horizontalCenter
            visible: stack.depth === 1
            background: Rectangle {
                color: Theme.background
            }

            // History first: finishing a session lands here, with that session on top.
            TabButton {
                objectName: "historyTab"
                text: qsTr("History")
                height: Theme.touchTarget
            }
            TabButton {
                objectName: "overviewTab"
                text: qsTr("Overview")
                height: Theme.touchTarget
            }
        }
    }

    // The app's one page stack (as on the body map tab): the tabs below, a region on top.
    PageStack {
        id: stack

        objectName: "progressStack"
        anchors.fill: parent
        initialItem: tabPages

        // Each tab is built the first time it is shown, so opening the screen builds one.
        StackLayout {
            id: tabPages

            anchors.fill: parent
            currentIndex: tabs.currentIndex

            Loader {
                active: tabs.currentIndex === 0 || item !== null
                sourceComponent: HistoryList {
                }
            }
            Loader {
                active: tabs.currentIndex === 1 || item !== null
                sourceComponent: ProgressOverview {
                    onRegionChosen: regionId => page.openRegion(regionId)
                }
            }
        }
    }
}
