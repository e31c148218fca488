// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// The whole UI inside the window: the four tabs, the bottom navigation, messages, and the
// routing of unknot:// links. Kept apart from the window so tests can instantiate it.
Item {
    id: shell

    property string message: App.storageError

    function showTab(index) {
        nav.currentIndex = index;
    }
    function openRegion(regionId) {
        showTab(0);
        bodyStack.push(techniqueListPage, {
                "regionId": regionId
            });
    }
    function openTechnique(techniqueId, regionId) {
        showTab(0);
        bodyStack.push(techniqueDetailPage, {
                "techniqueId": techniqueId,
                "regionId": regionId || App.catalog.defaultRegionFor(techniqueId)
            });
    }
    function startSession(techniqueId, regionId) {
        if (App.session.start(techniqueId, regionId)) {
            showTab(0);
            bodyStack.push(sessionPage);
        }
    }
    function popPage() {
        bodyStack.pop();
    }
    // Back navigation (Android back key, Escape): one page back, never out of a session.
    function goBack() {
        if (nav.currentIndex === 0 && bodyStack.depth > 1 && !App.session.active) {
            bodyStack.pop();
            return true;
        }
        return false;
    }

    focus: true
    Keys.onBackPressed: event => event.accepted = shell.goBack()
    Keys.onEscapePressed: event => event.accepted = shell.goBack()

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Connections {
        target: App
        function onTechniqueRequested(techniqueId) {
            bodyStack.pop(null);
            shell.openTechnique(techniqueId, "");
        }
        function onSessionRequested(techniqueId) {
            bodyStack.pop(null);
            shell.openTechnique(techniqueId, "");
            shell.startSession(techniqueId, "");
        }
        function onLinkFailed(message) {
            shell.message = message;
        }
    }
    Connections {
        target: App.session
        function onFailed(message) {
            shell.message = message;
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            objectName: "messageBanner"
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spaceS : 0
            text: shell.message
            danger: true
            onDismissed: shell.message = ""
        }

        StackLayout {
            id: tabs
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: nav.currentIndex

            StackView {
                id: bodyStack
                objectName: "bodyStack"
                initialItem: regionListPage
            }
            // The other tabs are built the first time they are shown, not at start-up.
            Loader {
                active: nav.currentIndex === 1 || item !== null
                sourceComponent: ProgressPage {
                }
            }
            Loader {
                active: nav.currentIndex === 2 || item !== null
                sourceComponent: RemindersPage {
                }
            }
            Loader {
                active: nav.currentIndex === 3 || item !== null
                sourceComponent: MorePage {
                }
            }
        }

        NavBar {
            id: nav
            objectName: "navBar"
            Layout.fillWidth: true
            visible: !(nav.currentIndex === 0 && bodyStack.currentItem && bodyStack.currentItem.objectName === "sessionPage")
            onTabActivated: index => nav.currentIndex = index
        }
    }

    Component {
        id: regionListPage
        RegionListPage {
            onRegionChosen: regionId => shell.openRegion(regionId)
        }
    }
    Component {
        id: techniqueListPage
        TechniqueListPage {
            id: listPage
            onTechniqueChosen: techniqueId => shell.openTechnique(techniqueId, listPage.regionId)
            onBackRequested: () => shell.popPage()
        }
    }
    Component {
        id: techniqueDetailPage
        TechniqueDetailPage {
            onStartRequested: (techniqueId, regionId) => shell.startSession(techniqueId, regionId)
            onBackRequested: () => shell.popPage()
        }
    }
    Component {
        id: sessionPage
        SessionPage {
            onCloseRequested: () => {
                shell.popPage();
                shell.showTab(1);
            }
        }
    }

    Component.onCompleted: App.openStartupLink()
}
