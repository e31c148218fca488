// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// A titled block of content on a raised surface. Children stack vertically.
Rectangle {
    id: card

    property string title
    property color tint: Theme.surface
    property color titleColor: Theme.textSecondary
    default property alias content: body.data

    implicitHeight: body.implicitHeight + Theme.spaceM * 2
    radius: Theme.radiusM
    color: tint
    border.color: Theme.outline
    border.width: tint === Theme.surface ? 1 : 0

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: Theme.spaceM
        spacing: Theme.spaceS

        Label {
            visible: card.title.length > 0
            Layout.fillWidth: true
            text: card.title
            color: card.titleColor
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.6
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
    }
}
