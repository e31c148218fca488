// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// Android's Back key (Qt.Key_Back): it pops the current tab's pages, then returns to the first
// tab, asks before ending a session, and is always taken (an unaccepted Back lets Qt close the
// window, which ends the app). A link that arrives during a session asks instead of ending it.
Item {
    id: root

    // Back presses nobody in the shell accepted: each would have closed the app on Android.
    property int unhandledBack: 0

    width: 412
    height: 915
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Back)
            root.unhandledBack++;
    }

    AppShell {
        id: shell
        anchors.fill: parent
    }
    SignalSpy {
        id: leaveSpy
        target: shell
        signalName: "leaveRequested"
    }

    TestCase {
        name: "Back"
        when: windowShown

        function stack() {
            return findChild(shell, "bodyStack");
        }
        function page() {
            return stack().currentItem;
        }
        function waitForPage(name) {
            tryVerify(() => page() && page().objectName === name && !stack().busy, 5000, "expected page " + name);
        }
        function back() {
            keyClick(Qt.Key_Back);
        }
        function confirm() {
            return findChild(page(), "confirmStop");
        }
        function firstTechniqueOf(regionId) {
            const model = Qt.createQmlObject('import Unknot.Core; TechniqueListModel {}', root);
            model.catalog = App.catalog;
            model.regionId = regionId;
            const id = model.data(model.index(0, 0), TechniqueListModel.TechniqueIdRole);
            model.destroy();
            return id;
        }
        function startRunningSession(techniqueId) {
            App.openLink("unknot://session/start?technique=" + techniqueId);
            waitForPage("sessionPage");
            mouseClick(findChild(findChild(page(), "painBefore"), "pain4"));
            mouseClick(findChild(page(), "beginButton"));
            compare(App.session.phase, GuidedSession.Running);
        }
        function init() {
            shell.forceActiveFocus();
            root.unhandledBack = 0;
            leaveSpy.clear();
        }
        function cleanup() {
            for (let i = 0; i < 3 && App.session.active; ++i)
                App.session.stop();
            stack().pop(null);
            shell.showTab(0);
            compare(root.unhandledBack, 0, "every Back was taken by the app");
        }

        function test_backPopsTheBodyTabsPagesThenStepsAside() {
            shell.openRegion("neck");
            waitForPage("techniqueListPage");
            shell.openTechnique(firstTechniqueOf("neck"), "neck");
            waitForPage("techniqueDetailPage");
            compare(stack().depth, 3);
            back();
            waitForPage("techniqueListPage");
            back();
            waitForPage("regionListPage");
            compare(leaveSpy.count, 0);
            // The bottom of the first tab: the app goes to the background, the window stays.
            back();
            compare(leaveSpy.count, 1);
            compare(stack().depth, 1);
            verify(shell.Window.window.visible);
        }

        function test_backOnAnotherTabPopsItsPagesThenReturnsToTheFirst() {
            const nav = findChild(shell, "navBar");
            shell.showTab(1);
            const progress = findChild(shell, "progressPage");
            tryVerify(() => progress && progress.visible);
            const progressStack = findChild(progress, "progressStack");
            progress.openRegion("neck");
            tryVerify(() => progressStack.depth === 2 && !progressStack.busy);
            back();
            tryVerify(() => progressStack.depth === 1);
            compare(nav.currentIndex, 1, "a page of the tab went back, the tab stays");
            back();
            compare(nav.currentIndex, 0);
            for (const tab of [2, 3]) {
                shell.showTab(tab);
                back();
                compare(nav.currentIndex, 0, "Back from tab " + tab);
            }
            compare(leaveSpy.count, 0);
        }

        function test_backDuringASessionAsksFirst() {
            const historyBefore = App.history.totalCount;
            startRunningSession("forearm-flexor-release");
            back();
            tryVerify(() => confirm().opened);
            verify(App.session.active);
            verify(App.session.paused, "the session waits while the question is open");
            compare(page().objectName, "sessionPage");
            // Back again (or "Keep going") keeps the session.
            back();
            tryVerify(() => !confirm().visible);
            verify(App.session.active);
            verify(!App.session.paused);
            back();
            tryVerify(() => confirm().opened);
            mouseClick(findChild(page(), "keepGoingButton"));
            tryVerify(() => !confirm().visible);
            compare(App.session.phase, GuidedSession.Running);
            verify(!App.session.paused);
            // Ending it on purpose leads to the review, as the Stop button does.
            back();
            tryVerify(() => confirm().opened);
            mouseClick(findChild(page(), "confirmStopButton"));
            compare(App.session.phase, GuidedSession.Review);
            compare(page().objectName, "sessionPage");
            compare(leaveSpy.count, 0);
            App.session.stop();
            tryCompare(App.history, "totalCount", historyBefore + 1);
        }

        function test_backBeforeTheSessionStartsAsksToo() {
            App.openLink("unknot://session/start?technique=forearm-flexor-release");
            waitForPage("sessionPage");
            back();
            tryVerify(() => confirm().opened);
            compare(findChild(page(), "confirmStopTitle").text, "Leave this session?");
            verify(App.session.active);
            mouseClick(findChild(page(), "confirmStopButton"));
            verify(!App.session.active);
            tryVerify(() => stack().depth === 1 || page().objectName !== "sessionPage");
        }

        function test_aLinkDuringASessionAsksInsteadOfEndingIt() {
            const historyBefore = App.history.totalCount;
            startRunningSession("forearm-flexor-release");
            const other = firstTechniqueOf("neck");
            App.openLink("unknot://technique/" + other);
            tryVerify(() => confirm().opened);
            compare(findChild(page(), "confirmStopTitle").text, "Open the link?");
            compare(App.session.phase, GuidedSession.Running, "the session goes on meanwhile");
            compare(page().objectName, "sessionPage");
            // Keep going: the session stays, the link is let go.
            mouseClick(findChild(page(), "keepGoingButton"));
            tryVerify(() => !confirm().visible);
            compare(App.session.phase, GuidedSession.Running);
            compare(page().objectName, "sessionPage");
            compare(App.history.totalCount, historyBefore);
            // A session link asks as well; yes ends the session (its steps saved), then opens it.
            App.openLink("unknot://session/start?technique=" + other);
            tryVerify(() => confirm().opened);
            mouseClick(findChild(page(), "confirmStopButton"));
            tryCompare(App.history, "totalCount", historyBefore + 1);
            waitForPage("sessionPage");
            compare(App.session.techniqueId, other);
            compare(App.session.phase, GuidedSession.Preparing);
        }

        function test_aLinkOutsideASessionOpensAtOnce() {
            const technique = firstTechniqueOf("neck");
            App.openLink("unknot://technique/" + technique);
            waitForPage("techniqueDetailPage");
            compare(page().techniqueId, technique);
        }
    }
}
