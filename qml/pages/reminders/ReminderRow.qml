// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// One reminder in the list: time, days, what it opens, when it fires next; a switch to turn
// it off and on; tap to edit, a button to delete.
ItemDelegate {
    id: row

    required property int index
    required property var reminderId
    required property string title
    required property string time
    required property string weekdaysText
    required property string opensText
    required property string opensLine // "Opens …", or "Starts today's plan"
    required property string plan // "" or, for the plan, "open" / "start"
    required property string nextFire
    required property var model // for model.enabled: the delegate's own `enabled` is taken

    signal editRequested(var reminderId)
    signal deleteRequested(var reminderId)

    objectName: "reminderRow_" + index
    implicitHeight: Math.max(Theme.touchTarget + Theme.spaceM, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spaceM
    rightPadding: Theme.spaceS
    Accessible.name: qsTr("%1, %2, %3. %4. %5. Edit").arg(title).arg(time).arg(weekdaysText).arg(opensLine).arg(nextFire)
    onClicked: row.editRequested(row.reminderId)

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radiusM
        border.color: Theme.outline
    }
    contentItem: RowLayout {
        spacing: Theme.spaceS

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.time
                color: row.model.enabled ? Theme.text : Theme.textSecondary
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: row.weekdaysText + " · " + row.title
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                objectName: "opensLine"
                // Said when the title does not already say it (a plan's may open or start it).
                visible: row.title !== row.opensText || row.plan !== ""
                text: row.opensLine
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "nextFire"
                Layout.fillWidth: true
                text: row.nextFire
                color: row.model.enabled ? Theme.primary : Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                font.weight: Font.Medium
            }
        }
        Switch {
            objectName: "reminderSwitch"
            Layout.preferredHeight: Theme.touchTarget
            checked: row.model.enabled
            Accessible.name: qsTr("Reminder at %1 on").arg(row.time)
            onToggled: App.reminders.setEnabled(row.reminderId, checked)
        }
        ToolButton {
            objectName: "deleteReminder"
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Math.max(Theme.touchTarget, implicitWidth)
            contentItem: Label {
                text: qsTr("Delete")
                font.pixelSize: Theme.fontLabel
                color: Theme.danger
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            Accessible.name: qsTr("Delete the reminder at %1").arg(row.time)
            onClicked: row.deleteRequested(row.reminderId)
        }
    }
}
