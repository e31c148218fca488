// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// After the steps: how it went, the pain now and an optional note; saving closes the session.
ScrollView {
    id: view

    property string regionName

    signal saved

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        objectName: "sessionDone"
        width: Math.min(view.availableWidth - Theme.spaceM * 2, Theme.contentMaxWidth)
        x: (view.availableWidth - width) / 2
        spacing: Theme.spaceL

        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceL
            spacing: Theme.spaceXs

            Label {
                Layout.fillWidth: true
                text: App.session.completed ? qsTr("Well done") : qsTr("Session ended early")
                color: Theme.text
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 of %2 steps done.").arg(App.session.stepsCompleted).arg(App.session.stepCount)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }

        PainScale {
            id: scale
            objectName: "painAfter"
            Layout.fillWidth: true
            question: qsTr("And your %1 now?").arg(view.regionName.toLowerCase())
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceXs

            Label {
                text: qsTr("Note (optional)")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
            }
            TextArea {
                id: note
                objectName: "noteField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                placeholderText: qsTr("How did it feel?")
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Accessible.name: qsTr("Note")
            }
        }

        AppButton {
            objectName: "doneButton"
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spaceL
            text: qsTr("Save session")
            onClicked: {
                App.session.finish(scale.value, note.text);
                view.saved();
            }
        }
    }
}
