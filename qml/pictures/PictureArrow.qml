// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes

// An arrow from one point to another in its parent's coordinates, straight or bowed (bend
// -1..1, to the arrow's left when positive), with a filled head.
Shape {
    id: arrow

    property point from
    property point to
    property real bend: 0
    property color color: "black"
    property real lineWidth: 2
    property bool dashed: false
    // Stop this far short of `to` (to end at a marker's edge, not under it).
    property real shorten: 0

    readonly property real length: Math.hypot(to.x - from.x, to.y - from.y)
    readonly property real ux: length > 0 ? (to.x - from.x) / length : 0
    readonly property real uy: length > 0 ? (to.y - from.y) / length : 0
    readonly property point end: Qt.point(to.x - ux * shorten, to.y - uy * shorten)
    // The bow's control point: off the middle, square to the arrow.
    readonly property point control: Qt.point((from.x + end.x) / 2 + uy * bend * length / 2, (from.y + end.y) / 2 - ux * bend * length / 2)
    // The head points back along the curve's last direction.
    readonly property real tangentLength: Math.max(0.001, Math.hypot(end.x - control.x, end.y - control.y))
    readonly property real tx: (end.x - control.x) / tangentLength
    readonly property real ty: (end.y - control.y) / tangentLength
    readonly property real headLength: lineWidth * 3.6
    readonly property real headHalfWidth: lineWidth * 2.2

    ShapePath {
        fillColor: "transparent"
        strokeColor: arrow.color
        strokeWidth: arrow.lineWidth
        strokeStyle: arrow.dashed ? ShapePath.DashLine : ShapePath.SolidLine
        dashPattern: [2, 2]
        capStyle: ShapePath.RoundCap
        startX: arrow.from.x
        startY: arrow.from.y
        PathQuad {
            x: arrow.end.x - arrow.tx * arrow.headLength * 0.6
            y: arrow.end.y - arrow.ty * arrow.headLength * 0.6
            controlX: arrow.control.x
            controlY: arrow.control.y
        }
    }
    ShapePath {
        fillColor: arrow.color
        strokeColor: arrow.color
        strokeWidth: 1
        joinStyle: ShapePath.RoundJoin
        startX: arrow.end.x
        startY: arrow.end.y
        PathLine {
            x: arrow.end.x - arrow.tx * arrow.headLength - arrow.ty * arrow.headHalfWidth
            y: arrow.end.y - arrow.ty * arrow.headLength + arrow.tx * arrow.headHalfWidth
        }
        PathLine {
            x: arrow.end.x - arrow.tx * arrow.headLength + arrow.ty * arrow.headHalfWidth
            y: arrow.end.y - arrow.ty * arrow.headLength - arrow.tx * arrow.headHalfWidth
        }
        PathLine {
            x: arrow.end.x
            y: arrow.end.y
        }
    }
}
