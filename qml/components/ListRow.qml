// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// A tappable row in a list: its text, an optional detail line and trailing text, and a chevron.
ItemDelegate {
    id: row

    property string detail
    property string trailing
    property bool dimmed: false

    implicitHeight: Math.max(Theme.touchTarget + Theme.spaceM, implicitContentHeight + Theme.spaceM * 2)
    leftPadding: Theme.spaceM
    rightPadding: Theme.spaceS
    Accessible.name: detail.length > 0 ? text + ", " + detail : text
    Accessible.role: Accessible.Button

    background: Rectangle {
        color: row.down ? Theme.surfaceRaised : (row.hovered ? Qt.tint(Theme.surface, "#08000000") : Theme.surface)
        border.color: row.visualFocus ? Theme.focus : "transparent"
        border.width: 2
        radius: Theme.radiusS

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.leftMargin: Theme.spaceM
            // Inset at both ends: it stays inside the rounded corners.
            anchors.rightMargin: Theme.spaceM
            height: 1
            color: Theme.outline
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spaceS

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: row.text
                color: row.dimmed ? Theme.textSecondary : Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: row.detail.length > 0
                text: row.detail
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Label {
            visible: row.trailing.length > 0
            text: row.trailing
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
        }
        Image {
            Layout.preferredWidth: 20
            Layout.preferredHeight: 20
            source: "qrc:/assets/icons/chevron-right.svg"
            sourceSize.width: 20
            sourceSize.height: 20
            opacity: 0.45
        }
    }
}
