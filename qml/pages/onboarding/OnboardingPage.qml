// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// The first-launch introduction: what Unknot is for; that it does not replace a clinician and
// is only for areas a practitioner has shown; what to stop for (with the one acknowledgement);
// then the health checklist. Finishing stores the acknowledgement (App.safety.onboarding), which
// also opens any link that arrived meanwhile. Loaded only when it is needed.
AppPage {
    id: page

    readonly property int stepCount: 4
    property int step: 0

    // Android's Back: one screen back; on the first it stays (the app cannot be used before).
    function goBack() {
        if (step > 0)
            step -= 1;
        return true;
    }
    function next() {
        if (step < stepCount - 1) {
            step += 1;
            return;
        }
        App.safety.onboarding.acknowledge();
    }
    function focusHeading() {
        const screen = [intro, clinician, stopFor, checklistScreen][step];
        screen.focusHeading();
        flick.contentY = 0;
    }

    objectName: "onboardingPage"
    focus: true
    background: Rectangle {
        color: Theme.background
    }
    onStepChanged: focusHeading()
    Component.onCompleted: focusHeading()

    header: Rectangle {
        implicitHeight: Theme.touchTarget + Theme.spaceS
        color: Theme.background

        Text {
            objectName: "onboardingProgress"
            anchors.left: parent.left
            anchors.leftMargin: Math.max(Theme.spaceM, (parent.width - Theme.contentMaxWidth) / 2)
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Welcome to Unknot · %1 of %2").arg(page.step + 1).arg(page.stepCount)
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Step %1 of %2").arg(page.step + 1).arg(page.stepCount)
        }
    }

    Flickable {
        id: flick
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

            OnboardingScreen {
                id: intro
                objectName: "onboardingIntro"
                Layout.fillWidth: true
                visible: page.step === 0
                heading: qsTr("What Unknot is for")
                points: [qsTr("Unknot guides you through active-release techniques you do on yourself: you press on a tight spot and move the joint through its range."), qsTr("Each technique shows its steps, times them and reads them aloud, so you can keep your eyes on your body."), qsTr("It keeps a record of how each area felt before and after, to show your practitioner.")]
            }
            OnboardingScreen {
                id: clinician
                objectName: "onboardingClinician"
                Layout.fillWidth: true
                visible: page.step === 1
                heading: qsTr("Your practitioner comes first")
                points: [qsTr("Unknot does not replace a doctor, physiotherapist or other clinician, and it cannot tell what is causing your pain."), qsTr("Work only on areas a practitioner has examined and shown you how to treat."), qsTr("On each area's page you can record what they said: cleared, cleared with care, or not cleared. Unknot asks before you start on an area that is not cleared.")]
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.step === 2
                spacing: Theme.spaceM

                OnboardingScreen {
                    id: stopFor
                    objectName: "onboardingStopFor"
                    Layout.fillWidth: true
                    heading: qsTr("When to stop")
                    points: [qsTr("Stop at once if you feel sharp, shooting or burning pain."), qsTr("Stop if you feel numbness, tingling or pins and needles, or your hand or foot goes cold or pale."), qsTr("Stop if you feel dizzy or faint, or the area swells or bruises."), qsTr("If something feels wrong, stop and ask your practitioner before you try again.")]
                }
                CheckBox {
                    id: understood
                    objectName: "acknowledgeBox"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    text: qsTr("I understand: Unknot does not replace my clinician, I work only on areas a practitioner has shown me, and I stop when any of the above happens.")
                    font.pixelSize: Theme.fontBody
                    Accessible.name: text

                    contentItem: Text {
                        leftPadding: understood.indicator.width + understood.spacing
                        text: understood.text
                        font: understood.font
                        color: Theme.text
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.step === 3
                spacing: Theme.spaceS

                OnboardingScreen {
                    id: checklistScreen
                    objectName: "onboardingChecklist"
                    Layout.fillWidth: true
                    heading: qsTr("Your health")
                    points: []
                }
                HealthChecklistView {
                    objectName: "healthChecklist"
                    Layout.fillWidth: true
                }
            }
        }
    }

    footer: Rectangle {
        implicitHeight: buttons.implicitHeight + Theme.spaceM * 2
        color: Theme.background

        Rectangle {
            anchors.top: parent.top
            width: parent.width
            height: 1
            color: Theme.outline
        }
        RowLayout {
            id: buttons
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            spacing: Theme.spaceS

            AppButton {
                objectName: "onboardingBack"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: page.step > 0
                tone: "secondary"
                text: qsTr("Back")
                onClicked: page.goBack()
            }
            AppButton {
                objectName: "onboardingNext"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                enabled: page.step !== 2 || understood.checked
                text: page.step === page.stepCount - 1 ? qsTr("Done") : qsTr("Next")
                Accessible.description: page.step === 2 && !understood.checked ? qsTr("Tick \"I understand\" first") : ""
                onClicked: page.next()
            }
        }
    }
}
