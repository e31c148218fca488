// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// One line of "Are reminders working?": what, its state, and a button to the system setting.
// Hidden where the platform has no such thing.
RowLayout {
    id: item

    property string name
    property string status
    property string statusText
    property string setting

    visible: status !== "notApplicable" && status !== ""
    spacing: Theme.spaceS

    Column {
        Layout.fillWidth: true
        Label {
            width: parent.width
            text: item.name
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            text: item.statusText
            color: item.status === "allowed" ? Theme.primary : Theme.caution
            font.pixelSize: Theme.fontLabel
            font.weight: Font.Medium
        }
    }
    AppButton {
        tone: "secondary"
        visible: item.status !== "allowed"
        text: qsTr("Open settings")
        Accessible.name: qsTr("Open the setting for %1").arg(item.name)
        onClicked: App.reminders.health.openSystemSetting(item.setting)
    }
}
