// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot

// A chip that narrows a list when selected (e.g. to one goal). Whoever owns the filter sets
// `selected`; a tap only emits clicked. The tappable area is a full touch target; the drawn pill
// inside it is smaller.
AbstractButton {
    id: chip

    property bool selected

    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spaceM
    rightPadding: Theme.spaceM
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontLabel
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.name: text
    Accessible.checked: selected

    background: Item {
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: 36
            radius: height / 2
            color: chip.selected ? Theme.primary : (chip.down ? Theme.surfaceRaised : Theme.surface)
            border.width: chip.visualFocus ? 2 : 1
            border.color: chip.visualFocus ? Theme.focus : (chip.selected ? Theme.primary : Theme.outline)
        }
    }

    contentItem: Text {
        text: chip.text
        font: chip.font
        color: chip.selected ? Theme.textOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
