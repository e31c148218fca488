// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// A heading and its safety notes as a bulleted list, for the caution box.
ColumnLayout {
    id: list

    property string heading
    property var notes: []

    spacing: Theme.spaceXs

    Label {
        Layout.fillWidth: true
        text: list.heading
        color: Theme.caution
        font.pixelSize: Theme.fontLabel
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Repeater {
        model: list.notes
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            leftPadding: Theme.spaceM
            text: modelData
            color: Theme.text
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.Wrap

            Rectangle {
                x: Theme.spaceXs
                y: (Theme.fontLabel * 1.4 - height) / 2
                width: 6
                height: 6
                radius: 3
                color: Theme.caution
            }
        }
    }
}
