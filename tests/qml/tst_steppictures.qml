// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Unknot
import Unknot.Core

// Step pictures where users meet them: small beside each step on the technique page, large on
// the session screen; the side shown is the side worked, and a screen reader reads each
// picture's description.
Item {
    id: root
    // Where screenshots are saved for a designer's eye (UNKNOT_SCREENSHOT_DIR); empty: none.
    readonly property string shotDir: typeof screenshotDir === "string" ? screenshotDir : "" // qmllint disable unqualified

    // Where snapshot() saves: the working directory (ctest: this test's build folder).
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

    TestCase {
        name: "StepPictures"
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
        function cleanup() {
            while (App.session.active)
                App.session.stop();
            stack().pop(null);
            shell.showTab(0);
        }
        function snapshot(name) {
            if (root.shotDir.length > 0)
                grabImage(root).save(root.shotDir + "/pictures-" + name + ".png");
        }
        function loadedPicture(loader) {
            verify(loader, "the picture's loader exists");
            tryVerify(() => loader.status === Loader.Ready, 5000);
            return loader.item;
        }
        function startRunning(techniqueId, regionId) {
            shell.startSession(techniqueId, regionId, false);
            waitForPage("sessionPage");
            App.session.voiceOff = true;
            mouseClick(findChild(page(), "skipRatingButton"));
            tryVerify(() => App.session.running);
        }

        function test_techniquePageShowsAPicturePerStep() {
            shell.openTechnique("forearm-flexor-release", "forearm-wrist-right");
            waitForPage("techniqueDetailPage");
            // The steps are built in the frames after the page's first.
            tryVerify(() => findChild(page(), "detailsRest").status === Loader.Ready);
            const steps = findChild(page(), "stepRepeater");
            for (let n = 1; n <= steps.count; ++n) {
                const picture = loadedPicture(findChild(page(), "stepPicture_" + n));
                verify(picture.frame.valid, "step " + n + " has a picture");
                // The side the user tapped: the right arm.
                compare(picture.frame.regionId, "forearm-wrist-right");
                compare(picture.Accessible.role, Accessible.Graphic);
                compare(picture.Accessible.name, picture.frame.description);
                verify(picture.Accessible.name.length > 10);
                tryVerify(() => picture.width >= 64 && picture.height >= 64, 2000, "step " + n + " picture is " + picture.width + "x" + picture.height);
            }
            // Step 3 presses with the thumb below the inner elbow.
            const pin = loadedPicture(findChild(page(), "stepPicture_3"));
            verify(pin.frame.hasPin);
            compare(pin.frame.tool, "thumb");
            verify(pin.frame.pin.x < 120, "the right arm is on the viewer's left of the front view");
            // Scrolled to the steps, for the screenshot.
            const details = findChild(page(), "techniqueDetails");
            const card = findChild(page(), "steps");
            details.contentY = Math.max(0, Math.min(card.mapToItem(details.contentItem, 0, 0).y, details.contentHeight - details.height));
            waitForRendering(page());
            snapshot("technique-page");
        }

        function test_sessionShowsTheStepLarge() {
            startRunning("forearm-flexor-release", "forearm-wrist-left");
            const picture = loadedPicture(findChild(page(), "stepPictureLoader"));
            compare(picture.objectName, "stepPicture");
            verify(picture.visible);
            // Large: at least 40% of the phone's width, even on the first step, where the spoken
            // safety line also needs room (the controls must still fit: tst_session).
            tryVerify(() => picture.height >= root.width * 0.4, 2000, "large on the session screen: " + picture.height);
            compare(picture.frame.stepIndex, App.session.stepNumber - 1);
            compare(picture.frame.regionId, "forearm-wrist-left");
            // It follows the steps: the move step shows the hold and the arrow.
            while (App.session.stepNumber < 4)
                App.session.next();
            compare(picture.frame.stepIndex, 3);
            verify(picture.frame.hasPin && picture.frame.hasArrow);
            verify(findChild(picture, "moveArrow").visible);
            verify(findChild(picture, "pinMarker").visible);
            compare(picture.Accessible.name, picture.frame.description);
            // The second side is the mirror image.
            while (App.session.side !== "right")
                App.session.next();
            compare(picture.frame.regionId, "forearm-wrist-right");
        }

        function test_eachSideMirrorsTheSecondPass() {
            startRunning("lower-back-ball-release", "lower-back");
            const picture = loadedPicture(findChild(page(), "stepPictureLoader"));
            while (App.session.stepNumber < 3)
                App.session.next();
            // Copies: a point read from a property follows the property.
            const firstX = picture.frame.pin.x;
            const firstY = picture.frame.pin.y;
            while (App.session.pass < 1)
                App.session.next();
            while (App.session.stepNumber < 3)
                App.session.next();
            compare(picture.frame.pin.x, 240 - firstX);
            compare(picture.frame.pin.y, firstY);
        }

        // One function, not data-driven: Qt 6.4's JIT compiles a test function on its fourth
        // call, and that compiled code crashed in the garbage collector here (the interpreter
        // runs it fine); the loop keeps this function interpreted.
        function test_phoneSizesLightAndDark() {
            const window = root.Window.window;
            const size = [window.width, window.height];
            try {
                for (const phone of [[390, 844], [412, 915]]) {
                    for (const mode of ["light", "dark"]) {
                        const tag = phone[0] + "x" + phone[1] + "-" + mode;
                        window.width = phone[0];
                        window.height = phone[1];
                        root.width = phone[0];
                        root.height = phone[1];
                        App.settings.themeMode = mode;
                        shell.openTechnique("back-of-shoulder-ball-release", "shoulder-left");
                        waitForPage("techniqueDetailPage");
                        tryVerify(() => findChild(page(), "detailsRest").status === Loader.Ready);
                        loadedPicture(findChild(page(), "stepPicture_2"));
                        waitForRendering(page());
                        snapshot(tag + "-technique");
                        stack().pop(null);
                        startRunning("seated-hamstring-release", "hamstring-right");
                        while (App.session.stepNumber < 4)
                            App.session.next();
                        const picture = loadedPicture(findChild(page(), "stepPictureLoader"));
                        waitForRendering(page());
                        // The caption and the controls still fit below the picture.
                        for (const name of ["stepCaption", "pauseButton", "nextButton"]) {
                            const item = findChild(page(), name);
                            const pos = item.mapToItem(root, 0, 0);
                            verify(pos.y + item.height <= root.height + 0.5, name + " is pushed off the screen");
                        }
                        tryVerify(() => picture.height >= 200);
                        snapshot(tag + "-session");
                        while (App.session.active)
                            App.session.stop();
                        stack().pop(null);
                    }
                }
            } finally {
                App.session.voiceOff = false;
                App.settings.themeMode = "system";
                window.width = size[0];
                window.height = size[1];
                root.width = 390;
                root.height = 844;
            }
        }
    }
}
