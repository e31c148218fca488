// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Unknot
import Unknot.Core

// My plan: the techniques the practitioner and the user chose, each with a side and how often;
// Start runs today's due ones back to back. The plan travels as a file (save or share it, open
// one), and an opened plan is shown beside this one before it replaces anything.
AppPage {
    id: page

    // Opens the editor for this technique at once (from "Add to my plan").
    property string addTechniqueId
    property string message

    signal backRequested
    signal startRequested

    function attachEditor(editor) {
        editor.done.connect(() => editorLoader.source = "");
    }
    function edit(row) {
        const entry = App.plan.entryAt(row);
        editorLoader.setSource("PlanEntryEditor.qml", {
                "techniqueId": entry.techniqueId,
                "row": row,
                "twoSided": entry.twoSided,
                "side": entry.side,
                "frequency": entry.frequency,
                "timesPerWeek": Math.max(1, entry.timesPerWeek),
                "weekdays": entry.weekdays
            });
    }
    function add(techniqueId) {
        editorLoader.setSource("PlanEntryEditor.qml", {
                "techniqueId": techniqueId,
                "row": -1,
                "twoSided": App.plan.isTwoSided(techniqueId)
            });
    }

    objectName: "planPage"
    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: {
        if (!App.plan.loaded)
            App.plan.load();
        if (addTechniqueId.length > 0)
            add(addTechniqueId);
    }

    header: PageHeader {
        showBack: true
        title: qsTr("My plan")
        // An empty plan says so below, in words.
        subtitle: App.plan.count > 0 ? qsTr("%n technique(s)", "", App.plan.count) : ""
        onBackClicked: page.backRequested()
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spaceL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {
        }

        ColumnLayout {
            id: column

            x: Math.max(Theme.spaceM, (flick.width - Theme.contentMaxWidth) / 2)
            y: Theme.spaceS
            width: Math.min(flick.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            spacing: Theme.spaceM

            Loader {
                Layout.fillWidth: true
                active: App.plan.pendingImport.length > 0
                visible: active
                sourceComponent: PlanImportCard {
                    onReplaced: error => page.message = error.length > 0 ? error : qsTr("Your plan was replaced.")
                }
            }
            Loader {
                id: editorLoader

                Layout.fillWidth: true
                visible: status === Loader.Ready
                onLoaded: page.attachEditor(item)
            }
            Label {
                objectName: "planMessage"
                Layout.fillWidth: true
                visible: page.message.length > 0
                text: page.message
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "planEmpty"
                Layout.fillWidth: true
                // Not beside the editor adding the first technique: it would tell to do what is
                // being done.
                visible: App.plan.count === 0 && !editorLoader.visible
                text: qsTr("Your plan is empty. Open a technique your practitioner showed you and choose \u201cAdd to my plan\u201d, or open a plan file your practitioner gave you.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "startPlan"
                Layout.fillWidth: true
                visible: App.plan.count > 0
                enabled: App.plan.dueCount > 0
                text: App.plan.dueCount > 0 ? qsTr("Start today's plan (%1)").arg(App.plan.dueCount) : qsTr("Nothing more is due today")
                Accessible.name: text
                onClicked: page.startRequested()
            }
            Repeater {
                model: App.plan
                delegate: PlanEntryRow {
                    Layout.fillWidth: true
                    count: App.plan.count
                    onMoveRequested: (from, to) => App.plan.move(from, to)
                    onEditRequested: row => page.edit(row)
                    onRemoveRequested: row => App.plan.remove(row)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: App.plan.count > 0
                text: qsTr("Weeks run Monday to Sunday: a technique planned a number of times a week stays due, any day, until it is done that many days of the week. It counts as done when its guided session is completed on its side.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.Wrap
            }
            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Plan file")

                Label {
                    Layout.fillWidth: true
                    text: App.plan.count > 0 ? qsTr("Carry this plan to another phone, or open the one your practitioner made.") : qsTr("Open the plan your practitioner made for you.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    wrapMode: Text.Wrap
                }
                AppButton {
                    objectName: "sharePlan"
                    Layout.fillWidth: true
                    // An empty plan has nothing to carry: no button that cannot be used.
                    visible: App.plan.canShare && App.plan.count > 0
                    enabled: !App.plan.exportBusy
                    tone: "secondary"
                    text: App.plan.exportBusy ? qsTr("Preparing the plan file…") : qsTr("Share the plan")
                    Accessible.name: text
                    onClicked: page.message = App.plan.share()
                }
                AppButton {
                    objectName: "savePlan"
                    Layout.fillWidth: true
                    visible: !App.plan.canShare && App.plan.count > 0
                    enabled: !App.plan.exportBusy
                    tone: "secondary"
                    text: App.plan.exportBusy ? qsTr("Saving the plan file…") : qsTr("Save the plan file…")
                    Accessible.name: text
                    onClicked: saveDialog.open()
                }
                AppButton {
                    objectName: "openPlanFile"
                    Layout.fillWidth: true
                    enabled: !App.plan.importBusy
                    tone: "secondary"
                    text: App.plan.importBusy ? qsTr("Reading the plan file…") : qsTr("Open a plan file…")
                    Accessible.name: text
                    onClicked: openDialog.open()
                }
            }
        }
    }

    Connections {
        target: App.plan
        function onExportFinished(error, shared) {
            page.message = error.length > 0 ? error : shared ? "" : qsTr("Saved.");
        }
    }
    FileDialog {
        id: saveDialog

        title: qsTr("Save the plan")
        fileMode: FileDialog.SaveFile
        currentFile: App.plan.suggestedFileName()
        nameFilters: [qsTr("Unknot plan (*.unknotplan)")]
        // Written on a worker thread (recordings make it megabytes): exportFinished says how
        // it went.
        onAccepted: App.plan.saveInBackground(saveDialog.selectedFile)
    }
    FileDialog {
        id: openDialog

        title: qsTr("Open a plan file")
        fileMode: FileDialog.OpenFile
        // Files saved before version 2 end in .json.
        nameFilters: [qsTr("Unknot plan (*.unknotplan *.json)")]
        // Read on a worker thread (recordings make it megabytes): the comparison appears when
        // it is checked, or the shell says why it cannot be used (App.plan.importFailed).
        onAccepted: {
            page.message = "";
            App.plan.openImport(openDialog.selectedFile);
        }
    }
}
