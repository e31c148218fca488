// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot

// Vertical bars drawn with plain rectangles, with the value above each bar and a label under
// some. A screen reader hears `summary`, which carries every number.
Item {
    id: chart

    property var values: []
    property var labels: []
    property int maxValue: 1
    // Which labels to show under the bars (every nth, counted from the last).
    property int labelEvery: 4
    property string summary

    implicitHeight: 160
    Accessible.role: Accessible.Chart
    Accessible.name: summary

    Row {
        id: bars

        anchors.fill: parent
        anchors.bottomMargin: Theme.fontCaption2 + Theme.spaceS
        spacing: Theme.spaceXs

        Repeater {
            model: chart.values.map((v, i) => ({
                            "value": v,
                            "label": (chart.values.length - 1 - i) % chart.labelEvery === 0 ? (chart.labels[i] || "") : "",
                            "width": (bars.width - bars.spacing * (chart.values.length - 1)) / Math.max(1, chart.values.length),
                            "height": bars.height,
                            "max": Math.max(1, chart.maxValue)
                        }))

            delegate: Item {
                id: slot

                required property var modelData
                readonly property int value: modelData.value

                width: modelData.width
                height: modelData.height

                Rectangle {
                    id: bar

                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: Math.max(2, (parent.height - Theme.fontCaption2 - Theme.spaceXs) * slot.value / slot.modelData.max)
                    radius: Theme.radiusS / 2
                    color: slot.value > 0 ? Theme.primary : Theme.outline
                }
                Text {
                    anchors.bottom: bar.top
                    anchors.bottomMargin: 2
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: slot.value > 0
                    text: slot.value
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption2
                }
                Text {
                    anchors.top: parent.bottom
                    anchors.topMargin: Theme.spaceXs
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: slot.modelData.label
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption2
                }
            }
        }
    }
}
