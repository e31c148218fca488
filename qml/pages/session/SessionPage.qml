// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// The guided session: the current step's words in large type while its narration plays.
Page {
    id: page

    property bool done: false
    property bool completed: false

    signal closeRequested

    objectName: "sessionPage"
    background: Rectangle {
        color: Theme.background
    }

    Connections {
        target: App.session
        function onFinished(completed) {
            page.completed = completed;
            page.done = true;
        }
    }

    header: PageHeader {
        title: App.session.active ? App.session.title : qsTr("Session ended")
        subtitle: App.session.active ? App.catalog.regionName(App.session.regionId) : ""
        showBack: false
    }

    ColumnLayout {
        visible: !page.done
        anchors.fill: parent
        anchors.leftMargin: Math.max(Theme.spaceM, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        anchors.bottomMargin: Theme.spaceL
        spacing: Theme.spaceL

        Label {
            objectName: "stepCounter"
            text: qsTr("Step %1 of %2").arg(App.session.stepIndex + 1).arg(App.session.stepCount)
            color: Theme.primary
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
        }

        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, App.session.stepCount)
            value: App.session.stepIndex + 1
            Accessible.name: qsTr("Session progress")
        }

        Label {
            objectName: "stepCaption"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: App.session.stepText
            color: Theme.text
            font.pixelSize: Theme.fontDisplay
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: App.session.stepCue
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceM

            AppButton {
                objectName: "stopButton"
                Layout.fillWidth: true
                tone: "secondary"
                text: qsTr("End session")
                onClicked: App.session.stop()
            }
            AppButton {
                objectName: "nextButton"
                Layout.fillWidth: true
                text: App.session.stepIndex + 1 >= App.session.stepCount ? qsTr("Finish") : qsTr("Next step")
                onClicked: App.session.next()
            }
        }
    }

    ColumnLayout {
        objectName: "sessionDone"
        visible: page.done
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spaceXl * 2, Theme.contentMaxWidth)
        spacing: Theme.spaceM

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: page.completed ? qsTr("Well done") : qsTr("Session ended early")
            color: Theme.text
            font.pixelSize: Theme.fontDisplay
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("This session is saved in your progress.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        AppButton {
            objectName: "doneButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 200
            text: qsTr("Done")
            onClicked: page.closeRequested()
        }
    }
}
