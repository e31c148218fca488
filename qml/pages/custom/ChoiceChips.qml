// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// Picks some of a fixed list ([{id, name}]) with chips; `selected` holds the chosen ids.
Flow {
    id: chips

    required property var choices
    property var selected: []
    // For objectNames: "<prefix>_<id>".
    property string prefix

    signal toggled(string id)

    Layout.fillWidth: true
    spacing: Theme.spaceS

    Repeater {
        model: chips.choices
        delegate: FilterChip {
            required property var modelData

            objectName: chips.prefix + "_" + modelData.id // qmllint disable unqualified
            text: modelData.name
            selected: chips.selected.indexOf(modelData.id) >= 0 // qmllint disable unqualified
            onClicked: () => chips.toggled(modelData.id)
        }
    }
}
