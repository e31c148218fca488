// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot

// Pain before and after each session (0-10), oldest on the left, drawn on a Canvas (works with
// the software renderer). Before is a dashed muted line, after the solid primary one.
Item {
    id: chart

    // [{ date, before (-1: not rated), after (-1: not rated) }]
    property var points: []
    property string summary

    implicitHeight: 200
    Accessible.role: Accessible.Chart
    Accessible.name: summary

    Canvas {
        id: canvas

        readonly property color lineAfter: Theme.primary
        readonly property color lineBefore: Theme.textSecondary
        readonly property color gridColour: Theme.outline
        readonly property color labelColour: Theme.textSecondary
        readonly property int labelSize: Theme.fontCaption2
        readonly property real plotLeft: Theme.spaceL
        readonly property real plotBottom: height - Theme.spaceL
        readonly property real plotTop: Theme.spaceS

        function xAt(i) {
            const n = chart.points.length;
            const span = width - plotLeft - Theme.spaceS;
            return n < 2 ? plotLeft + span / 2 : plotLeft + span * i / (n - 1);
        }
        function yAt(v) {
            return plotBottom - (plotBottom - plotTop) * v / 10;
        }
        function series(ctx, key, colour, dashed) {
            ctx.strokeStyle = colour;
            ctx.fillStyle = colour;
            ctx.lineWidth = 2.5;
            ctx.setLineDash(dashed ? [6, 4] : []);
            ctx.beginPath();
            let drawing = false;
            for (let i = 0; i < chart.points.length; ++i) {
                const v = chart.points[i][key];
                if (v < 0) {
                    drawing = false;
                    continue;
                }
                if (drawing)
                    ctx.lineTo(xAt(i), yAt(v));
                else
                    ctx.moveTo(xAt(i), yAt(v));
                drawing = true;
            }
            ctx.stroke();
            ctx.setLineDash([]);
            for (let j = 0; j < chart.points.length; ++j) {
                const w = chart.points[j][key];
                if (w < 0)
                    continue;
                ctx.beginPath();
                ctx.arc(xAt(j), yAt(w), 3.5, 0, 2 * Math.PI);
                ctx.fill();
            }
        }

        anchors.fill: parent
        renderTarget: Canvas.Image
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        onLineAfterChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            ctx.font = labelSize + "px sans-serif";
            ctx.lineWidth = 1;
            for (let v = 0; v <= 10; v += 5) {
                ctx.strokeStyle = gridColour;
                ctx.beginPath();
                ctx.moveTo(plotLeft, yAt(v));
                ctx.lineTo(width - Theme.spaceS, yAt(v));
                ctx.stroke();
                ctx.fillStyle = labelColour;
                ctx.fillText(v, 0, yAt(v) + labelSize / 3);
            }
            const n = chart.points.length;
            if (n > 0) {
                ctx.fillStyle = labelColour;
                ctx.fillText(chart.points[0].date, plotLeft, height - 4);
                const last = chart.points[n - 1].date;
                if (n > 1)
                    ctx.fillText(last, width - Theme.spaceS - ctx.measureText(last).width, height - 4);
            }
            series(ctx, "before", lineBefore, true);
            series(ctx, "after", lineAfter, false);
        }

        Connections {
            target: chart
            function onPointsChanged() {
                canvas.requestPaint();
            }
        }
    }
}
