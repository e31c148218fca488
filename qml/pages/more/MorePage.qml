// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Appearance, safety and about.
AppPage {
    id: page

    // Back (the shell's goBack): closes the checklist page when it is open.
    function goBack() {
        if (!checklist.active)
            return false;
        checklist.active = false;
        return true;
    }
    function attachChecklist(checklistPage) {
        checklistPage.backRequested.connect(page.goBack);
    }
    function openChecklist() {
        checklist.active = true;
    }

    objectName: "morePage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: qsTr("More")
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.spaceL
        clip: true

        ColumnLayout {
            id: column
            x: Math.max(Theme.spaceM, (flick.width - Theme.contentMaxWidth) / 2)
            width: Math.min(flick.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            spacing: Theme.spaceM

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Appearance")

                GridLayout {
                    Layout.fillWidth: true
                    // One row at normal text size; large text stacks them.
                    columns: Theme.textScale > 1.2 ? 1 : 3
                    columnSpacing: Theme.spaceS
                    rowSpacing: Theme.spaceS
                    Repeater {
                        model: [{
                                "mode": "system",
                                "name": qsTr("System")
                            }, {
                                "mode": "light",
                                "name": qsTr("Light")
                            }, {
                                "mode": "dark",
                                "name": qsTr("Dark")
                            }]
                        delegate: AppButton {
                            required property var modelData
                            objectName: "theme_" + modelData.mode
                            Layout.fillWidth: true
                            leftPadding: Theme.spaceS
                            rightPadding: Theme.spaceS
                            tone: App.settings.themeMode === modelData.mode ? "primary" : "secondary"
                            Accessible.checked: App.settings.themeMode === modelData.mode
                            text: modelData.name
                            onClicked: App.settings.themeMode = modelData.mode
                        }
                    }
                }
                // Phones have a text size setting of their own, which the app follows; the
                // desktop gets this one.
                Label {
                    Layout.fillWidth: true
                    visible: textSizes.visible
                    text: qsTr("Text size")
                    color: Theme.text
                    font.pixelSize: Theme.fontLabel
                }
                GridLayout {
                    id: textSizes
                    Layout.fillWidth: true
                    visible: Qt.platform.os !== "android" && Qt.platform.os !== "ios"
                    columns: Theme.textScale > 1.4 ? 2 : 4
                    columnSpacing: Theme.spaceS
                    rowSpacing: Theme.spaceS
                    Repeater {
                        model: [1, 1.3, 1.6, 2]
                        delegate: AppButton {
                            required property real modelData
                            readonly property bool chosen: Math.abs(App.settings.appTextScale - modelData) < 0.01
                            objectName: "textSize_" + Math.round(modelData * 100)
                            Layout.fillWidth: true
                            leftPadding: Theme.spaceS
                            rightPadding: Theme.spaceS
                            tone: chosen ? "primary" : "secondary"
                            Accessible.checked: chosen
                            text: qsTr("%1%").arg(Math.round(modelData * 100))
                            onClicked: App.settings.appTextScale = modelData
                        }
                    }
                }
                Switch {
                    Layout.fillWidth: true
                    text: qsTr("Reduce motion")
                    checked: App.settings.reduceMotion
                    onToggled: App.settings.reduceMotion = checked
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Safety")
                tint: Theme.cautionSoft
                titleColor: Theme.caution

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontLabel
                    text: qsTr("Unknot does not replace a clinician. Work only on areas your practitioner has shown you, and stop at once if you feel sharp pain, numbness or tingling.")
                }
                AppButton {
                    objectName: "healthChecklistButton"
                    Layout.fillWidth: true
                    tone: "secondary"
                    text: qsTr("Your health checklist")
                    Accessible.description: qsTr("%Ln item(s) ticked", "", App.safety.tickedHealthFlags.length)
                    onClicked: page.openChecklist()
                }
                Switch {
                    id: blockSwitch
                    objectName: "blockUnclearedSwitch"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    text: qsTr("Only allow areas my practitioner cleared")
                    checked: App.settings.blockUnclearedRegions
                    Accessible.name: text
                    onToggled: App.settings.blockUnclearedRegions = checked

                    contentItem: Text {
                        leftPadding: blockSwitch.indicator.width + blockSwitch.spacing
                        text: blockSwitch.text
                        font.pixelSize: Theme.fontLabel
                        color: Theme.text
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                Label {
                    objectName: "acknowledgedAt"
                    Layout.fillWidth: true
                    visible: App.safety.onboarding.acknowledgedVersion > 0
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    text: qsTr("You accepted the introduction on %1.").arg(Qt.formatDate(App.safety.onboarding.acknowledgedAt, Locale.LongFormat))
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("About")

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.fontLabel
                    text: qsTr("Unknot %1. Everything you record stays on this device; the app has no network access.").arg(Qt.application.version)
                }
            }
        }
    }

    // The health checklist, over the page, built when opened.
    Loader {
        id: checklist
        objectName: "healthChecklistLoader"
        parent: page
        anchors.fill: parent
        z: 2
        active: false
        source: "../onboarding/HealthChecklistPage.qml"
        onLoaded: page.attachChecklist(item)
    }
}
