// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// "Are reminders working?": each thing the phone must allow, with a button to the setting.
Column {
    id: section

    readonly property var health: App.reminders.health

    function stateText(state) {
        switch (state) {
        case "allowed":
            return qsTr("Allowed");
        case "denied":
            return qsTr("Not allowed");
        case "notAsked":
            return qsTr("Not asked yet");
        }
        return "";
    }

    objectName: "reminderHealth"
    spacing: Theme.spaceS

    SectionCard {
        width: parent.width
        title: qsTr("Are reminders working?")

        Label {
            objectName: "healthUnavailable"
            Layout.fillWidth: true
            visible: !section.health.available
            wrapMode: Text.Wrap
            text: qsTr("This device cannot show Unknot's reminders as notifications.")
            color: Theme.caution
            font.pixelSize: Theme.fontBody
        }
        Label {
            objectName: "healthWhileOpen"
            Layout.fillWidth: true
            visible: section.health.available && !section.health.firesWhileClosed
            wrapMode: Text.Wrap
            text: qsTr("On this computer, reminders arrive while Unknot is open.")
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        HealthItem {
            objectName: "healthNotifications"
            Layout.fillWidth: true
            name: qsTr("Notifications")
            status: section.health.notifications
            statusText: section.stateText(section.health.notifications)
            setting: "notifications"
        }
        HealthItem {
            objectName: "healthExactAlarms"
            Layout.fillWidth: true
            name: qsTr("Alarms at the exact time")
            status: section.health.exactAlarms
            statusText: section.stateText(section.health.exactAlarms)
            setting: "exactAlarms"
        }
        HealthItem {
            objectName: "healthBattery"
            Layout.fillWidth: true
            name: qsTr("Runs despite battery saving")
            status: section.health.batteryUnrestricted
            statusText: section.stateText(section.health.batteryUnrestricted)
            setting: "battery"
        }
        Label {
            objectName: "healthScheduled"
            Layout.fillWidth: true
            visible: section.health.available
            wrapMode: Text.Wrap
            text: qsTr("%n notification(s) scheduled.", "", section.health.scheduledCount)
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
        }
    }
}
