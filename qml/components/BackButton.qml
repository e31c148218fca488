// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot

// The way back to the previous page, in a page header.
ToolButton {
    objectName: "backButton"
    anchors.fill: parent
    icon.source: "qrc:/assets/icons/back.svg"
    icon.color: Theme.text
    Accessible.name: qsTr("Back")
}
