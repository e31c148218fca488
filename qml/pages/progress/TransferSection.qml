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

    function exportAs(kind) {
        if (App.transfer.canShare) {
            message = App.transfer.share(kind);
            return;
        }
        pendingKind = kind;
        saveDialog.selectedFile = saveDialog.currentFolder + "/" + App.transfer.suggestedFileName(kind);
        saveDialog.open();
    }

    title: qsTr("Export and restore")

    Label {
        Layout.fillWidth: true
        text: qsTr("Your records stay on this device. Export them to show your practitioner or to keep a copy: the full backup holds everything and can be restored here later.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.Wrap
    }
    AppButton {
        objectName: "exportPdf"
        Layout.fillWidth: true
        text: qsTr("Practitioner report (PDF)")
        onClicked: () => section.exportAs("pdf")
    }
    AppButton {
        objectName: "exportCsv"
        Layout.fillWidth: true
        tone: "secondary"
        text: qsTr("Sessions table (CSV)")
        onClicked: () => section.exportAs("csv")
    }
    AppButton {
        objectName: "exportJson"
        Layout.fillWidth: true
        tone: "secondary"
        text: qsTr("Full backup (JSON)")
        onClicked: () => section.exportAs("json")
    }
    AppButton {
        objectName: "restoreJson"
        Layout.fillWidth: true
        tone: "secondary"
        text: qsTr("Restore from an export…")
        onClicked: () => openDialog.open()
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
            const error = App.transfer.exportTo(section.pendingKind, selectedFile);
            section.message = error.length > 0 ? error : qsTr("Saved.");
        }
    }
    FileDialog {
        id: openDialog

        title: qsTr("Restore from an export")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Unknot export (*.json)")]
        onAccepted: section.message = App.transfer.importFrom(selectedFile)
    }
}
