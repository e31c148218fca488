// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot
import Unknot.Core

// The Reminders tab: the weekly reminders with their next time, add/edit in the editor,
// delete with undo, and "Are reminders working?".
AppPage {
    id: page

    objectName: "remindersPage"
    readonly property bool editing: editor.active

    // Opens the editor on a draft (App.reminders.newDraft(), draftFor(id), or a link's).
    function openEditor(draft, message) {
        editor.setSource("ReminderEditor.qml", {
                "draft": draft,
                "linkMessage": message || ""
            });
        editor.active = true;
    }
    function attachEditor(item) {
        item.closeRequested.connect(page.closeEditor);
    }
    function closeEditor() {
        editor.active = false;
    }
    // Back (AppShell): closes the editor if it is open; true when it did.
    function goBack() {
        if (!editing)
            return false;
        closeEditor();
        return true;
    }
    // A reminder handed over by a link waits in App.reminders until this page shows it.
    function takePendingDraft() {
        const draft = App.reminders.pendingDraft;
        if (Object.keys(draft).length === 0)
            return;
        openEditor(draft, App.reminders.pendingMessage);
        App.reminders.clearPendingDraft();
    }
    function remove(reminderId) {
        if (App.reminders.remove(reminderId))
            undoTimer.restart();
    }

    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: qsTr("Reminders")
        visible: !page.editing
    }

    Component.onCompleted: takePendingDraft()
    Connections {
        target: App.reminders
        function onDraftRequested() {
            page.takePendingDraft();
        }
    }

    ListView {
        id: list

        objectName: "reminderList"
        anchors.fill: parent
        anchors.leftMargin: Math.max(Theme.spaceM, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        // Room to scroll the last of the list out from under the undo bar.
        anchors.bottomMargin: undoBar.visible ? undoBar.height + Theme.spaceS : 0
        visible: !page.editing
        clip: true
        spacing: Theme.spaceS
        model: App.reminders.list
        header: Column {
            width: ListView.view.width
            spacing: Theme.spaceM
            bottomPadding: Theme.spaceS

            Label {
                objectName: "remindersEmpty"
                width: parent.width
                visible: App.reminders.list.count === 0
                wrapMode: Text.Wrap
                text: qsTr("A reminder brings you back to your release work on the days and at the time you choose. Tap it to open the technique, or start the guided session straight from the notification.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
            }
            AppButton {
                objectName: "addReminder"
                width: parent.width
                text: qsTr("Add a reminder")
                onClicked: () => page.openEditor(App.reminders.newDraft(), "")
            }
        }
        delegate: ReminderRow {
            width: ListView.view.width
            onEditRequested: reminderId => page.openEditor(App.reminders.draftFor(reminderId), "")
            onDeleteRequested: reminderId => page.remove(reminderId)
        }
        // Below the list, so built after the page's first frame.
        footer: Loader {
            width: ListView.view.width
            asynchronous: true
            sourceComponent: ReminderHealthSection {
                topPadding: Theme.spaceM
                bottomPadding: Theme.spaceM
            }
        }
    }

    Rectangle {
        id: undoBar

        objectName: "reminderUndoBar"
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spaceS
        width: Math.min(parent.width - Theme.spaceM * 2, Theme.contentMaxWidth)
        height: Theme.touchTarget + Theme.spaceS
        radius: Theme.radiusS
        color: Theme.text
        visible: !page.editing && App.reminders.canUndo && undoTimer.running

        Label {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spaceM
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Reminder deleted.")
            color: Theme.background
            font.pixelSize: Theme.fontBody
        }
        Button {
            objectName: "reminderUndo"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spaceS
            anchors.verticalCenter: parent.verticalCenter
            height: Theme.touchTarget
            flat: true
            text: qsTr("Undo")
            Accessible.name: qsTr("Undo delete")
            palette.buttonText: Theme.background
            onClicked: () => {
                App.reminders.undoRemove();
                undoTimer.stop();
            }
        }
        Timer {
            id: undoTimer
            interval: 8000
        }
    }

    Loader {
        id: editor

        anchors.fill: parent
        active: false
        onLoaded: page.attachEditor(item)
    }
}
