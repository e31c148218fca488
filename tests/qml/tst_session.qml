// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// A guided session through its screen: the rating before, pause and resume, the steps, the
// rating after and a note; then the saved session in the history.
Item {
    id: root

    property string screenshotDir: ""

    width: 390
    height: 844

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
        // Saves what the screen looks like, for a designer's eye (set screenshotDir to use).
        function snapshot(name) {
            if (root.screenshotDir.length > 0)
                grabImage(root).save(root.screenshotDir + "/session-" + name + ".png");
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
            tryCompare(App.history, "totalCount", historyBefore + 1);
            tryVerify(() => page().objectName !== "sessionPage");
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
