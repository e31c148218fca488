// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// One technique of the plan: what, which side, how often, today's state; and moving it up or
// down, changing it, removing it.
Rectangle {
    id: row

    required property int index
    required property string title
    required property string sideText
    required property string scheduleText
    required property string statusText
    required property string status
    property int count: 0

    signal moveRequested(int from, int to)
    signal editRequested(int row)
    signal removeRequested(int row)

    objectName: "planEntry_" + index
    implicitHeight: column.implicitHeight + Theme.spaceS * 2
    radius: Theme.radiusS
    color: Theme.surface
    border.color: Theme.outline
    border.width: 1

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spaceS
        anchors.leftMargin: Theme.spaceM
        spacing: Theme.spaceXs

        Label {
            Layout.fillWidth: true
            text: row.title
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: (row.sideText.length > 0 ? row.sideText + " · " : "") + row.scheduleText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "planEntryStatus"
            Layout.fillWidth: true
            text: row.statusText
            color: row.status === "due" ? Theme.primary : Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            font.weight: row.status === "due" ? Font.DemiBold : Font.Normal
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceXs

            ToolButton {
                objectName: "moveUp"
                font.pixelSize: Theme.fontHeading
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                enabled: row.index > 0
                text: "↑"
                Accessible.name: qsTr("Move %1 up").arg(row.title)
                onClicked: row.moveRequested(row.index, row.index - 1)
            }
            ToolButton {
                objectName: "moveDown"
                font.pixelSize: Theme.fontHeading
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                enabled: row.index < row.count - 1
                text: "↓"
                Accessible.name: qsTr("Move %1 down").arg(row.title)
                onClicked: row.moveRequested(row.index, row.index + 1)
            }
            Item {
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "editEntry"
                font.pixelSize: Theme.fontLabel
                // As written, like every other button (Material would set it in capitals).
                font.capitalization: Font.MixedCase
                implicitHeight: Theme.touchTarget
                text: qsTr("Change")
                Accessible.name: qsTr("Change %1").arg(row.title)
                onClicked: row.editRequested(row.index)
            }
            ToolButton {
                objectName: "removeEntry"
                font.pixelSize: Theme.fontLabel
                // As written, like every other button (Material would set it in capitals).
                font.capitalization: Font.MixedCase
                implicitHeight: Theme.touchTarget
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove %1 from the plan").arg(row.title)
                onClicked: row.removeRequested(row.index)
            }
        }
    }
}
