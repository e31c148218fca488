// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot

// A round day-of-the-week toggle; a screen reader hears the whole day name and whether it is
// chosen.
AbstractButton {
    id: toggle

    property string dayName
    property string shortName

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    // Not checkable: the editor owns the state, so a tap never breaks the `checked` binding.
    checkable: false
    focusPolicy: Qt.StrongFocus
    text: shortName
    Accessible.role: Accessible.CheckBox
    Accessible.name: dayName
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        radius: width / 2
        color: toggle.checked ? Theme.primary : Theme.surface
        border.width: toggle.visualFocus ? 2 : 1
        border.color: toggle.visualFocus ? Theme.focus : Theme.outline
    }
    contentItem: Text {
        text: toggle.shortName.slice(0, 2)
        color: toggle.checked ? Theme.textOnPrimary : Theme.text
        font.pixelSize: Theme.fontLabel
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
