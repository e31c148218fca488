// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot

// What the colours on the body map mean: the two kinds of region, plus every region state
// currently shown (practitioner clearance, pain trend, ... as later features fill them in).
Flow {
    id: legend

    // [{ state, label, colour }] of the states in use.
    property var states: []
    // Tint of a region with techniques, as the figure draws it.
    property real restAlpha: 0.36

    spacing: Theme.spaceM
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Map legend")

    component Entry: Row {
        id: entry

        property color swatch
        property color edge: "transparent"
        property string text

        spacing: Theme.spaceXs + 2
        Accessible.role: Accessible.ListItem
        Accessible.name: text

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 14
            height: 14
            radius: 4
            color: entry.swatch
            border.color: entry.edge
            border.width: 1
        }
        Text {
            text: entry.text
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
        }
    }

    Entry {
        swatch: Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, legend.restAlpha)
        text: qsTr("Has techniques")
    }
    Entry {
        swatch: Qt.rgba(Theme.textSecondary.r, Theme.textSecondary.g, Theme.textSecondary.b, 0.16)
        edge: Qt.rgba(Theme.textSecondary.r, Theme.textSecondary.g, Theme.textSecondary.b, 0.6)
        text: qsTr("No techniques yet")
    }
    Repeater {
        model: legend.states

        delegate: Entry {
            required property var modelData

            objectName: "legend_" + modelData.state
            swatch: Qt.rgba(modelData.colour.r, modelData.colour.g, modelData.colour.b, 0.6)
            text: modelData.label
        }
    }
}
