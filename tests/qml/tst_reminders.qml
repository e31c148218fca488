// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Unknot
import Unknot.Core

// The Reminders tab on a phone: empty state, the editor's checks, add / edit / switch off /
// delete with undo, a reminder handed over by a link, touch sizes and screen-reader names on
// every control, light and dark.
Item {
    id: root

    width: 390
    height: 844

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Reminders"
        when: windowShown

        function page() {
            return findChild(shell, "remindersPage");
        }
        function editor() {
            return findChild(shell, "reminderEditor");
        }
        // The editor is open and built (its lower part comes a frame or two after the top).
        function editorReady() {
            tryVerify(() => editor() !== null && editor().visible && editor().ready, 5000, "the editor is built");
        }
        // Scrolls the editor so that `name` is on screen, then taps it.
        function tapInEditor(name) {
            editorReady();
            const flick = findChild(editor(), "editorFlick");
            const control = findChild(editor(), name);
            waitForRendering(flick); // the form laid out (wrapped texts settled)
            const at = control.mapToItem(flick.contentItem, 0, 0);
            flick.contentY = Math.max(0, Math.min(at.y - Theme.spaceM, flick.contentHeight - flick.height));
            waitForRendering(flick);
            mouseClick(control);
        }
        function editorClosed() {
            return editor() === null || !editor().visible;
        }
        function openTab() {
            shell.showTab(2);
            tryVerify(() => page() !== null && page().visible, 5000, "the Reminders tab is shown");
        }
        // Every control a finger or a screen reader reaches under `item`.
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
            verify(found.length > 3, what + ": controls found");
            for (const control of found) {
                const name = control.Accessible.name;
                verify(name && name.length > 0, what + ": a control has no accessible name: " + control + " " + control.objectName);
                verify(control.height >= 48, what + ": " + name + " is " + control.height + " high");
                verify(control.width >= 48, what + ": " + name + " is " + control.width + " wide");
            }
        }
        function saveNew(hour, minute, days) {
            mouseClick(findChild(page(), "addReminder"));
            tryVerify(() => editor() !== null && editor().visible);
            const e = editor();
            e.hour = hour;
            e.minute = minute;
            for (let day = 1; day <= 7; ++day) {
                const toggle = findChild(e, "weekday_" + day);
                if (toggle.checked !== days.indexOf(day) >= 0)
                    tapInEditor("weekday_" + day);
            }
            tapInEditor("saveReminder");
            tryVerify(() => editor() === null || !editor().visible, 3000, "the editor closes after saving");
        }
        function cleanupTestCase() {
            const list = App.reminders.list;
            while (list.count > 0)
                App.reminders.remove(list.data(list.index(0, 0), 257));
            App.settings.themeMode = "light";
            shell.showTab(0);
        }

        function test_1_emptyStateExplains() {
            openTab();
            compare(App.reminders.list.count, 0);
            const empty = findChild(page(), "remindersEmpty");
            verify(empty.visible);
            verify(empty.text.indexOf("brings you back") >= 0, empty.text);
            const add = findChild(page(), "addReminder");
            verify(add.height >= 48);
            compare(add.Accessible.name, "Add a reminder");
            // The desktop (no notifier in tests) says what it can and cannot do (built just
            // after the page's first frame).
            tryVerify(() => findChild(page(), "reminderHealth") !== null && findChild(page(), "reminderHealth").visible);
        }

        function test_2_editorRefusesNoWeekdayAndSavesNothing() {
            openTab();
            mouseClick(findChild(page(), "addReminder"));
            tryVerify(() => editor() !== null && editor().visible);
            editorReady();
            const e = editor();
            checkControls(e, "editor");
            // Every weekday toggle speaks its day and whether it is chosen.
            const monday = findChild(e, "weekday_1");
            compare(monday.Accessible.name, Qt.locale().dayName(1, Locale.LongFormat));
            compare(findChild(e, "weekday_7").Accessible.name, Qt.locale().dayName(0, Locale.LongFormat));
            compare(monday.Accessible.role, Accessible.CheckBox);
            verify(monday.checked, "a new reminder starts on every day");
            compare(findChild(e, "hourPicker").Accessible.name, "Hour, 8");
            compare(findChild(e, "minutePicker").Accessible.name, "Minute, 0");
            for (let day = 1; day <= 7; ++day)
                tapInEditor("weekday_" + day);
            verify(!monday.checked);
            tapInEditor("saveReminder");
            const error = findChild(e, "weekdaysError");
            tryVerify(() => error.visible);
            compare(error.text, "Choose at least one day of the week.");
            compare(App.reminders.list.count, 0);
            verify(editor().visible, "the editor stays open");
            // Choosing a day clears the message.
            tapInEditor("weekday_3");
            tryVerify(() => !error.visible);
            tapInEditor("cancelReminder");
            tryVerify(editorClosed);
            compare(App.reminders.list.count, 0);
        }

        function test_3_addEditSwitchOffDeleteUndo() {
            openTab();
            saveNew(7, 30, [1, 3, 5]);
            compare(App.reminders.list.count, 1);
            const list = findChild(page(), "reminderList");
            tryVerify(() => list.count === 1);
            let row = findChild(list, "reminderRow_0");
            verify(row.Accessible.name.indexOf("07:30") >= 0, row.Accessible.name);
            verify(row.Accessible.name.indexOf("Next: ") >= 0, row.Accessible.name);
            verify(findChild(row, "nextFire").text.indexOf("Next: ") === 0);
            checkControls(page(), "list");

            // Edit: tap the row, change the hour, save.
            mouseClick(row);
            tryVerify(() => editor() !== null && editor().visible);
            verify(!editor().isNew);
            compare(editor().hour, 7);
            editor().hour = 9;
            tapInEditor("saveReminder");
            tryVerify(editorClosed);
            tryVerify(() => findChild(findChild(list, "reminderRow_0"), "nextFire") !== null);
            row = findChild(list, "reminderRow_0");
            compare(row.time, "09:30");

            // Off and on again.
            const toggle = findChild(row, "reminderSwitch");
            mouseClick(toggle);
            tryCompare(findChild(row, "nextFire"), "text", "Off");
            mouseClick(toggle);
            tryVerify(() => findChild(row, "nextFire").text.indexOf("Next: ") === 0);

            // Delete, then undo from the snackbar.
            mouseClick(findChild(row, "deleteReminder"));
            tryCompare(App.reminders.list, "count", 0);
            const undoBar = findChild(page(), "reminderUndoBar");
            tryVerify(() => undoBar.visible);
            mouseClick(findChild(undoBar, "reminderUndo"));
            tryCompare(App.reminders.list, "count", 1);
            tryVerify(() => !undoBar.visible);
        }

        function test_4_linkOpensTheEditorFilledIn() {
            shell.showTab(0);
            App.openLink("unknot://reminder/new?time=06:45&days=sat,sun&region=neck&label=Weekend");
            tryVerify(() => editor() !== null && editor().visible, 5000, "the editor opens from the link");
            editorReady();
            const e = editor();
            compare(e.hour, 6);
            compare(e.minute, 45);
            compare(e.weekdays, 32 | 64);
            compare(e.opens, "region");
            compare(findChild(e, "labelField").text, "Weekend");
            verify(!findChild(e, "linkMessage").visible);
            compare(App.reminders.list.count, 1, "nothing is saved before Save");
            tapInEditor("cancelReminder");
            tryVerify(editorClosed);
            App.openLink("unknot://reminder/new?time=31:00&days=mon,blursday");
            tryVerify(() => editor() !== null && editor().visible);
            const message = findChild(editor(), "linkMessage");
            verify(message.visible);
            verify(message.text.indexOf("blursday") >= 0, message.text);
            verify(message.text.indexOf("not a time of day") >= 0, message.text);
            compare(editor().weekdays, 1);
            tapInEditor("cancelReminder");
            tryVerify(editorClosed);
            compare(App.reminders.list.count, 1);
        }

        // Where `name` sits in the editor's form, top to bottom.
        function yInEditor(name) {
            const control = findChild(editor(), name);
            verify(control !== null, name + " exists");
            return control.mapToItem(findChild(editor(), "editorFlick").contentItem, 0, 0).y;
        }
        function openNewEditor() {
            openTab();
            mouseClick(findChild(page(), "addReminder"));
            editorReady();
            waitForRendering(editor());
        }

        // A reminder can open My plan or start today's plan: offered last while the plan is
        // empty, first (and chosen) once there is one; the list says which it does.
        function test_4b_planReminders() {
            compare(App.plan.count, 0);
            openNewEditor();
            compare(editor().opens, "bodymap", "no plan: a new reminder opens the body map");
            verify(yInEditor("opensPlan") > yInEditor("opensBodyMap"), "no plan: the plan comes last");
            verify(findChild(editor(), "techniqueChoice") === null, "the technique list is built only when chosen");
            const skip = findChild(editor(), "skipIfDone");
            compare(skip.text, "Skip if I already did a session that day");
            tapInEditor("opensPlan");
            compare(editor().opens, "plan");
            verify(findChild(editor(), "planEmptyNote").visible, "an empty plan is said");
            compare(skip.text, "Skip when nothing of the day's plan is left to do");
            tapInEditor("opensTechnique");
            tryVerify(() => findChild(editor(), "techniqueChoice") !== null);
            const choice = findChild(editor(), "techniqueChoice");
            verify(choice.visible && choice.currentIndex === 0, "choosing a technique picks the first");
            verify(choice.Accessible.name.indexOf("Technique: ") === 0, choice.Accessible.name);
            tapInEditor("cancelReminder");
            tryVerify(editorClosed);
            App.plan.load();
            compare(App.plan.add("neck-side-release", "both", "daily"), "");
            const before = App.reminders.list.count;
            for (const [width, height, mode] of [[390, 844, "light"], [412, 915, "dark"]]) {
                root.width = width;
                root.height = height;
                App.settings.themeMode = mode;
                openNewEditor();
                compare(editor().opens, "plan", "with a plan, a new reminder is for it");
                verify(yInEditor("opensPlanStart") < yInEditor("opensTechnique"), "the plan comes first");
                verify(yInEditor("opensPlan") < yInEditor("opensTechnique"));
                verify(!findChild(editor(), "planEmptyNote").visible);
                compare(findChild(editor(), "opensPlanStart").Accessible.name, "Start today's plan");
                compare(findChild(editor(), "opensPlan").Accessible.name, "My plan, with Start now");
                checkControls(editor(), "editor with a plan, " + width + ", " + mode);
                tapInEditor("cancelReminder");
                tryVerify(editorClosed);
            }
            root.width = 390;
            root.height = 844;
            App.settings.themeMode = "light";
            openNewEditor();
            tapInEditor("opensPlanStart");
            tapInEditor("saveReminder");
            tryVerify(editorClosed);
            compare(App.reminders.list.count, before + 1);
            const list = findChild(page(), "reminderList");
            const row = findChild(list, "reminderRow_" + before);
            tryVerify(() => row !== null && findChild(row, "opensLine") !== null);
            compare(row.title, "Today's plan");
            verify(findChild(row, "opensLine").visible);
            compare(findChild(row, "opensLine").text, "Starts today's plan");
            verify(row.Accessible.name.indexOf("Starts today's plan") >= 0, row.Accessible.name);
            // Reopened, it is still the plan's start.
            mouseClick(row);
            tryVerify(() => editor() !== null && editor().visible);
            compare(editor().opens, "planStart");
            tapInEditor("cancelReminder");
            tryVerify(editorClosed);
            App.reminders.remove(row.reminderId);
            verify(App.plan.remove(0));
        }

        // Back (Android's key, Escape) leaves the editor without saving, not the app.
        function test_6_backClosesTheEditor() {
            openTab();
            const before = App.reminders.list.count;
            mouseClick(findChild(page(), "addReminder"));
            tryVerify(() => editor() !== null && editor().visible);
            verify(shell.goBack(), "Back is taken by the editor");
            tryVerify(editorClosed);
            compare(App.reminders.list.count, before);
            // With the editor closed, Back leaves the tab for the body map (AppShell.goBack).
            verify(shell.goBack(), "Back is always taken");
            compare(findChild(shell, "navBar").currentIndex, 0);
        }

        function test_5_darkThemeAndWiderPhone() {
            App.settings.themeMode = "dark";
            root.width = 412;
            root.height = 915;
            openTab();
            verify(Theme.dark);
            checkControls(page(), "list, dark");
            mouseClick(findChild(page(), "addReminder"));
            tryVerify(() => editor() !== null && editor().visible);
            editorReady();
            checkControls(editor(), "editor, dark");
            tapInEditor("cancelReminder");
            tryVerify(editorClosed);
            root.width = 390;
            root.height = 844;
        }
    }
}
