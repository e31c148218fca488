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

                Chip {
                    text: steps.intensityName
                }
                Repeater {
                    model: steps.equipmentNames
                    delegate: Chip {
                        required property string modelData
                        text: modelData
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
                    model: steps.safetyNotes
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

        AppButton {
            id: startButton
            objectName: "startSessionButton"
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            enabled: steps.valid
            text: qsTr("Start guided session")
            onClicked: page.startRequested(page.techniqueId, page.regionId)
        }
    }
}
