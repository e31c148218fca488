// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// A region's technique list (with its goal filter) and a technique's page show what a user
// needs before starting: time, intensity, equipment, sides, cautions, the steps.
Item {
    id: root

    width: 390
    height: 844

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "TechniquePages"
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
        // What lies below the first screen is built over the frames after the page's first.
        function waitForDetails(page) {
            tryVerify(() => findChild(page, "detailsRest").status === Loader.Ready, 5000, "the rest of the page is built");
        }
        function cleanup() {
            stack().pop(null);
            shell.showTab(0);
        }
        function visibleTexts(item) {
            let out = [];
            if (!item.visible)
                return out;
            if (item.text !== undefined && typeof item.text === "string" && item.text.length > 0)
                out.push(item.text);
            for (let i = 0; i < item.children.length; ++i)
                out = out.concat(visibleTexts(item.children[i]));
            return out;
        }
        function rowIds(list) {
            let ids = [];
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain);
                ids.push(list.itemAtIndex(i).techniqueId);
            }
            return ids.sort();
        }

        function test_regionListFiltersByGoal() {
            shell.openRegion("forearm-wrist-left");
            waitForPage("techniqueListPage");
            const page = currentPage();
            const list = findChild(page, "techniqueList");
            tryVerify(() => list.count > 1);
            const all = rowIds(list);
            const filter = findChild(page, "goalFilter");
            verify(all.indexOf("forearm-flexor-release") >= 0, all);

            // Each row says what it takes.
            const row = findChild(list, "technique_forearm-ball-release");
            verify(row, "the massage-ball forearm technique is listed");
            const facts = findChild(row, "techniqueFacts").text;
            verify(facts.indexOf("min") > 0, facts);
            verify(facts.indexOf("Firm") >= 0, facts);
            verify(facts.indexOf("Massage ball") >= 0 && facts.indexOf("Table") >= 0, facts);
            verify(facts.indexOf("Both sides") >= 0, facts);

            // Goal chips narrow the list; "All" widens it again. (Chips are re-created when the
            // choice changes, so each is looked up afresh.)
            verify(filter.visible, "a region with several goals offers the filter");
            const chip = goalId => findChild(filter, "goal_" + goalId);
            const tap = goalId => {
                waitForRendering(filter); // chips re-created by the last choice are laid out
                mouseClick(chip(goalId));
            };
            verify(chip("scar-tissue"), "the forearm has a scar-tissue technique");
            compare(chip("scar-tissue").text, "Scar tissue");
            verify(chip("all").selected);
            tap("scar-tissue");
            compare(rowIds(list), ["wrist-palm-scar-mobilisation"]);
            verify(chip("scar-tissue").selected && !chip("all").selected);
            compare(page.header.subtitle, "1 technique");
            verify(filter.visible, "the filter stays while a goal is chosen");
            tap("carpal-tunnel");
            verify(chip("carpal-tunnel").selected && !chip("scar-tissue").selected);
            const carpalIds = rowIds(list);
            verify(carpalIds.length > 1 && carpalIds.length < all.length, carpalIds);
            verify(carpalIds.indexOf("wrist-palm-scar-mobilisation") < 0, carpalIds);
            tap("carpal-tunnel"); // tapping the chosen goal again shows everything
            compare(rowIds(list), all);
            verify(chip("all").selected);
            tap("scar-tissue");
            tap("all");
            compare(rowIds(list), all);
        }

        function test_singleGoalRegionHasNoFilter() {
            shell.openRegion("upper-back");
            waitForPage("techniqueListPage");
            const list = findChild(currentPage(), "techniqueList");
            tryVerify(() => list.count === 1);
            verify(findChild(currentPage(), "goalFilter"), "the filter exists");
            verify(!findChild(currentPage(), "goalFilter").visible, "one technique needs no filter");
        }

        function test_techniquePageShowsWhatItTakesAndWhenToStop() {
            shell.openRegion("forearm-wrist-left");
            waitForPage("techniqueListPage");
            const list = findChild(currentPage(), "techniqueList");
            tryVerify(() => findChild(list, "technique_forearm-ball-release"));
            mouseClick(findChild(list, "technique_forearm-ball-release"));
            waitForPage("techniqueDetailPage");
            const page = currentPage();
            compare(page.techniqueId, "forearm-ball-release");
            compare(page.header.title, App.catalog.titleOf("forearm-ball-release"));
            compare(page.header.subtitle, "Left forearm and wrist");
            const model = Qt.createQmlObject('import Unknot.Core; StepListModel {}', root);
            model.catalog = App.catalog;
            model.techniqueId = "forearm-ball-release";
            compare(findChild(page, "purpose").text, model.purpose);
            verify(findChild(page, "minutesChip").text.indexOf(String(model.minutes)) >= 0);
            compare(findChild(page, "intensityChip").text, "Firm");
            const facts = visibleTexts(findChild(page, "facts"));
            verify(facts.indexOf("Massage ball") >= 0 && facts.indexOf("Table") >= 0, facts);
            verify(findChild(page, "goals").text.indexOf("Carpal tunnel") >= 0);
            verify(findChild(page, "sidesNote").visible, "both-sides techniques say so");
            verify(findChild(page, "sidesText").text.indexOf("left side first, then the right") >= 0);

            // Every contraindication and caution is in the visible caution box.
            const box = findChild(page, "cautionsBox");
            verify(box.visible && box.height > 0);
            const boxTexts = visibleTexts(box);
            verify(model.placement.length > 0, "forearm-ball-release says where to keep the ball");
            for (const note of model.contraindications.concat(model.cautions, model.placement))
                verify(boxTexts.indexOf(note) >= 0, "caution box shows: " + note);
            waitForDetails(page);
            verify(visibleTexts(findChild(page, "startingPosition")).indexOf(model.startingPosition) >= 0);

            // Every step with its timing, in order.
            const stepTexts = visibleTexts(findChild(page, "steps"));
            compare(findChild(page, "stepRepeater").count, model.rowCount());
            compare(stepTexts[0], model.rowCount() + " steps");
            verify(stepTexts.some(t => t.indexOf("To pin is to press") === 0), "the word pin is explained");
            for (let i = 0; i < model.rowCount(); ++i) {
                const text = model.data(model.index(i, 0), StepListModel.TextRole);
                const timing = model.data(model.index(i, 0), StepListModel.TimingTextRole);
                const kind = model.data(model.index(i, 0), StepListModel.KindNameRole);
                verify(stepTexts.indexOf(text) >= 0, "step shown: " + text);
                verify(stepTexts.indexOf(kind + " \u00b7 " + timing) >= 0, "timing shown: " + timing);
            }
            model.destroy();

            // The whole page scrolls to the start button's reach.
            const flick = findChild(page, "techniqueDetails");
            verify(flick.contentHeight > flick.height, "a full technique needs scrolling on a phone");
            verify(findChild(page, "startSessionButton").enabled);
        }

        // Issue 15: each pressing step's target, the scale explained once (made only when
        // opened), how often, and the firmer version one tap away.
        function test_pressureGuideAndProgression() {
            shell.openTechnique("forearm-flexor-release", "forearm-wrist-left");
            waitForPage("techniqueDetailPage");
            const page = currentPage();
            waitForDetails(page);
            const targets = visibleTexts(findChild(page, "steps")).filter(t => t.indexOf("Pressure ") === 0 && t.indexOf(" of 10") > 0);
            compare(targets.length, 4, "the pin, both moves and the shift show targets");
            compare(findChild(page, "frequency").text, "Once a day");
            const loader = findChild(page, "pressureGuideLoader");
            verify(!loader.item, "the guide is not made with the page");
            findChild(page, "pressureGuideButton").clicked();
            tryVerify(() => loader.item && loader.item.opened);
            compare(findChild(loader.item.contentItem, "pressureLevels").count, 6);
            loader.item.close();
            tryVerify(() => !loader.item.visible);
            const firmer = findChild(page, "firmer_forearm-ball-release");
            verify(firmer && firmer.visible && firmer.height >= 48);
            firmer.clicked();
            tryVerify(() => currentPage().objectName === "techniqueDetailPage" && currentPage().techniqueId === "forearm-ball-release" && !stack().busy, 5000);
            verify(findChild(currentPage(), "gentler_forearm-flexor-release").visible);
        }

        // Issue 12: the page opens within two frames; what is below a phone's first screen
        // (what next, the starting position, the steps) is built in the frames after it, and
        // the page then shows it all.
        function test_stepsAreBuiltAfterThePagesFirstFrame() {
            shell.openTechnique("forearm-flexor-release", "forearm-wrist-left");
            const page = currentPage();
            compare(page.objectName, "techniqueDetailPage");
            const rest = findChild(page, "detailsRest");
            compare(rest.status, Loader.Loading, "the steps are not built with the page");
            verify(findChild(page, "stepRepeater") === null);
            verify(findChild(page, "cautionsBox").visible, "the cautions are on the first screen");
            waitForDetails(page);
            const flick = findChild(page, "techniqueDetails");
            const steps = findChild(page, "steps");
            verify(steps.visible && steps.height > 0);
            const model = Qt.createQmlObject('import Unknot.Core; StepListModel {}', root);
            model.catalog = App.catalog;
            model.techniqueId = "forearm-flexor-release";
            compare(findChild(page, "stepRepeater").count, model.rowCount());
            verify(model.rowCount() >= 4);
            model.destroy();
            // Below the cautions, inside the scrolled content, as before (once laid out).
            const box = findChild(page, "cautionsBox");
            tryVerify(() => steps.mapToItem(flick.contentItem, 0, 0).y > box.mapToItem(flick.contentItem, 0, 0).y + box.height, 2000, "the steps are below the cautions");
            tryVerify(() => flick.contentHeight >= steps.mapToItem(flick.contentItem, 0, 0).y + steps.height, 2000, "the page scrolls to the last step");
        }

        function test_centreTechniqueHasNoSidesNote() {
            shell.openTechnique("base-of-skull-release", "neck");
            waitForPage("techniqueDetailPage");
            verify(!findChild(currentPage(), "sidesNote").visible);
            verify(findChild(currentPage(), "cautionsBox").visible);
        }

        // A centre area worked one side at a time says the session does both sides.
        function test_eachSideTechniqueSaysTheSessionDoesBothSides() {
            shell.openTechnique("neck-side-release", "neck");
            waitForPage("techniqueDetailPage");
            verify(findChild(currentPage(), "sidesNote").visible);
            verify(findChild(currentPage(), "sidesText").text.indexOf("One side at a time") >= 0);
            verify(findChild(currentPage(), "thisSideOnlySwitch").visible);
        }

        // Tapped the right forearm: the plan starts there; "this side only" keeps it there.
        function test_startsOnTheChosenSideOrThatSideOnly() {
            shell.openTechnique("forearm-ball-release", "forearm-wrist-right");
            waitForPage("techniqueDetailPage");
            verify(findChild(currentPage(), "sidesText").text.indexOf("right side first, then the left") >= 0);
            const only = findChild(currentPage(), "thisSideOnlySwitch");
            verify(only.visible && only.height >= 48);
            mouseClick(only);
            verify(only.checked);
            verify(findChild(currentPage(), "sidesText").text.indexOf("Right forearm and wrist") >= 0);
            mouseClick(findChild(currentPage(), "startSessionButton"));
            tryVerify(() => App.session.phase === GuidedSession.Preparing);
            compare(App.session.passCount, 1);
            compare(App.session.stepCount, App.session.stepsPerSide);
            App.session.begin(-1);
            compare(App.session.side, "right");
            verify(App.session.safetyLine.indexOf("Stop if") === 0, "the first caution is the spoken safety line");
            App.session.stop();
            App.session.stop();
            stack().pop(null);
        }
    }
}
