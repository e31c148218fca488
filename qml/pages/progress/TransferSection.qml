// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Export (PDF report, CSV, JSON) and restore from a JSON export. Phones share the file; desktops
// ask where to save it.
SectionCard {
    id: section

    property string message
    property string pendingKind
    // What the running job is, for the words shown when it is done.
    property string running

    function exportAs(kind) {
        if (App.transfer.canShare) {
            message = "";
            running = "share";
            App.transfer.startShare(kind);
            return;
        }
        pendingKind = kind;
        saveDialog.selectedFile = saveDialog.currentFolder + "/" + App.transfer.suggestedFileName(kind);
        saveDialog.open();
    }

    title: qsTr("Export and restore")

    Label {
        Layout.fillWidth: true
        text: qsTr("Your records stay on this device. Export them to show your practitioner or to keep a copy: the full backup holds everything (your plan, health answers and own techniques with their recordings included) and can be restored here or on a new phone.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.Wrap
    }
    AppButton {
        objectName: "exportPdf"
        Layout.fillWidth: true
        enabled: !App.transfer.busy
        text: qsTr("Practitioner report (PDF)")
        onClicked: () => section.exportAs("pdf")
    }
    AppButton {
        objectName: "exportCsv"
        Layout.fillWidth: true
        enabled: !App.transfer.busy
        tone: "secondary"
        text: qsTr("Sessions table (CSV)")
        onClicked: () => section.exportAs("csv")
    }
    AppButton {
        objectName: "exportJson"
        Layout.fillWidth: true
        enabled: !App.transfer.busy
        tone: "secondary"
        text: qsTr("Full backup (JSON)")
        onClicked: () => section.exportAs("json")
    }
    AppButton {
        objectName: "restoreJson"
        Layout.fillWidth: true
        enabled: !App.transfer.busy
        tone: "secondary"
        text: qsTr("Restore from an export…")
        onClicked: () => openDialog.open()
    }
    // Exports and restores run on a thread of their own; the page keeps drawing meanwhile.
    ProgressBar {
        objectName: "transferProgress"
        Layout.fillWidth: true
        visible: App.transfer.busy
        indeterminate: App.transfer.progress < 0
        value: Math.max(0, App.transfer.progress)
        Accessible.role: Accessible.ProgressBar
        Accessible.name: section.running === "restore" ? qsTr("Restoring your records") : qsTr("Preparing the export")
    }
    Label {
        objectName: "transferMessage"
        Layout.fillWidth: true
        visible: section.message.length > 0
        text: section.message
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    FileDialog {
        id: saveDialog

        title: qsTr("Save the export")
        fileMode: FileDialog.SaveFile
        nameFilters: section.pendingKind === "pdf" ? [qsTr("PDF report (*.pdf)")] : section.pendingKind === "csv" ? [qsTr("Spreadsheet (*.csv)")] : [qsTr("Unknot export (*.json)")]
        onAccepted: {
            section.message = "";
            section.running = "export";
            App.transfer.startExport(section.pendingKind, saveDialog.selectedFile);
        }
    }
    FileDialog {
        id: openDialog

        title: qsTr("Restore from an export")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Unknot export (*.json)")]
        onAccepted: {
            section.message = "";
            section.running = "restore";
            App.transfer.startRestore(openDialog.selectedFile);
        }
    }
    Connections {
        function onFinished(message) {
            section.message = message.length > 0 || section.running !== "export" ? message : qsTr("Saved.");
            section.running = "";
        }

        target: App.transfer
    }
}
