// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// The 0-10 pressure scale, explained once: what each band feels like and which intensity stays
// where. Opened from the technique page, created only when first asked for.
Popup {
    id: guide

    objectName: "pressureGuide"
    modal: true
    focus: true
    padding: Theme.spaceM
    width: Math.min(parent ? parent.width - Theme.spaceM * 2 : 360, Theme.contentMaxWidth)
    height: Math.min(parent ? parent.height - Theme.spaceL * 2 : 640, content.implicitHeight + Theme.spaceM * 2)
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 2 : 0
    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Pressure guide")

    background: Rectangle {
        color: Theme.surfaceRaised
        radius: Theme.radiusM
        border.color: Theme.outline
    }

    readonly property var levels: [{
            "range": "0",
            "name": qsTr("Nothing"),
            "feel": qsTr("No pressure: setting up, moving the pin, resting.")
        }, {
            "range": "1–2",
            "name": qsTr("Light touch"),
            "feel": qsTr("Just enough to move the skin. Scar work stays here.")
        }, {
            "range": "3",
            "name": qsTr("Gentle"),
            "feel": qsTr("You feel the muscle under your fingers and nothing hurts. Gentle techniques stay at 3 or below.")
        }, {
            "range": "4–6",
            "name": qsTr("Moderate"),
            "feel": qsTr("A clear tenderness you can breathe and relax into. Moderate techniques stay at 6 or below.")
        }, {
            "range": "7–8",
            "name": qsTr("Firm"),
            "feel": qsTr("Strong, yet you still breathe slowly and the muscle stays soft. Firm techniques never go above 8.")
        }, {
            "range": "9–10",
            "name": qsTr("Too much"),
            "feel": qsTr("Sharp, or you hold your breath, tense up or wince. Ease off at once.")
        }]

    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content
            width: parent.width
            spacing: Theme.spaceS

            Label {
                Layout.fillWidth: true
                text: qsTr("Pressure guide")
                color: Theme.text
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Each step that presses shows a target on a scale from 0 (nothing) to 10 (the worst you can imagine). Less is always fine; more is never the aim.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
                wrapMode: Text.Wrap
            }
            Repeater {
                objectName: "pressureLevels"
                model: guide.levels
                delegate: RowLayout {
                    id: level
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spaceM
                    Accessible.role: Accessible.StaticText
                    Accessible.name: level.modelData.range + ", " + level.modelData.name + ": " + level.modelData.feel

                    Label {
                        Layout.preferredWidth: Theme.touchTarget
                        Layout.alignment: Qt.AlignTop
                        text: level.modelData.range
                        color: Theme.primary
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.Bold
                    }
                    Label {
                        Layout.fillWidth: true
                        text: "<b>" + level.modelData.name + "</b> " + level.modelData.feel
                        textFormat: Text.StyledText
                        color: Theme.text
                        font.pixelSize: Theme.fontLabel
                        wrapMode: Text.Wrap
                    }
                }
            }
            AppButton {
                objectName: "closePressureGuide"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceS
                tone: "secondary"
                text: qsTr("Close")
                Accessible.name: text
                onClicked: guide.close()
            }
        }
    }
}
