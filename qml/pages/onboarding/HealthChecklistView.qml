// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// The health checklist: each item a check box, stored as soon as it is changed. Techniques
// that concern a ticked item then say so and ask before they start. Used by the introduction
// and by More.
ColumnLayout {
    id: view

    // What went wrong with the last change ("" when it was stored).
    property string error

    spacing: Theme.spaceXs

    Label {
        Layout.fillWidth: true
        Layout.bottomMargin: Theme.spaceS
        text: qsTr("Tick whatever applies to you now. You can change this any time under More.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontLabel
        wrapMode: Text.Wrap
    }
    Repeater {
        model: App.safety.healthItems
        delegate: CheckBox {
            id: item
            required property var modelData

            objectName: "health_" + modelData.flag
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            checked: modelData.ticked
            text: modelData.question
            font.pixelSize: Theme.fontBody
            Accessible.name: text
            onToggled: () => view.error = App.safety.setHealthAnswer(item.modelData.flag, item.checked)

            contentItem: Text {
                leftPadding: item.indicator.width + item.spacing
                text: item.text
                font: item.font
                color: Theme.text
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
    Label {
        objectName: "healthError"
        Layout.fillWidth: true
        visible: view.error.length > 0
        text: view.error
        color: Theme.danger
        font.pixelSize: Theme.fontLabel
        wrapMode: Text.Wrap
    }
}
