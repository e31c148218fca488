// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// "Today's plan" on the body map: what is due, what is done, Start; a tap opens the plan.
// Loaded by the body map page only after its first frame (the plan is read here, never before
// that frame). With large text it keeps to its summary, so the body map keeps its room.
AbstractButton {
    id: todayCard

    readonly property int todayCount: App.plan.dueCount + App.plan.doneCount

    signal openRequested
    signal startRequested

    function summary() {
        if (App.plan.count === 0)
            return qsTr("No plan yet: tap to make one with your practitioner.");
        if (todayCount === 0)
            return qsTr("Nothing is due today.");
        if (App.plan.dueCount === 0)
            return qsTr("All done for today.");
        return qsTr("%1 to do · %2 done").arg(App.plan.dueCount).arg(App.plan.doneCount);
    }

    objectName: "todayPlanCard"
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spaceS
    leftPadding: Theme.spaceM
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Today's plan: %1. Open my plan").arg(summary())
    Component.onCompleted: App.plan.load()
    onClicked: todayCard.openRequested()

    background: Rectangle {
        radius: Theme.radiusM
        color: todayCard.down ? Theme.surfaceRaised : Theme.surface
        border.color: todayCard.visualFocus ? Theme.focus : Theme.outline
        border.width: todayCard.visualFocus ? 2 : 1
    }

    contentItem: ColumnLayout {
        spacing: Theme.spaceXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Today's plan")
                    color: Theme.text
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "todayPlanSummary"
                    Layout.fillWidth: true
                    text: todayCard.summary()
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
            AppButton {
                objectName: "startPlanButton"
                visible: App.plan.dueCount > 0
                text: qsTr("Start")
                Accessible.name: qsTr("Start today's plan: %1").arg(todayCard.summary())
                onClicked: todayCard.startRequested()
            }
            // Without a Start button, the chevron says that the card itself opens the plan.
            Image {
                objectName: "todayPlanChevron"
                Layout.preferredWidth: 20
                Layout.preferredHeight: 20
                visible: App.plan.dueCount === 0
                source: "qrc:/assets/icons/chevron-right.svg"
                sourceSize.width: 20
                sourceSize.height: 20
                opacity: 0.45
            }
        }
        Repeater {
            model: App.plan
            delegate: Label {
                required property string title
                required property string sideText
                required property string status
                required property int todayOrder

                Layout.fillWidth: true
                // The first few of today's; the plan page has them all.
                visible: todayOrder >= 0 && todayOrder < (Theme.textScale > 1.3 ? 0 : 3)
                text: (status === "done" ? "✓  " : "○  ") + title + (sideText.length > 0 ? " · " + sideText : "")
                color: status === "done" ? Theme.textSecondary : Theme.text
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
                Accessible.name: (status === "done" ? qsTr("Done: %1") : qsTr("To do: %1")).arg(title)
            }
        }
    }
}
