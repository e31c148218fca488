// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot

// Where to press, drawn as what presses: a thumb pad, two fingertips, a grip (fingers on one
// side, thumb on the other) or a massage ball. A ring in the surface colour keeps it readable
// on the figure in light and dark.
Item {
    id: marker

    property string tool
    property real radius: 10

    width: radius * 2
    height: radius * 2

    // Thumb: one broad oval pad.
    Rectangle {
        visible: marker.tool === "thumb"
        anchors.centerIn: parent
        width: marker.radius * 1.5
        height: marker.radius * 2
        radius: width / 2
        rotation: -20
        color: Theme.accent
        border.color: Theme.surface
        border.width: Math.max(1.5, marker.radius / 5)
    }
    // Fingertips: two small pads side by side.
    Rectangle {
        visible: marker.tool === "fingers"
        x: marker.radius - width * 0.95
        anchors.verticalCenter: parent.verticalCenter
        width: marker.radius * 1.15
        height: marker.radius * 1.45
        radius: width / 2
        color: Theme.accent
        border.color: Theme.surface
        border.width: Math.max(1.5, marker.radius / 6)
    }
    Rectangle {
        visible: marker.tool === "fingers"
        x: marker.radius - width * 0.05
        anchors.verticalCenter: parent.verticalCenter
        width: marker.radius * 1.15
        height: marker.radius * 1.45
        radius: width / 2
        color: Theme.accent
        border.color: Theme.surface
        border.width: Math.max(1.5, marker.radius / 6)
    }
    // Grip: fingers and thumb either side of the spot.
    Rectangle {
        visible: marker.tool === "grip"
        x: -marker.radius * 0.3
        anchors.verticalCenter: parent.verticalCenter
        width: marker.radius
        height: marker.radius * 1.6
        radius: width / 2
        color: Theme.accent
        border.color: Theme.surface
        border.width: Math.max(1.5, marker.radius / 6)
    }
    Rectangle {
        visible: marker.tool === "grip"
        x: marker.radius * 1.3
        anchors.verticalCenter: parent.verticalCenter
        width: marker.radius
        height: marker.radius * 1.6
        radius: width / 2
        color: Theme.accent
        border.color: Theme.surface
        border.width: Math.max(1.5, marker.radius / 6)
    }
    // Ball: a larger disc with a highlight.
    Rectangle {
        visible: marker.tool === "ball"
        anchors.centerIn: parent
        width: marker.radius * 2.3
        height: width
        radius: width / 2
        color: Theme.accent
        border.color: Theme.surface
        border.width: Math.max(1.5, marker.radius / 5)
        Rectangle {
            x: parent.width * 0.24
            y: parent.height * 0.2
            width: parent.width * 0.26
            height: width
            radius: width / 2
            color: Qt.rgba(1, 1, 1, 0.55)
        }
    }
    // The exact spot, for every tool.
    Rectangle {
        objectName: "pinDot"
        anchors.centerIn: parent
        width: Math.max(3, marker.radius * 0.45)
        height: width
        radius: width / 2
        color: Theme.surface
    }
}
