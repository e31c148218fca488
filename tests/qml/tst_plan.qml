// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// My plan on a phone: Today's card on the body map (built after the first frame), adding from a
// technique with a side and how often, reordering, Start running the due ones back to back,
// the adherence section; touch sizes and screen-reader names, light and dark, at 390x844 and
// 412x915. With UNKNOT_SCREENSHOT_DIR set, screenshots (plan-*.png) are saved there to look at.
Item {
    id: root

    width: 390
    height: 844

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Plan"
        when: windowShown

        function card() {
            return findChild(shell, "todayPlanCard");
        }
        function planPage() {
            const page = findChild(shell, "bodyStack").currentItem;
            return page && page.objectName === "planPage" ? page : null;
        }
        function editor() {
            return findChild(shell, "planEntryEditor");
        }
        // Every control a finger or a screen reader reaches under `item`.
        function controls(item, found) {
            found = found || [];
            if (!item.visible)
                return found;
            if (typeof item.clicked === "function" && item.hasOwnProperty("focusPolicy"))
                found.push(item);
            for (let i = 0; i < item.children.length; ++i)
                controls(item.children[i], found);
            return found;
        }
        function checkControls(item, what, least) {
            waitForRendering(shell); // laid out at the current size
            const found = controls(item);
            verify(found.length >= least, what + ": " + found.length + " controls found");
            for (const control of found) {
                const name = control.Accessible.name;
                verify(name && name.length > 0, what + ": a control has no accessible name: " + control.objectName);
                verify(control.height >= 48, what + ": " + name + " is " + control.height + " high");
                verify(control.width >= 48, what + ": " + name + " is " + control.width + " wide");
            }
        }
        function shoot(name) {
            const dir = typeof screenshotDir === "string" ? screenshotDir : ""; // qmllint disable unqualified
            if (dir.length === 0)
                return;
            waitForRendering(shell);
            const image = grabImage(shell);
            image.save(dir + "/plan-" + name + "-" + (Theme.dark ? "dark" : "light") + "-" + root.width + ".png");
        }
        function tap(item) {
            // Scroll a page's flickable so that the item is on screen first.
            let flick = item.parent;
            while (flick && !(flick.hasOwnProperty("contentY") && flick.hasOwnProperty("contentHeight")))
                flick = flick.parent;
            if (flick) {
                const at = item.mapToItem(flick.contentItem, 0, 0);
                flick.contentY = Math.max(0, Math.min(at.y - Theme.spaceM, flick.contentHeight - flick.height));
                waitForRendering(shell);
            }
            mouseClick(item);
        }
        // The page stack has stopped sliding (a tap during the slide would miss).
        function settled() {
            return !findChild(shell, "bodyStack").busy;
        }
        function backToMap() {
            findChild(shell, "bodyStack").pop(null);
            shell.showTab(0);
            tryVerify(settled);
        }

        function test_1_cardComesAfterTheFirstFrameAndInvitesAPlan() {
            tryVerify(() => card() !== null, 5000, "Today's card is built after the first frame");
            tryVerify(() => App.plan.loaded, 5000, "the card read the plan");
            compare(App.plan.count, 0);
            compare(findChild(card(), "todayPlanSummary").text, "No plan yet: tap to make one with your practitioner.");
            verify(!findChild(card(), "startPlanButton").visible);
            verify(findChild(card(), "todayPlanChevron").visible, "the card shows that it opens the plan");
            // The body map stays below it, not under it.
            const map = findChild(shell, "bodyMap");
            verify(map.mapToItem(shell, 0, 0).y >= card().mapToItem(shell, 0, card().height).y);
            checkControls(card(), "empty card", 1);
            shoot("card-empty");
            mouseClick(card(), Theme.spaceM, Theme.spaceM); // the card itself opens the plan
            tryVerify(() => planPage() !== null && planPage().visible && settled());
            verify(findChild(planPage(), "planEmpty").visible);
            // An empty plan offers no button that cannot be used, nor a count of nothing.
            verify(!findChild(planPage(), "savePlan").visible, "no Save for an empty plan");
            verify(!findChild(planPage(), "sharePlan").visible, "no Share for an empty plan");
            verify(findChild(planPage(), "openPlanFile").visible);
            compare(planPage().header.subtitle, "");
            shoot("page-empty");
            backToMap();
        }

        function test_2_addFromATechniqueWithSideAndFrequency() {
            shell.openTechnique("forearm-flexor-release", "");
            const detail = findChild(shell, "bodyStack").currentItem;
            tryVerify(() => detail.objectName === "techniqueDetailPage" && settled());
            const add = findChild(detail, "addToPlanButton");
            compare(add.text, "Add to my plan");
            mouseClick(add);
            tryVerify(() => planPage() !== null && editor() !== null && editor().visible && settled());
            // Adding the first technique: the empty plan's advice (to do just this) is not shown.
            verify(!findChild(planPage(), "planEmpty").visible, "no empty-plan advice beside the editor");
            checkControls(editor(), "editor", 8);
            tap(findChild(editor(), "side_right"));
            tap(findChild(editor(), "frequency_weekdays"));
            // No day chosen: said plainly, nothing saved.
            tap(findChild(editor(), "savePlanEntry"));
            compare(findChild(editor(), "planEditorError").text, "Choose at least one day of the week.");
            compare(App.plan.count, 0);
            tap(findChild(editor(), "weekday_1"));
            tap(findChild(editor(), "weekday_4"));
            shoot("editor");
            tap(findChild(editor(), "savePlanEntry"));
            tryVerify(() => editor() === null || !editor().visible);
            compare(App.plan.count, 1);
            verify(findChild(planPage(), "savePlan").visible || findChild(planPage(), "sharePlan").visible, "a plan with a technique can be saved or shared");
            verify(planPage().header.subtitle.startsWith("1 technique"), planPage().header.subtitle);
            const entry = App.plan.entryAt(0);
            compare(entry.techniqueId, "forearm-flexor-release");
            compare(entry.side, "right");
            compare(entry.frequency, "weekdays");
            compare(entry.weekdays, 1 | 8);

            // A centre technique has no side to choose; every day.
            planPage().add("neck-side-release");
            tryVerify(() => editor() !== null && editor().visible);
            verify(!findChild(editor(), "side_both").visible);
            tap(findChild(editor(), "frequency_daily"));
            tap(findChild(editor(), "savePlanEntry"));
            tryVerify(() => App.plan.count === 2);

            // Reorder: the neck first.
            tap(findChild(findChild(planPage(), "planEntry_1"), "moveUp"));
            compare(App.plan.entryAt(0).techniqueId, "neck-side-release");
            // The row's buttons read as written, like every other button of the app.
            const change = findChild(findChild(planPage(), "planEntry_0"), "editEntry");
            compare(change.text, "Change");
            compare(change.font.capitalization, Font.MixedCase);
            checkControls(planPage(), "plan page", 8);
            shoot("page");
            backToMap();
        }

        function test_3_theCardShowsTodayAndStartsTheRun() {
            tryVerify(() => card() !== null);
            // Every day: the neck is due today; the forearm only on Mondays and Thursdays.
            const today = new Date().getDay(); // 0 = Sunday
            const forearmToday = today === 1 || today === 4;
            compare(App.plan.dueCount, forearmToday ? 2 : 1);
            compare(findChild(card(), "todayPlanSummary").text, "%1 to do · 0 done".arg(App.plan.dueCount));
            verify(findChild(card(), "startPlanButton").visible);
            verify(!findChild(card(), "todayPlanChevron").visible, "Start, not a chevron");
            checkControls(card(), "card", 2);
            shoot("card");
            mouseClick(findChild(card(), "startPlanButton"));
            tryVerify(() => App.session.phase === GuidedSession.Preparing);
            compare(App.session.partCount, App.plan.dueCount);
            compare(App.session.techniqueId, "neck-side-release");
            App.session.stop();
            backToMap();
        }

        // Start checks today's techniques like a single start: a region not cleared asks once
        // for the whole run; "Not now" starts nothing, "Start anyway" starts the run.
        function test_3b_startAsksFirstForARegionNotCleared() {
            tryVerify(() => card() !== null);
            verify(App.safety.setClearance("neck", "not-cleared", "", "Dr. Ortiz", "").length === 0);
            const loader = findChild(shell, "startCheckLoader");
            mouseClick(findChild(card(), "startPlanButton"));
            tryVerify(() => loader.item !== null, 5000, "the start check is shown");
            const reason = findChild(loader.item, "startCheckReason_not-cleared");
            verify(reason && reason.text.indexOf("Dr. Ortiz") >= 0, reason ? reason.text : "no reason");
            verify(!App.session.active);
            mouseClick(findChild(loader.item, "cancelStartButton"));
            tryVerify(() => loader.item === null);
            verify(!App.session.active, "Not now started nothing");
            mouseClick(findChild(card(), "startPlanButton"));
            tryVerify(() => loader.item !== null);
            mouseClick(findChild(loader.item, "startAnywayButton"));
            tryVerify(() => App.session.phase === GuidedSession.Preparing);
            compare(App.session.partCount, App.plan.dueCount);
            App.session.stop();
            backToMap();
            verify(App.safety.setClearance("neck", "cleared", "", "Dr. Ortiz", "").length === 0);
        }

        function test_4_adherenceSectionOnProgress() {
            shell.showTab(1);
            tryVerify(() => findChild(shell, "progressTabs") !== null, 5000);
            findChild(shell, "progressTabs").currentIndex = 1;
            tryVerify(() => findChild(shell, "planAdherence") !== null, 5000);
            const section = findChild(shell, "planAdherence");
            tryVerify(() => section.figures.length === 4, 5000, "four weeks read");
            verify(section.figures[3].planned >= 1, "this week has planned work");
            compare(section.figures[3].done, 0);
            shell.showTab(0);
        }

        // A plan file read on the worker thread opens the plan page with the comparison, which
        // names the custom techniques it carries and their recorded steps; Cancel keeps all.
        function test_4b_aPlanFileShowsItsCustomTechniques() {
            const before = App.plan.count;
            App.plan.openImport(Qt.resolvedUrl("../fixtures/clinic-plan.unknotplan"));
            tryVerify(() => App.plan.pendingTechniques.length === 2, 10000, "the file was read");
            tryVerify(() => planPage() !== null && planPage().visible && settled());
            let importCard = null;
            tryVerify(() => (importCard = findChild(planPage(), "planImportCard")) !== null && importCard.visible);
            const first = findChild(importCard, "importedTechnique");
            verify(first.text.indexOf("Shoulder pin and reach") >= 0, first.text);
            verify(first.text.indexOf("2 recorded step") >= 0, first.text);
            checkControls(importCard, "import card", 2);
            tap(findChild(importCard, "cancelImport"));
            tryVerify(() => App.plan.pendingImport.length === 0);
            compare(App.plan.count, before);
            compare(App.customTechniques.count, 0);
            backToMap();
        }

        function test_5_darkThemeAndWiderPhone() {
            App.settings.themeMode = "dark";
            root.width = 412;
            root.height = 915;
            verify(Theme.dark);
            tryVerify(() => card() !== null);
            checkControls(card(), "card, dark", 2);
            shoot("card");
            mouseClick(card(), Theme.spaceM, Theme.spaceM); // the card itself opens the plan
            tryVerify(() => planPage() !== null && planPage().visible && settled());
            checkControls(planPage(), "plan page, dark", 8);
            shoot("page");
            planPage().edit(0);
            tryVerify(() => editor() !== null && editor().visible);
            checkControls(editor(), "editor, dark", 5);
            shoot("editor");
            tap(findChild(editor(), "cancelPlanEntry"));
            backToMap();
            App.settings.themeMode = "light";
            root.width = 390;
            root.height = 844;
        }
    }
}
