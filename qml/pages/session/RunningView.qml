// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// The steps as they run: where we are, the words in large type, the timing and the controls.
Item {
    id: view

    readonly property GuidedSession session: App.session

    signal stopRequested

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Math.max(Theme.spaceM, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        anchors.bottomMargin: Theme.spaceM
        spacing: Theme.spaceM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS

            Label {
                objectName: "stepCounter"
                Layout.fillWidth: true
                text: view.session.partCount > 1 ? qsTr("Technique %1 of %2 · step %3 of %4").arg(view.session.partIndex + 1).arg(view.session.partCount).arg(view.session.stepNumber).arg(view.session.stepsPerSide) : qsTr("Step %1 of %2").arg(view.session.stepNumber).arg(view.session.stepsPerSide)
                color: Theme.primary
                font.pixelSize: Theme.fontLabel
                font.weight: Font.DemiBold
            }
            Chip {
                objectName: "sideChip"
                visible: view.session.side.length > 0 || view.session.passCount > 1
                text: view.session.side === "left" ? qsTr("Left side") : view.session.side === "right" ? qsTr("Right side") : view.session.pass === 0 ? qsTr("First side") : qsTr("Second side")
            }
        }

        // Where the words come from: the practitioner's recording, the bundled narration, the
        // phone's voice, or captions only.
        Label {
            objectName: "voiceSourceLabel"
            Layout.fillWidth: true
            visible: text.length > 0
            text: {
                switch (view.session.voiceSource) {
                case "recording":
                    return qsTr("Voice: your recording");
                case "speech":
                    return qsTr("Voice: the phone reads aloud");
                case "captions":
                    return qsTr("Voice: captions and a chime");
                case "narration":
                    return qsTr("Voice: the app's narration");
                }
                return "";
            }
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, view.session.stepCount)
            value: view.session.stepIndex + 1
            Accessible.name: qsTr("Session progress")
        }

        Banner {
            objectName: "interruptedBanner"
            Layout.fillWidth: true
            text: view.session.interrupted ? qsTr("Paused while you were away. Tap Resume when you are ready.") : ""
            onDismissed: view.session.resume()
        }

        // The spoken safety line, shown while the first step runs.
        Label {
            objectName: "safetyLine"
            Layout.fillWidth: true
            visible: view.session.stepIndex === 0 && text.length > 0
            text: view.session.safetyLine
            color: Theme.caution
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Safety: %1").arg(text)
        }

        // Where to press and which way to move, large: built after the page, named by file so
        // not even its type loads before then. Room is kept while it loads (no jump), given
        // back for a step without one, and on a short screen it gives way to the words.
        Loader {
            id: pictureLoader

            property bool hasPicture: true

            function pictureLoaded(picture) {
                picture.objectName = "stepPicture";
                picture.techniqueId = Qt.binding(() => view.session.techniqueId);
                picture.stepIndex = Qt.binding(() => view.session.stepNumber - 1);
                picture.side = Qt.binding(() => view.session.side);
                picture.pass = Qt.binding(() => view.session.pass);
                pictureLoader.hasPicture = Qt.binding(() => picture.frame.valid);
            }

            objectName: "stepPictureLoader"
            Layout.fillWidth: true
            // Takes what the words and controls leave, up to its own size: it never pushes the
            // controls off a short screen.
            Layout.fillHeight: hasPicture
            Layout.preferredHeight: Layout.maximumHeight
            Layout.maximumHeight: hasPicture ? Math.round(Math.min(view.height * 0.36, view.width * 0.9)) : 0
            Layout.minimumHeight: 0
            visible: hasPicture
            active: view.session.techniqueId.length > 0
            asynchronous: true
            source: "../../pictures/StepPictureView.qml"
            onLoaded: pictureLoader.pictureLoaded(item)
        }

        Label {
            objectName: "stepCaption"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchTarget * 2
            // Between two techniques of a plan run: what comes next.
            text: view.session.activity === "transition" ? qsTr("Next: %1").arg(view.session.title) : view.session.stepText
            color: Theme.text
            // Larger on wide screens (a tablet propped up across the room); shrinks to fit.
            font.pixelSize: Math.round(Theme.fontDisplay * Math.min(1.5, Math.max(1, width / 420)))
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            fontSizeMode: Text.VerticalFit
            minimumPixelSize: Theme.fontTitle
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: view.session.stepCue
        }

        TimingDisplay {
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceM

            RoundButton {
                objectName: "backButton"
                Layout.preferredWidth: Theme.touchTarget + Theme.spaceS
                Layout.preferredHeight: Theme.touchTarget + Theme.spaceS
                icon.source: "qrc:/assets/icons/back.svg"
                icon.color: Theme.text
                flat: true
                Accessible.name: qsTr("Previous step")
                onClicked: view.session.back()
            }
            AppButton {
                objectName: "pauseButton"
                Layout.fillWidth: true
                text: view.session.paused ? qsTr("Resume") : qsTr("Pause")
                onClicked: view.session.paused ? view.session.resume() : view.session.pause()
            }
            RoundButton {
                objectName: "nextButton"
                Layout.preferredWidth: Theme.touchTarget + Theme.spaceS
                Layout.preferredHeight: Theme.touchTarget + Theme.spaceS
                icon.source: "qrc:/assets/icons/skip.svg"
                icon.color: Theme.text
                flat: true
                Accessible.name: view.session.stepIndex + 1 >= view.session.stepCount ? qsTr("Finish") : qsTr("Next step")
                onClicked: view.session.next()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS

            Switch {
                objectName: "voiceSwitch"
                text: qsTr("Voice")
                checked: !view.session.voiceOff
                onToggled: view.session.voiceOff = !checked
                Accessible.name: qsTr("Spoken guidance")
            }
            Slider {
                objectName: "volumeSlider"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                enabled: !view.session.voiceOff
                from: 0
                to: 1
                value: App.settings.voiceVolume
                onMoved: App.settings.voiceVolume = value
                Accessible.name: qsTr("Volume")
            }
            AppButton {
                objectName: "stopButton"
                tone: "secondary"
                text: qsTr("End")
                onClicked: view.stopRequested()
            }
        }
    }
}
