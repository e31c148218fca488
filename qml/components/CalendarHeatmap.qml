// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot

// Recent weeks as columns of days (Monday at the top); a day with completed sessions is filled,
// more sessions more strongly. Days still to come are left out.
Item {
    id: heatmap

    // Completed sessions per day from a Monday on; -1 for days still to come.
    property var counts: []
    property date startDate
    property string summary

    readonly property int weeks: Math.ceil(counts.length / 7)
    // Grows with the card on tablets, but stays a grid of small squares, not tiles.
    readonly property real cell: Math.min(28, (width - Theme.spaceL - (weeks - 1) * 3) / Math.max(1, weeks))

    function dayNames(size) {
        const names = [qsTr("M"), "", qsTr("W"), "", qsTr("F"), "", qsTr("S")];
        let out = [];
        for (let k = 0; k < names.length; ++k)
            out.push({
                    "name": names[k],
                    "size": size
                });
        return out;
    }

    // Weeks (columns) in which a month begins, with the month's short name.
    function monthStarts(start, weekCount, size) {
        let out = [];
        for (let w = 0; w < weekCount; ++w) {
            const monday = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 7 * w);
            if (monday.getDate() <= 7)
                out.push({
                        "x": Theme.spaceL + w * (size + 3),
                        "name": Qt.locale().standaloneMonthName(monday.getMonth(), Locale.ShortFormat)
                    });
        }
        return out;
    }

    implicitHeight: cell * 7 + 3 * 6 + Theme.fontCaption2 + Theme.spaceS
    Accessible.role: Accessible.Chart
    Accessible.name: summary

    Column {
        id: dayNames

        y: Theme.fontCaption2 + Theme.spaceXs
        spacing: 3

        Repeater {
            model: heatmap.dayNames(heatmap.cell)

            delegate: Label {
                required property var modelData

                height: modelData.size
                width: Theme.spaceL - Theme.spaceXs
                verticalAlignment: Text.AlignVCenter
                text: modelData.name
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption2
            }
        }
    }

    // The month's name above the column where it starts: a handful of texts, not one per day.
    Repeater {
        model: heatmap.monthStarts(heatmap.startDate, heatmap.weeks, heatmap.cell)

        delegate: Text {
            id: monthLabel

            required property var modelData

            x: monthLabel.modelData.x
            text: monthLabel.modelData.name
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption2
        }
    }

    // Every day drawn by one item: a Repeater of day squares built over a hundred items each
    // time the overview opened, which alone cost more than a frame.
    Canvas {
        id: grid

        x: Theme.spaceL
        y: Theme.fontCaption2 + Theme.spaceXs
        width: Math.max(1, heatmap.weeks * (heatmap.cell + 3) - 3)
        height: Math.max(1, 7 * (heatmap.cell + 3) - 3)

        // Read here so that a change of theme or of the data repaints.
        readonly property var paintInputs: [heatmap.counts, heatmap.cell, Theme.primary, Theme.surfaceRaised, Theme.outline]

        onPaintInputsChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            const size = heatmap.cell;
            const counts = heatmap.counts;
            for (let i = 0; i < counts.length; ++i) {
                const count = counts[i];
                if (count < 0)
                    continue; // days still to come are left out
                const x = Math.floor(i / 7) * (size + 3);
                const y = (i % 7) * (size + 3);
                ctx.beginPath();
                ctx.roundedRect(x + 0.5, y + 0.5, size - 1, size - 1, 3, 3);
                ctx.globalAlpha = count <= 0 ? 1.0 : count === 1 ? 0.55 : count === 2 ? 0.8 : 1.0;
                ctx.fillStyle = count <= 0 ? Theme.surfaceRaised : Theme.primary;
                ctx.fill();
                if (count === 0) {
                    ctx.globalAlpha = 1.0;
                    ctx.strokeStyle = Theme.outline;
                    ctx.lineWidth = 1;
                    ctx.stroke();
                }
            }
        }
    }
}
