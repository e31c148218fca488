// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// What is wrong with the field above, in plain words; takes no space when nothing is.
Label {
    Layout.fillWidth: true
    visible: text.length > 0
    wrapMode: Text.Wrap
    color: Theme.danger
    font.pixelSize: Theme.fontLabel
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
