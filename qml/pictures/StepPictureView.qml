// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Unknot
import Unknot.Core

// A step's picture: the body figure zoomed to the step's region, where to press (a marker for
// thumb, fingers, a grip or a ball) and which way to move, mirrored for the side being worked.
// The drawing data comes from StepPictureFrame; this item only draws it, in the theme's colours.
Item {
    id: picture

    property alias catalog: frame.catalog
    property alias techniqueId: frame.techniqueId
    property alias stepIndex: frame.stepIndex
    property alias side: frame.side
    property alias pass: frame.pass
    // Whether to name the tool in a small label (large pictures have room for it).
    property bool showToolLabel: true
    readonly property alias frame: frame
    // The figure's fill, and the region's tint over it (tests check a pin lands on the tint).
    readonly property color figureFill: Theme.surfaceRaised
    readonly property color regionTint: Theme.primary
    readonly property real regionTintAlpha: 0.22

    // Marker sizes follow the picture, within what stays legible and tappable-looking.
    readonly property real markerRadius: Math.max(5, Math.min(14, Math.min(width, height) / 16))
    readonly property real lineWidth: Math.max(2, markerRadius / 3.5)

    function toolName(tool) {
        switch (tool) {
        case "thumb":
            return qsTr("Thumb");
        case "fingers":
            return qsTr("Fingertips");
        case "grip":
            return qsTr("Fingers and thumb");
        case "ball":
            return qsTr("Ball");
        }
        return "";
    }
    function withAlpha(c, a) {
        return Qt.rgba(c.r, c.g, c.b, a);
    }

    implicitWidth: 160
    implicitHeight: 160
    visible: frame.valid
    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: frame.description

    StepPictureFrame {
        id: frame

        catalog: App.catalog
        viewWidth: picture.width
        viewHeight: picture.height
    }

    Rectangle {
        anchors.fill: parent
        radius: Theme.radiusS
        color: Theme.surface
        border.color: Theme.outline
    }

    // The figure and the arrows, in a layer: on the GPU it multisamples them (Shapes have no
    // antialiasing of their own); in Qt Quick's software renderer it keeps them in their place
    // (a Shape drawn there directly ignores clipping and stacking, and showed over the
    // page's footer).
    Item {
        id: drawing

        anchors.fill: parent
        layer.enabled: true
        layer.samples: 4
        layer.smooth: true

        Shape {
            id: figureShape

            objectName: "pictureFigure"
            anchors.fill: parent

            ShapePath {
                fillColor: picture.figureFill
                strokeColor: Theme.textSecondary
                strokeWidth: 1.5
                joinStyle: ShapePath.RoundJoin
                PathSvg {
                    path: frame.silhouette
                }
            }
            ShapePath {
                fillColor: "transparent"
                strokeColor: picture.withAlpha(Theme.textSecondary, 0.45)
                strokeWidth: 1
                capStyle: ShapePath.RoundCap
                PathSvg {
                    path: frame.details
                }
            }
            ShapePath {
                fillColor: picture.withAlpha(picture.regionTint, picture.regionTintAlpha)
                strokeColor: picture.regionTint
                strokeWidth: 1.5
                joinStyle: ShapePath.RoundJoin
                PathSvg {
                    path: frame.regionPath
                }
            }
        }

        // The way the body moves (move and position steps).
        PictureArrow {
            objectName: "moveArrow"
            anchors.fill: parent
            visible: frame.hasArrow
            from: frame.arrowFromAt
            to: frame.arrowToAt
            bend: frame.arrowBend
            color: Theme.accent
            lineWidth: picture.lineWidth
        }

        // Where the hold moves to in a shift step: from the old spot (a hollow ring) to the new.
        Rectangle {
            readonly property point at: frame.shiftFromAt

            visible: frame.hasShift
            x: at.x - width / 2
            y: at.y - height / 2
            width: picture.markerRadius * 1.6
            height: width
            radius: width / 2
            color: "transparent"
            border.color: Theme.textSecondary
            border.width: Math.max(1.5, picture.lineWidth * 0.75)
        }
        PictureArrow {
            objectName: "shiftArrow"
            anchors.fill: parent
            visible: frame.hasShift
            from: frame.shiftFromAt
            to: frame.pinAt
            shorten: picture.markerRadius * 1.2
            dashed: true
            color: Theme.textSecondary
            lineWidth: Math.max(1.5, picture.lineWidth * 0.75)
        }
    }

    PinMarker {
        objectName: "pinMarker"
        readonly property point at: frame.pinAt

        visible: frame.hasPin
        tool: frame.tool
        radius: picture.markerRadius
        x: at.x - width / 2
        y: at.y - height / 2
    }

    Text {
        objectName: "toolLabel"
        visible: picture.showToolLabel && frame.hasPin
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spaceS
        text: picture.toolName(frame.tool)
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
        Accessible.ignored: true
    }
}
