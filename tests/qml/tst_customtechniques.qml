// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// The user's own techniques on a phone: "Add your own technique" from a region's list, the
// editor's field-by-field messages, save, list, open, edit, delete; the session says where the
// words come from; touch sizes and screen-reader names, light and dark, 390x844 and 412x915.
// With UNKNOT_SCREENSHOT_DIR set, the screens are saved there to be looked at.
Item {
    id: root

    width: 390
    height: 844

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "CustomTechniques"
        when: windowShown

        readonly property string region: "shoulder-left"
        readonly property var texts: ["Sit tall and let the working arm hang.", "Find the tender spot below the collarbone.", "Press two fingers on the spot.", "Reach the arm slowly forward.", "Let go of the spot.", "Move the fingers a little lower.", "Reach forward again.", "Rest the arm and breathe."]

        function editor() {
            return findChild(shell, "customTechniqueEditor");
        }
        function listPage() {
            return findChild(shell, "techniqueListPage");
        }
        function shot(name) {
            const dir = typeof screenshotDir === "string" ? screenshotDir : ""; // qmllint disable unqualified
            if (dir.length > 0) {
                waitForRendering(root);
                grabImage(root).save(dir + "/custom-" + name + ".png");
            }
        }
        // Scrolls the editor so that `name` is on screen, then taps it.
        function tapInEditor(name) {
            const flick = findChild(editor(), "editorFlick");
            const control = findChild(editor(), name);
            verify(control, name + " exists");
            waitForRendering(flick);
            const at = control.mapToItem(flick.contentItem, 0, 0);
            flick.contentY = Math.max(0, Math.min(at.y - Theme.spaceM, flick.contentHeight - flick.height));
            waitForRendering(flick);
            mouseClick(control);
        }
        function controls(item, found) {
            found = found || [];
            if (!item.visible)
                return found;
            const interactive = typeof item.clicked === "function" || (item.hasOwnProperty("valueFromText") && item.hasOwnProperty("editable")) || item.hasOwnProperty("placeholderText") || item.hasOwnProperty("textRole");
            if (interactive && item.hasOwnProperty("focusPolicy"))
                found.push(item);
            for (let i = 0; i < item.children.length; ++i)
                controls(item.children[i], found);
            return found;
        }
        function checkControls(item, what) {
            const found = controls(item);
            verify(found.length > 10, what + ": controls found");
            for (const control of found) {
                const name = control.Accessible.name;
                verify(name && name.length > 0, what + ": a control has no accessible name: " + control + " " + control.objectName);
                verify(control.height >= 48, what + ": " + name + " is " + control.height + " high");
                verify(control.width >= 48, what + ": " + name + " is " + control.width + " wide");
            }
        }
        function openEditorFromList() {
            shell.openRegion(region);
            tryVerify(() => listPage() !== null && listPage().visible, 5000);
            const list = findChild(listPage(), "techniqueList");
            list.positionViewAtEnd();
            const add = findChild(listPage(), "addOwnTechniqueButton");
            tryVerify(() => add !== null && add.visible);
            compare(add.Accessible.name, "Add your own technique");
            verify(add.height >= 48);
            // The page has slid into place.
            tryVerify(() => add.mapToItem(root, 0, 0).x + add.width <= root.width, 3000);
            mouseClick(add);
            waitForEditor();
        }
        // Open and slid into place (a tap during the slide lands beside its target).
        function waitForEditor() {
            tryVerify(() => editor() !== null && editor().visible, 5000, "the editor opens");
            tryVerify(() => Math.abs(editor().mapToItem(root, 0, 0).x) < 1, 3000, "the editor is in place");
        }
        function fillIn(e) {
            e.setField("title", "Shoulder pin and reach");
            e.setField("purpose", "Eases a tight front of the shoulder.");
            e.setField("startingPosition", "Sit tall on a firm chair.");
            e.setField("cautions", ["Stop if the pain gets sharp."]);
            e.setField("contraindications", ["Do not use it on a fresh injury."]);
            for (let i = 0; i < texts.length; ++i) {
                e.setStep(i, "text", texts[i]);
                e.setStep(i, "seconds", 3);
            }
        }
        // Each test starts on the body map, with no page left over from the one before.
        function init() {
            shell.showTab(0);
            findChild(shell, "bodyStack").pop(null);
            tryVerify(() => listPage() === null && editor() === null, 3000, "back on the body map");
        }
        function cleanupTestCase() {
            App.settings.themeMode = "light";
            shell.showTab(0);
        }

        function test_1_badInputIsShownNextToEachField() {
            openEditorFromList();
            const e = editor();
            shot("editor-new");
            tapInEditor("saveTechniqueButton");
            verify(e.visible, "a bad draft is not saved");
            compare(findChild(e, "titleField_error").text, "is empty");
            verify(findChild(e, "purposeField_error").text.length > 0);
            verify(findChild(e, "stepText_1_error").text.length > 0);
            verify(findChild(e, "cautionsField_error").text.indexOf("empty list") >= 0);
            // Typing a title clears its message at once.
            const title = findChild(e, "titleField_input");
            tapInEditor("titleField_input");
            verify(title.activeFocus);
            keyClick("S");
            keyClick(Qt.Key_O);
            keyClick(Qt.Key_R);
            keyClick(Qt.Key_E);
            compare(e.draft.title, "Sore");
            compare(findChild(e, "titleField_error").text, "");
            // A digit in the spoken words of step 2: said next to that step.
            e.setStep(1, "cue", "Count to 3.");
            verify(findChild(e, "stepCue_2_error").text.indexOf("digit") >= 0);
            shot("editor-errors");
            checkControls(e, "editor");
            e.cancel();
            tryVerify(() => editor() === null, 3000, "the editor is gone");
            compare(App.customTechniques.count, 0);
        }

        function test_2_savedTechniqueIsListedOpenedAndRun() {
            openEditorFromList();
            const e = editor();
            fillIn(e);
            tapInEditor("saveTechniqueButton");
            tryVerify(() => editor() === null, 3000, "the editor closes after saving: " + JSON.stringify(e.errors));
            compare(App.customTechniques.count, 1);
            const model = findChild(listPage(), "techniqueList").model;
            let found = "";
            for (let i = 0; i < model.count; ++i) {
                const tid = model.data(model.index(i, 0), 257);
                if (App.catalog.isCustom(tid))
                    found = tid;
            }
            verify(found.length > 0, "the list shows it");
            compare(App.catalog.titleOf(found), "Shoulder pin and reach");
            shot("list");
            shell.openTechnique(found, region);
            const detail = findChild(shell, "techniqueDetailPage");
            tryVerify(() => detail !== null && detail.visible);
            const edit = findChild(detail, "editOwnTechniqueButton");
            verify(edit.visible);
            compare(edit.Accessible.name, "Edit your technique");
            // It runs in the same guided session and says where its words come from.
            shell.startSession(found, region, true);
            const session = findChild(shell, "sessionPage");
            tryVerify(() => session !== null && session.visible);
            App.session.begin(-1);
            const label = findChild(session, "voiceSourceLabel");
            tryVerify(() => label !== null && label.visible);
            tryVerify(() => Math.abs(session.mapToItem(root, 0, 0).x) < 1, 3000, "the session page is in place");
            verify(["speech", "captions"].indexOf(App.session.voiceSource) >= 0, App.session.voiceSource);
            verify(label.text.indexOf("Voice:") === 0, label.text);
            shot("session");
            App.session.stop();
            App.session.finish();
            shell.popPage();
        }

        function test_3_editAndDelete() {
            let id = "";
            const all = App.catalog;
            shell.openRegion(region);
            tryVerify(() => listPage() !== null && listPage().visible);
            const model = findChild(listPage(), "techniqueList").model;
            for (let i = 0; i < model.count; ++i) {
                const tid = model.data(model.index(i, 0), 257);
                if (all.isCustom(tid))
                    id = tid;
            }
            verify(id.length > 0);
            shell.openCustomEditor(id, "");
            waitForEditor();
            const e = editor();
            compare(findChild(e, "titleField_input").text, "Shoulder pin and reach");
            e.setField("title", "Shoulder reach");
            tapInEditor("saveTechniqueButton");
            tryVerify(() => editor() === null, 3000, "the editor is gone");
            compare(App.catalog.titleOf(id), "Shoulder reach");
            shell.openCustomEditor(id, "");
            waitForEditor();
            tapInEditor("deleteTechniqueButton");
            verify(editor().visible, "the first tap only asks");
            compare(findChild(editor(), "deleteTechniqueButton").text, "Delete it and its recordings");
            tapInEditor("deleteTechniqueButton");
            tryVerify(() => editor() === null, 3000, "the editor is gone");
            verify(!App.catalog.hasTechnique(id));
            compare(App.customTechniques.count, 0);
        }

        function test_4_darkThemeAndWiderPhone() {
            App.settings.themeMode = "dark";
            root.width = 412;
            root.height = 915;
            tryVerify(() => Theme.dark);
            openEditorFromList();
            checkControls(editor(), "editor, dark, 412x915");
            shot("editor-dark");
            editor().cancel();
            tryVerify(() => editor() === null, 3000, "the editor is gone");
            root.width = 390;
            root.height = 844;
        }
    }
}
