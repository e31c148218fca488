// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Creates or edits one of the user's own techniques for a region: the words, the timing of each
// step and, for each step, the practitioner's voice. Nothing is stored until Save; the checks
// are the bundled content's, and what is wrong is said next to the field concerned.
AppPage {
    id: editor

    // The region the technique is added from ("shoulder-left"); with a techniqueId, ignored.
    property string regionId
    // Empty: a new technique.
    property string techniqueId
    property var draft: techniqueId.length > 0 ? App.customTechniques.draftOf(techniqueId) : App.customTechniques.newDraft(regionId)
    // field -> message, from the last check
    property var errors: ({})
    property bool triedSaving: false
    // The step the recorder works for, -1 for none.
    property int recordingStep: -1
    property bool confirmingDelete: false
    // Bumped when steps are added or removed, so the step cards are built again from the draft.
    property int stepLayout: 0
    property bool saved: false
    readonly property bool isNew: techniqueId.length === 0
    readonly property VoiceRecorder recorder: App.customTechniques.recorder

    signal closeRequested

    function errorFor(field) {
        return errors[field] || "";
    }
    // A list field's messages: about the list, then about each entry.
    function errorsOf(field) {
        const found = [];
        for (const key in errors) {
            if (key === field || key.indexOf(field + " entry ") === 0)
                found.push(errors[key]);
        }
        return found.join("\n");
    }
    function recheck() {
        if (triedSaving)
            errors = toErrorMap(App.customTechniques.check(draft));
    }
    function toErrorMap(list) {
        const map = {};
        for (let i = 0; i < list.length; ++i) {
            const e = list[i];
            map[e.field] = map[e.field] ? map[e.field] + "\n" + e.message : e.message;
        }
        return map;
    }
    function setField(name, value) {
        const d = Object.assign({}, draft);
        d[name] = value;
        draft = d;
        recheck();
    }
    function toggleIn(name, id) {
        const list = (draft[name] || []).slice();
        const at = list.indexOf(id);
        if (at >= 0)
            list.splice(at, 1);
        else
            list.push(id);
        setField(name, list);
    }
    function setStep(index, key, value) {
        const steps = draft.steps.slice();
        const step = Object.assign({}, steps[index]);
        step[key] = value;
        steps[index] = step;
        setField("steps", steps);
    }
    function addStep() {
        const steps = draft.steps.slice();
        steps.push({
                "kind": "rest",
                "text": "",
                "cue": "",
                "timing": "hold",
                "seconds": 10,
                "reps": 5,
                "tempoSeconds": 3,
                "recording": ""
            });
        setField("steps", steps);
        stepLayout++;
    }
    function removeStep(index) {
        const steps = draft.steps.slice();
        const removed = steps.splice(index, 1)[0];
        setField("steps", steps);
        if (removed.recording)
            App.customTechniques.dropRecording(removed.recording);
        stepLayout++;
    }
    function recordStep(index) {
        recordingStep = index;
        recorder.start();
    }
    function deleteRecording(index) {
        const file = draft.steps[index].recording;
        setStep(index, "recording", "");
        if (file)
            App.customTechniques.dropRecording(file);
    }
    function save() {
        triedSaving = true;
        const result = Object.assign({}, App.customTechniques.save(draft));
        errors = toErrorMap(result.errors);
        if (result.ok) {
            saved = true;
            techniqueId = result.id;
            closeRequested();
        }
    }
    function removeTechnique() {
        if (App.customTechniques.remove(techniqueId))
            closeRequested();
    }
    function cancel() {
        closeRequested();
    }

    objectName: "customTechniqueEditor"
    // However the page is left (its back arrow, the phone's Back, a link): a recording under way
    // stops and is thrown away, and what was recorded for an unsaved draft alone goes.
    Component.onDestruction: {
        recorder.cancel();
        recorder.stopPlaying();
        if (!saved)
            App.customTechniques.discard(draft);
    }
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: editor.isNew ? qsTr("Your own technique") : qsTr("Edit your technique")
        subtitle: App.catalog.regionName(editor.regionId.length > 0 ? editor.regionId : App.catalog.defaultRegionFor(editor.techniqueId))
        showBack: true
        onBackClicked: editor.cancel()
    }

    Connections {
        target: editor.recorder
        function onRecorded(file) {
            if (editor.recordingStep < 0)
                return;
            const old = editor.draft.steps[editor.recordingStep].recording;
            editor.setStep(editor.recordingStep, "recording", file);
            if (old)
                App.customTechniques.dropRecording(old);
            editor.recordingStep = -1;
        }
        function onStateChanged() {
            const s = editor.recorder.state;
            if (s === VoiceRecorder.Idle || s === VoiceRecorder.Failed || s === VoiceRecorder.Denied)
                editor.recordingStep = -1;
        }
    }

    Flickable {
        id: flick

        objectName: "editorFlick"
        anchors.fill: parent
        contentHeight: form.implicitHeight + Theme.spaceL * 2
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {
        }

        ColumnLayout {
            id: form

            x: Math.max(Theme.spaceM, (flick.width - Theme.contentMaxWidth) / 2)
            y: Theme.spaceS
            width: Math.min(flick.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            spacing: Theme.spaceM

            Label {
                objectName: "generalError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: editor.errorFor("")
                wrapMode: Text.Wrap
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            // A refused microphone, and the way to allow it.
            SectionCard {
                objectName: "microphoneDenied"
                Layout.fillWidth: true
                visible: editor.recorder.state === VoiceRecorder.Denied || editor.recorder.state === VoiceRecorder.Failed
                tint: Theme.cautionSoft
                title: qsTr("Recording")

                Label {
                    Layout.fillWidth: true
                    text: editor.recorder.errorText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                }
                AppButton {
                    objectName: "openSettingsButton"
                    visible: editor.recorder.state === VoiceRecorder.Denied
                    tone: "secondary"
                    text: qsTr("Open settings")
                    Accessible.name: qsTr("Open the system settings to allow the microphone")
                    onClicked: editor.recorder.openMicrophoneSettings()
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("About it")

                LabeledField {
                    objectName: "titleField"
                    label: qsTr("Name")
                    placeholder: qsTr("Shoulder pin and reach")
                    initialText: editor.draft.title || ""
                    error: editor.errorFor("title")
                    onEdited: text => editor.setField("title", text)
                }
                LabeledField {
                    objectName: "purposeField"
                    label: qsTr("What it is for")
                    multiLine: true
                    initialText: editor.draft.purpose || ""
                    error: editor.errorFor("purpose")
                    onEdited: text => editor.setField("purpose", text)
                }
                LabeledField {
                    objectName: "startingPositionField"
                    label: qsTr("How to start")
                    multiLine: true
                    initialText: editor.draft.startingPosition || ""
                    error: editor.errorFor("startingPosition")
                    onEdited: text => editor.setField("startingPosition", text)
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Sides and effort")

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Which side")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                }
                ChoiceChips {
                    objectName: "sideChoices"
                    prefix: "side"
                    choices: App.customTechniques.choices("sides", editor.draft.region || editor.regionId)
                    selected: [editor.draft.side]
                    onToggled: id => editor.setField("side", id)
                }
                FieldError {
                    objectName: "sideError"
                    text: editor.errorFor("side")
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("How firmly to press")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                }
                ChoiceChips {
                    objectName: "intensityChoices"
                    prefix: "intensity"
                    choices: App.customTechniques.choices("intensities")
                    selected: [editor.draft.intensity]
                    onToggled: id => editor.setField("intensity", id)
                }
                FieldError {
                    text: editor.errorFor("intensity")
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Goals")

                ChoiceChips {
                    objectName: "goalChoices"
                    prefix: "goal"
                    choices: App.customTechniques.choices("goals")
                    selected: editor.draft.goals || []
                    onToggled: id => editor.toggleIn("goals", id)
                }
                FieldError {
                    objectName: "goalsError"
                    text: editor.errorFor("goals")
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Equipment")

                ChoiceChips {
                    objectName: "equipmentChoices"
                    prefix: "equipment"
                    choices: App.customTechniques.choices("equipment")
                    selected: editor.draft.equipment || []
                    onToggled: id => editor.toggleIn("equipment", id)
                }
                FieldError {
                    objectName: "equipmentError"
                    text: editor.errorFor("equipment")
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Safety")

                LabeledField {
                    objectName: "cautionsField"
                    label: qsTr("When to stop (one per line)")
                    multiLine: true
                    initialText: (editor.draft.cautions || []).join("\n")
                    error: editor.errorsOf("cautions")
                    onEdited: text => editor.setField("cautions", text.split("\n"))
                }
                LabeledField {
                    objectName: "contraindicationsField"
                    label: qsTr("When not to do it at all (one per line)")
                    multiLine: true
                    initialText: (editor.draft.contraindications || []).join("\n")
                    error: editor.errorsOf("contraindications")
                    onEdited: text => editor.setField("contraindications", text.split("\n"))
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Steps")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            FieldError {
                objectName: "stepsError"
                text: editor.errorFor("steps")
            }

            Repeater {
                objectName: "stepCards"
                // A new list when steps come or go: the cards read their step once.
                model: {
                    editor.stepLayout;
                    return editor.draft.steps.length;
                }
                delegate: StepCard {
                    owner: editor // qmllint disable unqualified
                }
            }

            AppButton {
                objectName: "addStepButton"
                visible: editor.draft.steps.length < 8
                tone: "secondary"
                text: qsTr("Add a step")
                onClicked: editor.addStep()
            }

            AppButton {
                objectName: "deleteTechniqueButton"
                visible: !editor.isNew
                Layout.topMargin: Theme.spaceL
                tone: editor.confirmingDelete ? "danger" : "secondary"
                text: editor.confirmingDelete ? qsTr("Delete it and its recordings") : qsTr("Delete this technique")
                onClicked: {
                    if (editor.confirmingDelete)
                        editor.removeTechnique();
                    else
                        editor.confirmingDelete = true;
                }
            }
        }
    }

    footer: Rectangle {
        implicitHeight: saveButton.implicitHeight + Theme.spaceM * 2
        color: Theme.background

        Rectangle {
            anchors.top: parent.top
            width: parent.width
            height: 1
            color: Theme.outline
        }
        AppButton {
            id: saveButton
            objectName: "saveTechniqueButton"
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            enabled: !editor.recorder.recording
            text: qsTr("Save")
            Accessible.name: qsTr("Save the technique")
            onClicked: editor.save()
        }
    }
}
