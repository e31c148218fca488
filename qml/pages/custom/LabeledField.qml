// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// A text field with its label above and what is wrong with it below. The text is set once
// (initialText) and reported as typed: the editor keeps the draft, the field keeps the cursor.
ColumnLayout {
    id: field

    property string label
    property string initialText
    property string error
    property string placeholder
    property bool multiLine: false
    readonly property string text: multiLine ? area.text : line.text

    signal edited(string text)

    Layout.fillWidth: true
    spacing: Theme.spaceXs

    Label {
        Layout.fillWidth: true
        text: field.label
        color: Theme.textSecondary
        font.pixelSize: Theme.fontLabel
        wrapMode: Text.Wrap
    }
    TextField {
        id: line
        objectName: field.objectName + "_input"
        visible: !field.multiLine
        Layout.fillWidth: true
        Layout.preferredHeight: visible ? Math.max(Theme.touchTarget, implicitHeight) : 0
        text: field.initialText
        placeholderText: field.placeholder
        font.pixelSize: Theme.fontBody
        Accessible.name: field.label
        Accessible.description: field.error
        onTextEdited: field.edited(text)
    }
    TextArea {
        id: area
        objectName: field.objectName + "_area"
        visible: field.multiLine
        Layout.fillWidth: true
        Layout.preferredHeight: visible ? Math.max(Theme.touchTarget * 2, implicitHeight) : 0
        text: field.initialText
        placeholderText: field.placeholder
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
        Accessible.name: field.label
        Accessible.description: field.error
        onTextChanged: if (activeFocus)
            field.edited(text)
    }
    Label {
        objectName: field.objectName + "_error"
        Layout.fillWidth: true
        visible: text.length > 0
        text: field.error
        wrapMode: Text.Wrap
        color: Theme.danger
        font.pixelSize: Theme.fontLabel
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
