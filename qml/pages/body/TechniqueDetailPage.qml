// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Everything about one technique before starting it: purpose, equipment, cautions, the steps.
Page {
    id: page

    required property string techniqueId
    property string regionId

    signal startRequested(string techniqueId, string regionId)
    signal backRequested

    function equipmentName(id) {
        switch (id) {
        case "none": return qsTr("No equipment")
        case "massage-ball": return qsTr("Massage ball")
        case "foam-roller": return qsTr("Foam roller")
        case "wall": return qsTr("A wall")
        case "chair": return qsTr("A chair")
        case "table": return qsTr("A table")
        case "towel": return qsTr("A towel")
        case "step": return qsTr("A step")
        }
        return id
    }
    function intensityName(id) {
        switch (id) {
        case "gentle": return qsTr("Gentle")
        case "moderate": return qsTr("Moderate")
        case "firm": return qsTr("Firm")
        }
        return id
    }

    objectName: "techniqueDetailPage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        showBack: true
        title: steps.title
        subtitle: steps.bothSides ? qsTr("Left side, then right side") : ""
        onBackClicked: page.backRequested()
    }

    StepListModel {
        id: steps
        catalog: App.catalog
        techniqueId: page.techniqueId
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spaceL
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceM, (flick.width - Theme.contentMaxWidth) / 2)
            width: Math.min(flick.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            spacing: Theme.spaceM

            Label {
                Layout.fillWidth: true
                text: steps.purpose
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spaceS

                Repeater {
                    model: [page.intensityName(steps.intensity)].concat(steps.equipment.map(page.equipmentName))
                    delegate: Rectangle {
                        id: chipBox
                        required property string modelData
                        width: chip.implicitWidth + Theme.spaceM * 1.5
                        height: 32
                        radius: 16
                        color: Theme.primarySoft
                        Label {
                            id: chip
                            anchors.centerIn: parent
                            text: chipBox.modelData
                            color: Theme.text
                            font.pixelSize: Theme.fontCaption
                        }
                    }
                }
            }

            SectionCard {
                objectName: "cautionsBox"
                Layout.fillWidth: true
                title: qsTr("Before you start")
                tint: Theme.cautionSoft
                titleColor: Theme.caution

                Repeater {
                    model: steps.contraindications.concat(steps.cautions)
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "\u2022 " + modelData
                        color: Theme.text
                        font.pixelSize: Theme.fontLabel
                        wrapMode: Text.Wrap
                    }
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Starting position")

                Label {
                    Layout.fillWidth: true
                    text: steps.startingPosition
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Steps")

                Repeater {
                    model: steps
                    delegate: RowLayout {
                        id: stepRow
                        required property int number
                        required property string text
                        required property string timingText

                        Layout.fillWidth: true
                        spacing: Theme.spaceM

                        Rectangle {
                            Layout.alignment: Qt.AlignTop
                            Layout.preferredWidth: 28
                            Layout.preferredHeight: 28
                            radius: 14
                            color: Theme.primarySoft
                            Label {
                                anchors.centerIn: parent
                                text: stepRow.number
                                color: Theme.primary
                                font.pixelSize: Theme.fontCaption
                                font.weight: Font.Bold
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: stepRow.text
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.Wrap
                            }
                            Label {
                                text: stepRow.timingText
                                color: Theme.textSecondary
                                font.pixelSize: Theme.fontCaption
                            }
                        }
                    }
                }
            }
        }
    }

    footer: Rectangle {
        implicitHeight: startButton.implicitHeight + Theme.spaceM * 2
        color: Theme.background

        Button {
            id: startButton
            objectName: "startSessionButton"
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            height: Math.max(implicitHeight, Theme.touchTarget + 8)
            enabled: steps.valid
            highlighted: true
            text: qsTr("Start guided session")
            font.pixelSize: Theme.fontBody
            onClicked: page.startRequested(page.techniqueId, page.regionId)
        }
    }
}
