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

    Grid {
        id: grid

        x: Theme.spaceL
        y: Theme.fontCaption2 + Theme.spaceXs
        rows: 7
        flow: Grid.TopToBottom
        spacing: 3

        Repeater {
            model: heatmap.counts.map((count, i) => ({
                            "count": count,
                            "size": heatmap.cell,
                            "when": new Date(heatmap.startDate.getFullYear(), heatmap.startDate.getMonth(), heatmap.startDate.getDate() + i),
                            "labelOffset": Theme.fontCaption2 + Theme.spaceXs + (i % 7) * (heatmap.cell + 3)
                        }))

            delegate: Rectangle {
                id: day

                required property var modelData
                required property int index
                readonly property int count: modelData.count

                width: modelData.size
                height: modelData.size
                radius: 3
                visible: count >= 0
                color: count <= 0 ? Theme.surfaceRaised : Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, count === 1 ? 0.55 : count === 2 ? 0.8 : 1.0)
                border.width: count === 0 ? 1 : 0
                border.color: Theme.outline

                // The month's name above the column where it starts.
                Label {
                    y: -day.modelData.labelOffset
                    visible: day.index % 7 === 0 && day.modelData.when.getDate() <= 7
                    text: Qt.locale().standaloneMonthName(day.modelData.when.getMonth(), Locale.ShortFormat)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption2
                }
            }
        }
    }
}
