// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// One technique in a list: title, what it is for, and what it takes (minutes, intensity,
// equipment, sides). A delegate of TechniqueListModel: its properties are the model's roles.
ItemDelegate {
    id: row

    required property string techniqueId
    required property string title
    required property string purpose
    required property string facts

    implicitHeight: Math.max(Theme.touchTarget + Theme.spaceM, implicitContentHeight + Theme.spaceM * 2)
    leftPadding: Theme.spaceM
    rightPadding: Theme.spaceS
    Accessible.name: title + ". " + facts + ". " + purpose
    Accessible.role: Accessible.Button

    background: Rectangle {
        color: row.down ? Theme.surfaceRaised : Theme.surface
        border.color: row.visualFocus ? Theme.focus : "transparent"
        border.width: 2
        radius: Theme.radiusS

        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.leftMargin: Theme.spaceM
            height: 1
            color: Theme.outline
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spaceS

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceXs

            Label {
                Layout.fillWidth: true
                text: row.title
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "techniqueFacts"
                Layout.fillWidth: true
                text: row.facts
                color: Theme.primary
                font.pixelSize: Theme.fontCaption
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: row.purpose
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
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
