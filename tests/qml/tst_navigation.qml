// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// A user's walking path: a region, its techniques, a technique, a guided session, the history.
Item {
    id: root

    width: 412
    height: 915

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Navigation"
        when: windowShown

        function stack() {
            return findChild(shell, "bodyStack");
        }
        function currentPage() {
            return stack().currentItem;
        }
        function waitForPage(name) {
            tryVerify(() => currentPage() && currentPage().objectName === name && !stack().busy, 5000, "expected page " + name);
        }
        function cleanup() {
            // Running -> review -> closed.
            while (App.session.active)
                App.session.stop();
            stack().pop(null);
            shell.message = "";
            shell.showTab(0);
        }

        function test_regionToTechniqueToFinishedSession() {
            const historyBefore = App.history.totalCount;
            waitForPage("regionListPage");
            const region = findChild(shell, "region_forearm-wrist-left");
            verify(region, "the left forearm is listed");
            mouseClick(region);
            waitForPage("techniqueListPage");
            compare(currentPage().regionId, "forearm-wrist-left");
            const list = findChild(currentPage(), "techniqueList");
            tryVerify(() => list.count > 0);
            const first = list.itemAtIndex(0);
            const techniqueId = first.techniqueId;
            mouseClick(first);
            waitForPage("techniqueDetailPage");
            compare(currentPage().techniqueId, techniqueId);
            verify(findChild(currentPage(), "cautionsBox").visible, "cautions are shown before starting");
            mouseClick(findChild(currentPage(), "startSessionButton"));
            waitForPage("sessionPage");
            verify(App.session.active);
            compare(App.session.techniqueId, techniqueId);
            compare(App.session.regionId, "forearm-wrist-left");
            const navBar = findChild(shell, "navBar");
            verify(!navBar.visible, "no tab bar during a session");
            mouseClick(findChild(currentPage(), "skipRatingButton"));
            compare(App.session.phase, GuidedSession.Running);
            const caption = findChild(currentPage(), "stepCaption");
            const next = findChild(currentPage(), "nextButton");
            const steps = App.session.stepCount;
            const sidesWorked = App.session.passCount; // a limb gets a history row per side
            for (let i = 0; i < steps; ++i) {
                compare(caption.text, App.session.stepText);
                compare(App.session.stepIndex, i);
                mouseClick(next);
            }
            compare(App.session.phase, GuidedSession.Review);
            const done = findChild(currentPage(), "sessionDone");
            tryVerify(() => done.visible);
            waitForRendering(currentPage());
            mouseClick(findChild(currentPage(), "doneButton"));
            tryCompare(App.history, "totalCount", historyBefore + sidesWorked);
            const history = findChild(shell, "historyList");
            tryVerify(() => history.visible && history.count > 0);
            compare(history.itemAtIndex(0).title, App.catalog.titleOf(techniqueId));
            verify(navBar.visible);
        }

        function test_badLinkShowsAMessage() {
            App.openLink("unknot://technique/no-such-technique");
            const banner = findChild(shell, "messageBanner");
            tryVerify(() => banner.visible);
            verify(banner.text.indexOf("no-such-technique") >= 0, banner.text);
            waitForRendering(shell); // the banner is laid out before it can be tapped
            mouseClick(findChild(banner, "bannerDismiss"));
            verify(!banner.visible);
            App.openLink("mailto:someone");
            tryVerify(() => banner.visible);
            compare(banner.text, "This link is not an Unknot link.");
        }

        function test_linksOpenTechniqueAndStartSession() {
            // Any real technique will do; take the first of the neck's.
            App.openLink("unknot://technique/" + firstTechniqueOf("neck"));
            waitForPage("techniqueDetailPage");
            compare(currentPage().techniqueId, firstTechniqueOf("neck"));
            App.openLink("unknot://session/start?technique=" + firstTechniqueOf("neck"));
            waitForPage("sessionPage");
            verify(App.session.active);
            compare(App.session.techniqueId, firstTechniqueOf("neck"));
        }

        function firstTechniqueOf(regionId) {
            const model = Qt.createQmlObject('import Unknot.Core; TechniqueListModel {}', root);
            model.catalog = App.catalog;
            model.regionId = regionId;
            const id = model.data(model.index(0, 0), TechniqueListModel.TechniqueIdRole);
            model.destroy();
            return id;
        }
    }
}
