// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot

// The app's button: drawn from the design tokens so it looks the same in every style and
// renderer. `tone` is "primary" (filled), "secondary" (outlined) or "danger" (filled, red).
AbstractButton {
    id: button

    property string tone: "primary"
    readonly property color fill: tone === "primary" ? Theme.primary : tone === "danger" ? Theme.danger : "transparent"

    implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget + 4, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spaceS
    leftPadding: Theme.spaceL
    rightPadding: Theme.spaceL
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    focusPolicy: Qt.StrongFocus
    opacity: enabled ? 1 : 0.45
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: height / 2
        color: button.down ? Qt.darker(button.fill, 1.15) : (button.hovered && button.tone !== "secondary" ? Qt.lighter(button.fill, 1.08) : button.fill)
        border.width: button.tone === "secondary" ? 1.5 : 0
        border.color: Theme.outline

        Rectangle {
            anchors.fill: parent
            anchors.margins: -4
            radius: height / 2
            color: "transparent"
            border.width: 2
            border.color: Theme.focus
            visible: button.visualFocus
        }
        Rectangle {
            anchors.fill: parent
            radius: height / 2
            color: Theme.primary
            opacity: button.tone === "secondary" && button.down ? 0.12 : 0
        }
    }

    contentItem: Text {
        text: button.text
        font: button.font
        color: button.tone === "secondary" ? Theme.primary : (button.tone === "danger" ? Theme.textOnDanger : Theme.textOnPrimary)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Large text (the phone's setting) wraps onto more lines instead of being cut short.
        wrapMode: Text.WordWrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }
}
