// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot

// Weekly reminders will live here.
AppPage {
    objectName: "remindersPage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: qsTr("Reminders")
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - Theme.spaceXl * 2
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Weekly reminders are coming in a later version of Unknot.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
}
