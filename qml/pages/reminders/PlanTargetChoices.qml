// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// The reminder editor's two plan choices: start today's plan, or open My plan (whose
// notification then offers "Start now"). Part of the editor's "Opens" radio group.
ColumnLayout {
    id: choices

    // The editor's radio group and its current choice ("plan", "planStart", ...).
    property ButtonGroup group
    property string opens
    property bool planIsEmpty: false

    signal chosen(string kind)

    spacing: 0

    RadioButton {
        objectName: "opensPlanStart"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        ButtonGroup.group: choices.group
        text: qsTr("Start today's plan")
        Accessible.name: text
        checked: choices.opens === "planStart"
        onClicked: choices.chosen("planStart")
    }
    RadioButton {
        objectName: "opensPlan"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        ButtonGroup.group: choices.group
        text: qsTr("My plan, with “Start now”")
        Accessible.name: qsTr("My plan, with Start now")
        checked: choices.opens === "plan"
        onClicked: choices.chosen("plan")
    }
    Label {
        objectName: "planEmptyNote"
        Layout.fillWidth: true
        visible: choices.planIsEmpty && (choices.opens === "plan" || choices.opens === "planStart")
        wrapMode: Text.Wrap
        text: qsTr("Your plan is empty: add techniques to it under My plan, on the body map.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontLabel
    }
}
