// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot

// A small rounded label for a fact (intensity, equipment).
Rectangle {
    id: chip

    property alias text: label.text

    implicitWidth: label.implicitWidth + Theme.spaceM * 1.5
    implicitHeight: 32
    radius: 16
    color: Theme.primarySoft

    Label {
        id: label
        anchors.centerIn: parent
        color: Theme.text
        font.pixelSize: Theme.fontCaption
    }
}
