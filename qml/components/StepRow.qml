// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// One step of a technique in its overview: number, what to do, what kind of step and how long.
// A delegate of StepListModel: its properties are the model's roles.
RowLayout {
    id: row

    required property int number
    required property string text
    required property string kindName
    required property string timingText
    // "Pressure 5 of 10", or empty for a step that does not press.
    required property string pressureText

    spacing: Theme.spaceM
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Step %1: %2. %3, %4").arg(number).arg(text).arg(kindName).arg(timingText) + (pressureText.length > 0 ? ". " + pressureText : "")

    Rectangle {
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: 28
        Layout.preferredHeight: 28
        radius: 14
        color: Theme.primarySoft

        Label {
            anchors.centerIn: parent
            text: row.number
            color: Theme.primary
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Bold
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: row.text
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: row.kindName + " \u00b7 " + row.timingText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "pressureTarget"
            Layout.fillWidth: true
            visible: row.pressureText.length > 0
            text: row.pressureText
            color: Theme.primary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
    }
}
