// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// One step's own voice: record (the microphone is asked for the first time), stop, listen,
// record again, delete. `file` is the step's recording; `recordingHere` says the recorder works
// for this step right now.
ColumnLayout {
    id: bar

    required property int stepNumber
    property string file
    property bool recordingHere: false
    readonly property VoiceRecorder recorder: App.customTechniques.recorder
    readonly property bool busy: recorder.recording || recorder.state === VoiceRecorder.Finishing || recorder.state === VoiceRecorder.AskingPermission

    signal recordRequested
    signal deleteRequested

    Layout.fillWidth: true
    spacing: Theme.spaceXs

    Label {
        objectName: "voiceStatus_" + bar.stepNumber
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontLabel
        color: bar.recordingHere && bar.recorder.recording ? Theme.danger : Theme.textSecondary
        text: bar.recordingHere && bar.recorder.recording ? qsTr("Recording… %1 s").arg(bar.recorder.seconds) : bar.file.length > 0 ? qsTr("Your voice is recorded for this step.") : qsTr("No recording: the phone reads the words aloud.")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS

        AppButton {
            objectName: "recordButton_" + bar.stepNumber
            tone: bar.recordingHere && bar.recorder.recording ? "danger" : "secondary"
            enabled: bar.recordingHere || !bar.busy
            text: bar.recordingHere && bar.recorder.recording ? qsTr("Stop") : bar.file.length > 0 ? qsTr("Record again") : qsTr("Record")
            Accessible.name: bar.recordingHere && bar.recorder.recording ? qsTr("Stop recording step %1").arg(bar.stepNumber) : bar.file.length > 0 ? qsTr("Record step %1 again").arg(bar.stepNumber) : qsTr("Record your voice for step %1").arg(bar.stepNumber)
            onClicked: {
                if (bar.recordingHere && bar.recorder.recording)
                    bar.recorder.stop();
                else
                    bar.recordRequested();
            }
        }
        AppButton {
            objectName: "playButton_" + bar.stepNumber
            visible: bar.file.length > 0
            tone: "secondary"
            enabled: !bar.busy
            text: bar.recorder.playingFile === bar.file ? qsTr("Stop listening") : qsTr("Listen")
            Accessible.name: bar.recorder.playingFile === bar.file ? qsTr("Stop listening to step %1").arg(bar.stepNumber) : qsTr("Listen to step %1").arg(bar.stepNumber)
            onClicked: {
                if (bar.recorder.playingFile === bar.file)
                    bar.recorder.stopPlaying();
                else
                    bar.recorder.play(bar.file);
            }
        }
        AppButton {
            objectName: "deleteRecordingButton_" + bar.stepNumber
            visible: bar.file.length > 0
            tone: "secondary"
            enabled: !bar.busy
            text: qsTr("Delete recording")
            Accessible.name: qsTr("Delete the recording of step %1").arg(bar.stepNumber)
            onClicked: bar.deleteRequested()
        }
    }
}
