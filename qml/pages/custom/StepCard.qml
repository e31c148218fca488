// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// One step of the user's own technique: its kind, words on screen, spoken words, timing and
// the voice recording. Changes go to the editor that owns it (`owner.setStep`).
SectionCard {
    id: card

    required property int index
    required property var owner
    readonly property int number: index + 1
    readonly property var step: owner.draft.steps[index] || ({})
    readonly property var kinds: App.customTechniques.choices("stepKinds")

    function errorOf(key) {
        return card.owner.errorFor("step " + card.number + " " + key);
    }
    function kindIndex() {
        for (let i = 0; i < kinds.length; ++i) {
            if (kinds[i].id === step.kind)
                return i;
        }
        return 0;
    }

    objectName: "stepCard_" + number
    Layout.fillWidth: true
    title: qsTr("Step %1").arg(number)

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Kind")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
        }
        ComboBox {
            objectName: "stepKind_" + card.number
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
            model: card.kinds
            textRole: "name"
            valueRole: "id"
            currentIndex: card.kindIndex()
            Accessible.name: qsTr("Kind of step %1").arg(card.number)
            onActivated: index => card.owner.setStep(card.index, "kind", card.kinds[index].id)
        }
    }
    Label {
        objectName: "stepKindError_" + card.number
        Layout.fillWidth: true
        visible: text.length > 0
        text: card.errorOf("kind")
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontLabel
    }
    LabeledField {
        objectName: "stepText_" + card.number
        label: qsTr("What the screen shows")
        initialText: card.step.text || ""
        error: card.errorOf("text")
        onEdited: text => card.owner.setStep(card.index, "text", text)
    }
    LabeledField {
        objectName: "stepCue_" + card.number
        label: qsTr("What is said (empty: the same words)")
        initialText: card.step.cue || ""
        error: card.errorOf("cue")
        onEdited: text => card.owner.setStep(card.index, "cue", text)
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS

        FilterChip {
            objectName: "stepHold_" + card.number
            text: qsTr("Hold")
            selected: card.step.timing !== "reps"
            Accessible.name: qsTr("Step %1 is a hold").arg(card.number)
            onClicked: card.owner.setStep(card.index, "timing", "hold")
        }
        FilterChip {
            objectName: "stepReps_" + card.number
            text: qsTr("Repetitions")
            selected: card.step.timing === "reps"
            Accessible.name: qsTr("Step %1 is repeated").arg(card.number)
            onClicked: card.owner.setStep(card.index, "timing", "reps")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: card.step.timing !== "reps"
        Label {
            Layout.fillWidth: true
            text: qsTr("Seconds")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
        }
        SpinBox {
            objectName: "stepSeconds_" + card.number
            from: 1
            to: 300
            value: card.step.seconds || 10
            editable: true
            Accessible.name: qsTr("Seconds to hold step %1").arg(card.number)
            onValueModified: card.owner.setStep(card.index, "seconds", value)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: card.step.timing === "reps"
        Label {
            Layout.fillWidth: true
            text: qsTr("Times")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
        }
        SpinBox {
            objectName: "stepRepCount_" + card.number
            from: 1
            to: 30
            value: card.step.reps || 5
            editable: true
            Accessible.name: qsTr("Repetitions of step %1").arg(card.number)
            onValueModified: card.owner.setStep(card.index, "reps", value)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: card.step.timing === "reps"
        Label {
            Layout.fillWidth: true
            text: qsTr("Seconds each")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
        }
        SpinBox {
            objectName: "stepTempo_" + card.number
            from: 1
            to: 20
            value: card.step.tempoSeconds || 3
            editable: true
            Accessible.name: qsTr("Seconds for each repetition of step %1").arg(card.number)
            onValueModified: card.owner.setStep(card.index, "tempoSeconds", value)
        }
    }
    Label {
        objectName: "stepTimingError_" + card.number
        Layout.fillWidth: true
        visible: text.length > 0
        text: card.errorOf("timing")
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontLabel
    }
    VoiceRecorderBar {
        stepNumber: card.number
        file: card.step.recording || ""
        recordingHere: card.owner.recordingStep === card.index
        onRecordRequested: card.owner.recordStep(card.index)
        onDeleteRequested: card.owner.deleteRecording(card.index)
    }
    Label {
        objectName: "stepRecordingError_" + card.number
        Layout.fillWidth: true
        visible: text.length > 0
        text: card.errorOf("recording")
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontLabel
    }
    AppButton {
        objectName: "removeStep_" + card.number
        // Apart from Record, at the other side: it throws the step away.
        Layout.alignment: Qt.AlignRight
        Layout.topMargin: Theme.spaceS
        tone: "secondary"
        visible: card.owner.draft.steps.length > 4
        text: qsTr("Remove step")
        Accessible.name: qsTr("Remove step %1").arg(card.number)
        onClicked: card.owner.removeStep(card.index)
    }
}
