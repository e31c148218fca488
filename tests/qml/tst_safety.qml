// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Unknot
import Unknot.Core

// The first-launch introduction, the health checklist, a region's clearance and the check
// before a session starts, as a user (and a screen reader) meets them, at phone sizes in light
// and dark. Screenshots go to the working directory (ctest: this test's build folder).
Item {
    id: root
    // Where screenshots are saved for a designer's eye (UNKNOT_SCREENSHOT_DIR); empty: none.
    readonly property string shotDir: typeof screenshotDir === "string" ? screenshotDir : "" // qmllint disable unqualified

    width: 390
    height: 844
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text

    AppShell {
        id: shell
        anchors.fill: parent
    }

    Component {
        id: onboardingPage
        OnboardingPage {
            anchors.fill: parent
        }
    }

    SignalSpy {
        id: regionRequests
        target: App
        signalName: "regionRequested"
    }

    TestCase {
        name: "Safety"
        when: windowShown

        function stack() {
            return findChild(shell, "bodyStack");
        }
        function currentPage() {
            return stack().currentItem;
        }
        function waitForPage(name) {
            tryVerify(() => currentPage() && currentPage().objectName === name && !stack().busy, 5000, "expected page " + name);
            waitForRendering(currentPage());
        }
        function snapshot(name) {
            if (root.shotDir.length > 0)
                grabImage(root).save(root.shotDir + "/safety-" + name + ".png");
        }
        function names(item) {
            return accessibility.entries(item, -1).filter(e => !e.invisible).map(e => e.name); // qmllint disable unqualified
        }
        // Every visible text of the page fits the screen's width (nothing is cut off at the side).
        function verifyWithinWidth(item) {
            if (!item.visible)
                return;
            if (item.text !== undefined && typeof item.text === "string" && item.text.length > 0 && item.width > 0) {
                const p = item.mapToItem(root, 0, 0);
                verify(p.x >= -1 && p.x + item.width <= root.width + 1, "\"" + item.text + "\" fits the width: " + p.x + " + " + item.width);
            }
            for (let i = 0; i < item.children.length; ++i)
                verifyWithinWidth(item.children[i]);
        }
        function init() {
            App.settings.themeMode = "light";
            App.settings.blockUnclearedRegions = false;
            root.width = 390;
            root.height = 844;
        }
        function cleanup() {
            while (App.session.active)
                App.session.stop();
            const sheet = findChild(shell, "startCheckLoader");
            if (sheet.item)
                shell.closeStartCheck(false);
            stack().pop(null);
            shell.showTab(0);
            App.safety.setClearance("forearm-wrist-left", "unknown", "", "", "");
            App.safety.setClearance("forearm-wrist-right", "unknown", "", "", "");
        }

        // Runs first (test functions run in name order): a fresh install.
        function test_a_firstLaunchKeepsTheLinkUntilAcknowledged() {
            verify(!App.safety.onboarding.needed, "a test core does not ask unless told to");
            App.safety.onboarding.active = true; // as main sets it
            verify(App.safety.onboarding.needed);
            const loader = findChild(shell, "onboardingLoader");
            tryVerify(() => loader.item !== null, 5000, "the introduction is shown");
            const page = loader.item;
            // Nothing behind it can be read or tapped.
            verify(!findChild(shell, "navBar").visible);
            verify(names(page).indexOf("Map legend") < 0);

            // A practitioner's link arrives now: kept, not followed.
            regionRequests.clear();
            App.openLink("unknot://region/neck");
            compare(regionRequests.count, 0);
            const next = findChild(page, "onboardingNext");
            for (let step = 0; step < 2; ++step) {
                waitForRendering(page);
                mouseClick(next);
            }
            waitForRendering(page);
            compare(page.step, 2);
            verify(!next.enabled, "the acknowledgement comes first");
            const box = findChild(page, "acknowledgeBox");
            mouseClick(box);
            verify(next.enabled, "ticked: " + box.checked + " at " + box.mapToItem(root, 0, 0) + " " + box.width + "x" + box.height);
            mouseClick(next);
            compare(page.step, 3);
            waitForRendering(page);
            const thinner = findChild(page, "health_blood-thinners");
            verify(thinner);
            mouseClick(thinner);
            compare(App.safety.tickedHealthFlags, ["blood-thinners"]);
            verify(App.safety.onboarding.needed, "not acknowledged before Done");
            compare(regionRequests.count, 0);
            compare(next.text, "Done");
            mouseClick(next);
            verify(!App.safety.onboarding.needed);
            compare(App.safety.onboarding.acknowledgedVersion, App.safety.onboarding.wordingVersion);
            verify(App.safety.onboarding.acknowledgedAt.getTime() > Date.now() - 60000);
            tryVerify(() => loader.item === null);
            verify(findChild(shell, "navBar").visible);
            // Right after the acknowledgement the kept link is followed.
            compare(regionRequests.count, 1);
            waitForPage("techniqueListPage");
            compare(currentPage().regionId, "neck");
        }

        // Each screen at phone sizes, light and dark: the heading has the focus (a screen
        // reader starts there), every control has a name, nothing runs off the side.
        function test_screens_data() {
            return [{
                    "tag": "390x844-light",
                    "w": 390,
                    "h": 844,
                    "theme": "light"
                }, {
                    "tag": "390x844-dark",
                    "w": 390,
                    "h": 844,
                    "theme": "dark"
                }, {
                    "tag": "412x915-light",
                    "w": 412,
                    "h": 915,
                    "theme": "light"
                }, {
                    "tag": "412x915-dark",
                    "w": 412,
                    "h": 915,
                    "theme": "dark"
                }];
        }
        function test_screens(data) {
            root.width = data.w;
            root.height = data.h;
            App.settings.themeMode = data.theme;
            const page = createTemporaryObject(onboardingPage, root);
            verify(page);
            const headings = ["What Unknot is for", "Your practitioner comes first", "When to stop", "Your health"];
            for (let step = 0; step < 4; ++step) {
                page.step = step;
                waitForRendering(page);
                const focused = page.Window.activeFocusItem;
                verify(focused && focused.objectName === "onboardingHeading", "the heading has the focus");
                compare(focused.text, headings[step]);
                const read = names(page);
                verify(read.indexOf(headings[step]) >= 0, read);
                verify(read.indexOf(step === 3 ? "Done" : "Next") >= 0, read);
                if (step === 2)
                    verify(read.some(n => n.startsWith("I understand")), read);
                if (step === 3)
                    verify(read.indexOf("You are pregnant") >= 0, read);
                verifyWithinWidth(page);
                snapshot("onboarding-" + (step + 1) + "-" + data.tag);
            }
            page.destroy();

            // A region's clearance: its summary, the page that records it.
            shell.openRegion("forearm-wrist-left");
            waitForPage("techniqueListPage");
            const summary = findChild(currentPage(), "clearanceSummary");
            compare(findChild(summary, "clearanceHeadline").text, "Clearance not recorded");
            const summaryNames = names(currentPage());
            verify(summaryNames.indexOf("Record the clearance") >= 0, summaryNames);
            mouseClick(findChild(summary, "editClearanceButton"));
            waitForPage("clearancePage");
            const read = names(currentPage());
            for (const name of ["Cleared", "Cleared with care", "Not cleared", "Not recorded", "Practitioner's name", "Note", "Save"])
                verify(read.indexOf(name) >= 0, name + " in " + read);
            verifyWithinWidth(currentPage());
            snapshot("clearance-" + data.tag);
            stack().pop();

            // The check before a session, asking and blocking.
            App.safety.setClearance("forearm-wrist-right", "not-cleared", "", "Dr. Ortiz", "wait for the scan");
            shell.openTechnique("forearm-flexor-release", "forearm-wrist-left");
            waitForPage("techniqueDetailPage");
            mouseClick(findChild(currentPage(), "startSessionButton"));
            const loader = findChild(shell, "startCheckLoader");
            tryVerify(() => loader.item !== null);
            waitForRendering(loader.item);
            const sheetNames = names(loader.item);
            verify(sheetNames.indexOf("Start anyway") >= 0 && sheetNames.indexOf("Not now") >= 0, sheetNames);
            verifyWithinWidth(loader.item);
            snapshot("startcheck-" + data.tag);
            mouseClick(findChild(loader.item, "cancelStartButton"));
            tryVerify(() => loader.item === null);
        }

        // Recording a clearance from the region's page: a bad date is said and loses nothing;
        // once saved the page, the body map, its legend and the region list show it.
        function test_clearanceIsRecordedAndShown() {
            shell.openRegion("forearm-wrist-left");
            waitForPage("techniqueListPage");
            mouseClick(findChild(currentPage(), "editClearanceButton"));
            waitForPage("clearancePage");
            const page = currentPage();
            mouseClick(findChild(page, "clearance_not-cleared"));
            findChild(page, "clearanceName").text = "Dr. Ortiz";
            findChild(page, "clearanceNote").text = "wait for the scan";
            findChild(page, "clearanceDate").text = "30.11.2026";
            mouseClick(findChild(page, "saveClearanceButton"));
            const error = findChild(page, "clearanceError");
            verify(error.visible && error.text.indexOf("not a date") >= 0, error.text);
            compare(currentPage(), page);
            compare(findChild(page, "clearanceName").text, "Dr. Ortiz");
            verify(Object.keys(App.safety.regionStates).indexOf("forearm-wrist-left") < 0, "nothing stored");
            findChild(page, "clearanceDate").text = "2026-11-30";
            mouseClick(findChild(page, "saveClearanceButton"));
            waitForPage("techniqueListPage");
            const summary = findChild(currentPage(), "clearanceSummary");
            compare(findChild(summary, "clearanceHeadline").text, "Not cleared by your practitioner");
            verify(findChild(summary, "clearanceDetails").text.indexOf("Dr. Ortiz") >= 0);
            verify(findChild(summary, "clearanceDetails").text.indexOf("wait for the scan") >= 0);
            stack().pop(null);
            waitForPage("regionListPage");
            const map = findChild(shell, "bodyMap");
            tryCompare(map.regionStates, "forearm-wrist-left", "not-cleared");
            const legend = findChild(map, "bodyMapLegend");
            tryVerify(() => findChild(legend, "legend_not-cleared") !== null);
            compare(findChild(legend, "legend_not-cleared").text, "Not cleared by your practitioner");
            waitForRendering(map);
            snapshot("bodymap-legend");
            map.listMode = true;
            const list = findChild(map, "bodyListLoader");
            tryVerify(() => list.item !== null && list.item.count > 0);
            let row = null;
            for (let i = 0; i < list.item.count && !row; ++i) {
                list.item.positionViewAtIndex(i, ListView.Contain);
                const item = list.item.itemAtIndex(i);
                if (item && item.regionId === "forearm-wrist-left")
                    row = item;
            }
            verify(row, "the region is listed");
            verify(row.detail.startsWith("Not cleared"), row.detail);
            map.listMode = false;
        }

        // Starting on a region that is not cleared asks first, through the Start button and a
        // link; "Not now" starts nothing; the block setting refuses it outright.
        function test_startOnANotClearedRegionAsks() {
            App.safety.setClearance("forearm-wrist-right", "not-cleared", "", "Dr. Ortiz", "");
            shell.openTechnique("forearm-flexor-release", "forearm-wrist-left");
            waitForPage("techniqueDetailPage");
            mouseClick(findChild(currentPage(), "startSessionButton"));
            const loader = findChild(shell, "startCheckLoader");
            tryVerify(() => loader.item !== null);
            const reason = findChild(loader.item, "startCheckReason_not-cleared");
            verify(reason && reason.text.indexOf("Dr. Ortiz") >= 0, reason ? reason.text : "no reason");
            verify(!App.session.active);
            mouseClick(findChild(loader.item, "cancelStartButton"));
            tryVerify(() => loader.item === null);
            verify(!App.session.active);
            compare(currentPage().objectName, "techniqueDetailPage");

            // The left side alone is not gated.
            findChild(currentPage(), "thisSideOnlySwitch").checked = true;
            mouseClick(findChild(currentPage(), "startSessionButton"));
            waitForPage("sessionPage");
            verify(loader.item === null);
            App.session.stop();
            stack().pop(null);

            // A link (as a reminder's Start now sends) goes through the same check.
            App.openLink("unknot://session/start?technique=forearm-flexor-release");
            tryVerify(() => loader.item !== null);
            mouseClick(findChild(loader.item, "startAnywayButton"));
            waitForPage("sessionPage");
            verify(App.session.active);
            App.session.stop();
            stack().pop(null);
            App.settings.blockUnclearedRegions = true;
            shell.openTechnique("forearm-flexor-release", "forearm-wrist-left");
            waitForPage("techniqueDetailPage");
            mouseClick(findChild(currentPage(), "startSessionButton"));
            tryVerify(() => loader.item !== null);
            compare(findChild(loader.item, "startCheckHeading").text, "This area is blocked");
            verify(!findChild(loader.item, "startAnywayButton").visible);
            keyClick(Qt.Key_Escape); // Back closes it
            tryVerify(() => loader.item === null);
            verify(!App.session.active);
        }

        // The checklist and the block setting under More.
        function test_moreChangesChecklistAndBlockSetting() {
            shell.showTab(3);
            const more = findChild(shell, "morePage");
            tryVerify(() => more !== null && findChild(more, "healthChecklistButton") !== null);
            const flag = "steroid-injection";
            const before = App.safety.tickedHealthFlags.indexOf(flag) >= 0;
            mouseClick(findChild(more, "healthChecklistButton"));
            const loader = findChild(more, "healthChecklistLoader");
            tryVerify(() => loader.item !== null);
            const box = findChild(loader.item, "health_" + flag);
            mouseClick(box);
            compare(App.safety.tickedHealthFlags.indexOf(flag) >= 0, !before);
            verify(!before, "nothing else ticked it");
            snapshot("more-checklist");
            verify(shell.goBack());
            tryVerify(() => loader.item === null);

            // A technique that carries the ticked item says so on its page and asks at Start.
            shell.openTechnique("forearm-flexor-release", "forearm-wrist-left");
            waitForPage("techniqueDetailPage");
            const cautions = findChild(currentPage(), "healthCautions");
            verify(cautions.visible);
            compare(cautions.notes.length, 1);
            verify(cautions.notes[0].indexOf("steroid injection") >= 0, cautions.notes[0]);
            mouseClick(findChild(currentPage(), "startSessionButton"));
            const sheet = findChild(shell, "startCheckLoader");
            tryVerify(() => sheet.item !== null);
            verify(findChild(sheet.item, "startCheckReason_health-flag") !== null);
            mouseClick(findChild(sheet.item, "cancelStartButton"));
            tryVerify(() => sheet.item === null);
            verify(!App.session.active);
            compare(App.safety.setHealthAnswer(flag, false), "");
            verify(!findChild(currentPage(), "healthCautions").visible);
            stack().pop(null);
            shell.showTab(3);
            const block = findChild(more, "blockUnclearedSwitch");
            block.toggle();
            block.toggled();
            compare(App.settings.blockUnclearedRegions, true);
        }
    }
}
