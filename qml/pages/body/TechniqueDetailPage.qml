// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Everything about one technique before starting it: what it is for, what it takes, when not to
// do it and when to stop, where to start, and the steps.
AppPage {
    id: page

    required property string techniqueId
    property string regionId
    // The technique's content (read by the part built after the first frame).
    readonly property StepListModel technique: steps

    // thisSideOnly: a two-sided technique is done on the chosen side alone.
    signal startRequested(string techniqueId, string regionId, bool thisSideOnly)
    signal backRequested
    // One of the user's own techniques: open it in the editor.
    signal editRequested(string techniqueId)
    signal addToPlanRequested(string techniqueId)

    // A fresh guide each time; it opens itself once made.
    function openPressureGuide() {
        pressureGuide.active = false;
        pressureGuide.active = true;
    }
    function showPicture(row) {
        row.techniqueId = Qt.binding(() => page.techniqueId);
        row.side = Qt.binding(() => page.regionId.endsWith("-right") ? "right" : "left");
    }

    objectName: "techniqueDetailPage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        showBack: true
        title: steps.title
        subtitle: page.regionId.length > 0 ? App.catalog.regionName(page.regionId) : ""
        onBackClicked: page.backRequested()
    }

    StepListModel {
        id: steps
        catalog: App.catalog
        techniqueId: page.techniqueId
    }

    Flickable {
        id: flick
        objectName: "techniqueDetails"
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spaceL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {
        }

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceM, (flick.width - Theme.contentMaxWidth) / 2)
            width: Math.min(flick.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            spacing: Theme.spaceM

            // The user's own technique: theirs to change.
            AppButton {
                objectName: "editOwnTechniqueButton"
                visible: App.catalog.isCustom(page.techniqueId)
                tone: "secondary"
                text: qsTr("Edit your technique")
                onClicked: page.editRequested(page.techniqueId)
            }

            Label {
                objectName: "purpose"
                Layout.fillWidth: true
                text: steps.purpose
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }

            // What it takes: time, intensity, equipment.
            Flow {
                objectName: "facts"
                Layout.fillWidth: true
                spacing: Theme.spaceS

                Chip {
                    objectName: "minutesChip"
                    text: qsTr("About %1 min").arg(steps.minutes)
                }
                Chip {
                    objectName: "intensityChip"
                    text: steps.intensityName
                }
                Repeater {
                    objectName: "equipment"
                    model: steps.equipmentNames
                    delegate: Chip {
                        required property string modelData
                        text: modelData
                    }
                }
            }

            Label {
                objectName: "goals"
                Layout.fillWidth: true
                text: qsTr("Helps with: %1").arg(steps.goalsText)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
                wrapMode: Text.Wrap
            }

            // Sides: a two-sided technique starts on the chosen side, then does the other one,
            // unless the user asks for this side only.
            Rectangle {
                objectName: "sidesNote"
                Layout.fillWidth: true
                visible: steps.side !== "centre" && steps.side !== ""
                implicitHeight: sidesColumn.implicitHeight + Theme.spaceS * 2
                radius: Theme.radiusS
                color: Theme.primarySoft

                ColumnLayout {
                    id: sidesColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spaceS
                    anchors.leftMargin: Theme.spaceM
                    anchors.rightMargin: Theme.spaceM
                    spacing: 0

                    Label {
                        objectName: "sidesText"
                        Layout.fillWidth: true
                        text: {
                            if (steps.side === "left")
                                return qsTr("Left side only.");
                            if (steps.side === "right")
                                return qsTr("Right side only.");
                            if (thisSideOnly.checked)
                                return steps.side === "both" ? qsTr("Only this side: %1.").arg(App.catalog.regionName(page.regionId)) : qsTr("One side only.");
                            if (steps.side === "each-side")
                                return qsTr("One side at a time: the session guides you through the first side, then the other. You will hear when to switch.");
                            return page.regionId.endsWith("-right") ? qsTr("Both sides: the right side first, then the left. You will hear when to switch.") : qsTr("Both sides: the left side first, then the right. You will hear when to switch.");
                        }
                        color: Theme.text
                        font.pixelSize: Theme.fontLabel
                        wrapMode: Text.Wrap
                    }
                    Switch {
                        id: thisSideOnly
                        objectName: "thisSideOnlySwitch"
                        Layout.fillWidth: true
                        Layout.minimumHeight: 48
                        visible: steps.bothSides
                        text: qsTr("This side only")
                        Accessible.name: text
                    }
                }
            }

            SectionCard {
                objectName: "cautionsBox"
                Layout.fillWidth: true
                title: qsTr("Before you start")
                tint: Theme.cautionSoft
                titleColor: Theme.caution
                Accessible.role: Accessible.Note
                Accessible.name: qsTr("Cautions")

                SafetyList {
                    objectName: "contraindications"
                    Layout.fillWidth: true
                    heading: qsTr("When not to do it")
                    notes: steps.contraindications
                }
                SafetyList {
                    objectName: "healthCautions"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spaceXs
                    visible: notes.length > 0
                    heading: qsTr("From your health checklist")
                    notes: {
                        App.safety.tickedHealthFlags; // again when an answer changes
                        return App.safety.healthCautionsFor(page.techniqueId);
                    }
                }
                SafetyList {
                    objectName: "cautions"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spaceXs
                    heading: qsTr("When to stop")
                    notes: steps.cautions
                }
                SafetyList {
                    objectName: "placement"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spaceXs
                    visible: steps.placement.length > 0
                    heading: qsTr("Where to press")
                    notes: steps.placement
                }
            }

            // Below a phone's first screen: built over the frames after the page's first one
            // (as the step pictures are), so opening the page never waits for the steps.
            Loader {
                id: rest

                objectName: "detailsRest"
                Layout.fillWidth: true
                asynchronous: true
                sourceComponent: ColumnLayout {
                    spacing: Theme.spaceM

                    TechniqueProgression {
                        Layout.fillWidth: true
                        technique: page.technique // qmllint disable unqualified
                    }

                    SectionCard {
                        objectName: "startingPosition"
                        Layout.fillWidth: true
                        title: qsTr("Starting position")

                        Label {
                            Layout.fillWidth: true
                            text: page.technique.startingPosition // qmllint disable unqualified
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                    }

                    SectionCard {
                        objectName: "steps"
                        Layout.fillWidth: true
                        title: qsTr("%Ln step(s)", "", stepRepeater.count)

                        AppButton {
                            objectName: "pressureGuideButton"
                            Layout.fillWidth: true
                            tone: "secondary"
                            text: qsTr("Pressure guide: what 0 to 10 feels like")
                            Accessible.name: text
                            onClicked: page.openPressureGuide() // qmllint disable unqualified
                        }

                        Label {
                            objectName: "pinExplained"
                            Layout.fillWidth: true
                            text: qsTr("To pin is to press on one spot and hold it still while the muscle moves under it. Each movement is counted aloud.")
                            color: Theme.textSecondary
                            font.pixelSize: Theme.fontLabel
                            wrapMode: Text.Wrap
                        }

                        Repeater {
                            id: stepRepeater
                            objectName: "stepRepeater"
                            model: page.technique // qmllint disable unqualified
                            delegate: StepRow {
                                Layout.fillWidth: true
                            }
                            // Each step's picture shows this technique on the side the user chose.
                            onItemAdded: (index, item) => page.showPicture(item)
                        }
                    }
                }
            }
        }
    }

    // Created only when first opened: nothing of it loads with the page.
    Loader {
        id: pressureGuide
        objectName: "pressureGuideLoader"
        active: false
        sourceComponent: PressureGuide {
            parent: Overlay.overlay
            Component.onCompleted: open()
        }
    }

    footer: Rectangle {
        implicitHeight: footerButtons.implicitHeight + Theme.spaceM * 2
        color: Theme.background

        Rectangle {
            anchors.top: parent.top
            width: parent.width
            height: 1
            color: Theme.outline
        }

        ColumnLayout {
            id: footerButtons

            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            spacing: Theme.spaceS

            AppButton {
                id: startButton

                objectName: "startSessionButton"
                Layout.fillWidth: true
                enabled: steps.valid
                text: qsTr("Start guided session")
                onClicked: page.startRequested(page.techniqueId, page.regionId, steps.bothSides && thisSideOnly.checked)
            }
            AppButton {
                objectName: "addToPlanButton"
                Layout.fillWidth: true
                enabled: steps.valid
                tone: "secondary"
                text: App.plan.loaded && App.plan.contains(page.techniqueId) ? qsTr("In my plan: add again or change") : qsTr("Add to my plan")
                onClicked: page.addToPlanRequested(page.techniqueId)
            }
        }
    }
}
