// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Unknot
import Unknot.Core

// A guided session through its screen: the rating before, pause and resume, the steps, the
// rating after and a note; then the saved session in the history.
Item {
    id: root
    // Where screenshots are saved for a designer's eye (UNKNOT_SCREENSHOT_DIR); empty: none.
    readonly property string shotDir: typeof screenshotDir === "string" ? screenshotDir : "" // qmllint disable unqualified

    // Where snapshot() saves: the working directory (ctest: this test's build folder).
    width: 390
    height: 844
    // As Main.qml styles the app's window, so the screenshots show the app's controls.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Session"
        when: windowShown

        function stack() {
            return findChild(shell, "bodyStack");
        }
        function page() {
            return stack().currentItem;
        }
        function cleanup() {
            while (App.session.active)
                App.session.stop();
            stack().pop(null);
            shell.showTab(0);
        }
        // Saves what the screen looks like, for a designer's eye (set root.shotDir to use).
        function snapshot(name) {
            if (root.shotDir.length > 0)
                grabImage(root).save(root.shotDir + "/session-" + name + ".png");
        }
        function openSession(techniqueId) {
            App.openLink("unknot://session/start?technique=" + techniqueId);
            tryVerify(() => page() && page().objectName === "sessionPage" && !stack().busy, 5000);
            compare(App.session.phase, GuidedSession.Preparing);
        }

        function test_startPauseResumeAndFinishWithRatings() {
            const historyBefore = App.history.totalCount;
            openSession("forearm-flexor-release");
            verify(findChild(page(), "painStopButton").visible, "sharp pain is one tap away");
            const begin = findChild(page(), "beginButton");
            verify(!begin.enabled, "a rating is chosen before Start");
            mouseClick(findChild(findChild(page(), "painBefore"), "pain6"));
            verify(begin.enabled);
            snapshot("prepare");
            mouseClick(begin);
            compare(App.session.phase, GuidedSession.Running);
            compare(App.session.side, "left");
            compare(findChild(page(), "sideChip").text, "Left side");
            compare(findChild(page(), "stepCaption").text, App.session.stepText);
            verify(findChild(page(), "painStopButton").visible);
            waitForRendering(page());
            snapshot("running");
            const pause = findChild(page(), "pauseButton");
            mouseClick(pause);
            verify(App.session.paused);
            compare(pause.text, "Resume");
            const stepWhilePaused = App.session.stepIndex;
            wait(300); // nothing moves while paused
            compare(App.session.stepIndex, stepWhilePaused);
            mouseClick(pause);
            verify(!App.session.paused);
            compare(pause.text, "Pause");
            const next = findChild(page(), "nextButton");
            while (App.session.phase === GuidedSession.Running)
                mouseClick(next);
            compare(App.session.phase, GuidedSession.Review);
            compare(App.session.stepsCompleted, App.session.stepCount);
            const review = findChild(page(), "sessionDone");
            tryVerify(() => review.visible);
            waitForRendering(page());
            mouseClick(findChild(findChild(page(), "painAfter"), "pain2"));
            const note = findChild(page(), "noteField");
            note.text = "Easier on the right";
            snapshot("review");
            mouseClick(findChild(page(), "doneButton"));
            compare(App.session.phase, GuidedSession.Idle);
            // Both sides were done: each side's region has its row.
            tryCompare(App.history, "totalCount", historyBefore + 2);
            tryVerify(() => page().objectName !== "sessionPage");
        }

        // Explore-by-touch finds the controls only where the accessibility bus says they are.
        function test_controlsReportTheirPlaceOnScreen() {
            openSession("forearm-flexor-release");
            // Nothing of the running view waits hidden in the tree (a screen reader meeting it
            // there would be told it has no place on screen, and keep that).
            const early = accessibility.entries(page(), -1).filter(e => ["Pause", "Next step", "End", "Spoken guidance"].indexOf(e.name) >= 0); // qmllint disable unqualified
            compare(early.length, 0, "hidden running controls in the tree: " + JSON.stringify(early));
            mouseClick(findChild(page(), "skipRatingButton"));
            compare(App.session.phase, GuidedSession.Running);
            waitForRendering(page());
            const wanted = {
                "Previous step": "backButton",
                "Pause": "pauseButton",
                "Next step": "nextButton",
                "End": "stopButton",
                "Spoken guidance": "voiceSwitch"
            };
            const all = accessibility.entries(page(), -1); // qmllint disable unqualified
            for (const name in wanted) {
                const found = all.filter(e => e.name === name);
                compare(found.length, 1, name + " is in the tree once: " + JSON.stringify(found));
                const e = found[0];
                const item = findChild(page(), wanted[name]);
                const p = item.mapToItem(null, 0, 0);
                verify(!e.invisible, name);
                verify(e.width > 0 && e.height > 0, name + " reports no extents: " + JSON.stringify(e));
                compare(e.x, Math.round(p.x), name + " x");
                compare(e.y, Math.round(p.y), name + " y");
                compare(e.width, Math.floor(item.width), name + " width");
                // Explore-by-touch: a finger on the control finds it.
                compare(accessibility.nameAt(page(), p.x + item.width / 2, p.y + item.height / 2), name); // qmllint disable unqualified
            }
        }

        // Before Begin the page has a visible way back, which asks nothing and saves nothing.
        function test_backBeforeBeginningLeavesAtOnce() {
            const historyBefore = App.history.totalCount;
            openSession("neck-side-release");
            const leave = findChild(page(), "leaveSessionButton");
            verify(leave && leave.visible, "a Back button while preparing");
            compare(leave.Accessible.name, "Back");
            verify(leave.width >= 48 && leave.height >= 48, "48 dp to tap");
            mouseClick(leave);
            tryVerify(() => page().objectName !== "sessionPage");
            verify(!App.session.active);
            compare(App.history.totalCount, historyBefore);
        }
        function test_backIsGoneOnceTheStepsRun() {
            openSession("neck-side-release");
            mouseClick(findChild(page(), "skipRatingButton"));
            tryCompare(App.session, "phase", GuidedSession.Running);
            verify(!findChild(page(), "leaveSessionButton").visible, "ending asks first (Stop)");
        }

        function test_endAsksFirst() {
            openSession("forearm-flexor-release");
            mouseClick(findChild(page(), "skipRatingButton"));
            mouseClick(findChild(page(), "stopButton"));
            const dialog = findChild(page(), "confirmStop");
            tryVerify(() => dialog.opened);
            verify(App.session.paused, "the session waits while the user decides");
            mouseClick(findChild(dialog.contentItem, "keepGoingButton"));
            tryVerify(() => !dialog.visible);
            compare(App.session.phase, GuidedSession.Running);
            verify(!App.session.paused);
            mouseClick(findChild(page(), "stopButton"));
            tryVerify(() => dialog.opened);
            mouseClick(findChild(dialog.contentItem, "confirmStopButton"));
            compare(App.session.phase, GuidedSession.Review);
            verify(!App.session.completed);
        }

        // Every session screen at phone and tablet sizes, light and dark: the controls keep
        // their touch size and nothing is pushed off the screen; the PNGs go to root.shotDir.
        function test_screensAtEverySize_data() {
            const sizes = [[390, 844], [412, 915], [1024, 768], [800, 1280]];
            const rows = [];
            for (const size of sizes)
                for (const mode of ["light", "dark"])
                    rows.push({
                            "tag": size[0] + "x" + size[1] + "-" + mode,
                            "w": size[0],
                            "h": size[1],
                            "mode": mode
                        });
            return rows;
        }
        function checkTouchSize(name) {
            const item = findChild(page(), name);
            verify(item.visible, name + " is shown");
            verify(item.height >= Theme.touchTarget, name + " is " + item.height + " high");
            verify(item.width >= Theme.touchTarget, name + " is " + item.width + " wide");
        }
        // The item lies inside the page, below the header.
        function checkOnScreen(name) {
            const item = findChild(page(), name);
            const pos = item.mapToItem(root, 0, 0);
            verify(pos.y + item.height <= root.height + 0.5, name + " ends at " + (pos.y + item.height) + " of " + root.height);
            verify(pos.x >= 0 && pos.x + item.width <= root.width + 0.5, name + " is cut at the side");
        }
        function test_screensAtEverySize(data) {
            const window = root.Window.window;
            const size = [window.width, window.height];
            window.width = data.w;
            window.height = data.h;
            root.width = data.w;
            root.height = data.h;
            App.settings.themeMode = data.mode;
            const shot = name => snapshot(data.tag + "-" + name);
            try {
                openSession("forearm-flexor-release");
                mouseClick(findChild(findChild(page(), "painBefore"), "pain4"));
                waitForRendering(page());
                checkTouchSize("beginButton");
                checkTouchSize("painStopButton");
                shot("1-pain-before");

                // Voice off skips the spoken words, so the hold's countdown shows at once.
                App.session.voiceOff = true;
                mouseClick(findChild(page(), "beginButton"));
                compare(App.session.activity, "hold");
                App.session.voiceOff = false;
                wait(Theme.animationNormal + 50); // the timing card's colour settles
                waitForRendering(page());
                for (const name of ["pauseButton", "backButton", "nextButton", "stopButton", "painStopButton", "voiceSwitch"])
                    checkTouchSize(name);
                for (const name of ["stepCaption", "timingNumber", "pauseButton", "stopButton", "volumeSlider"])
                    checkOnScreen(name);
                shot("2-running-countdown");
                mouseClick(findChild(page(), "pauseButton"));
                verify(App.session.paused);
                compare(findChild(page(), "timingUnit").text, "Paused");
                waitForRendering(page());
                shot("3-paused");
                App.session.voiceOff = true;
                while (!App.session.repetitions)
                    App.session.next();
                compare(App.session.activity, "repetition");
                App.session.voiceOff = false;
                waitForRendering(page());
                for (const name of ["stepCaption", "timingNumber", "stopButton"])
                    checkOnScreen(name);
                shot("4-running-repetitions");
                App.session.stop();
                const review = findChild(page(), "sessionDone");
                tryVerify(() => review.visible);
                mouseClick(findChild(findChild(page(), "painAfter"), "pain2"));
                findChild(page(), "noteField").text = "Easier than last week";
                waitForRendering(page());
                checkTouchSize("doneButton");
                shot("5-review");
                mouseClick(findChild(page(), "doneButton"));
                tryVerify(() => page().objectName !== "sessionPage");
                openSession("forearm-flexor-release");
                mouseClick(findChild(page(), "skipRatingButton"));
                mouseClick(findChild(page(), "painStopButton"));
                const caution = findChild(page(), "painCaution");
                tryVerify(() => caution.visible);
                waitForRendering(page());
                checkTouchSize("cautionDoneButton");
                checkOnScreen("cautionDoneButton");
                shot("6-sharp-pain");
            } finally {
                App.session.voiceOff = false;
                App.settings.themeMode = "system";
                window.width = size[0];
                window.height = size[1];
                root.width = 390;
                root.height = 844;
            }
        }

        function test_sharpPainStopsAndCautions() {
            openSession("forearm-flexor-release");
            mouseClick(findChild(page(), "skipRatingButton"));
            mouseClick(findChild(page(), "painStopButton"));
            compare(App.session.phase, GuidedSession.PainStopped);
            const caution = findChild(page(), "painCaution");
            tryVerify(() => caution.visible);
            waitForRendering(page());
            snapshot("pain");
            mouseClick(findChild(page(), "cautionDoneButton"));
            compare(App.session.phase, GuidedSession.Idle);
        }
    }
}
