// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// "Today's plan" on the body map: what is due, what is done, Start. Loaded by the body map
// page only after its first frame (the plan is read here, never before that frame).
Rectangle {
    id: todayCard

    readonly property int todayCount: App.plan.dueCount + App.plan.doneCount

    signal openRequested
    signal startRequested

    function summary() {
        if (App.plan.count === 0)
            return qsTr("Make a plan with your practitioner: what to do, and how often.");
        if (todayCount === 0)
            return qsTr("Nothing is due today.");
        if (App.plan.dueCount === 0)
            return qsTr("All done for today.");
        return qsTr("%1 to do · %2 done").arg(App.plan.dueCount).arg(App.plan.doneCount);
    }

    objectName: "todayPlanCard"
    implicitHeight: body.implicitHeight + Theme.spaceS * 2
    radius: Theme.radiusM
    color: Theme.surface
    border.color: Theme.outline
    border.width: 1
    Component.onCompleted: App.plan.load()

    ColumnLayout {
        id: body

        anchors.fill: parent
        anchors.margins: Theme.spaceS
        anchors.leftMargin: Theme.spaceM
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
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    objectName: "todayPlanSummary"
                    Layout.fillWidth: true
                    text: todayCard.summary()
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    wrapMode: Text.Wrap
                    Accessible.name: text
                }
            }
            AppButton {
                objectName: "openPlanButton"
                tone: "secondary"
                text: App.plan.count === 0 ? qsTr("Make a plan") : qsTr("My plan")
                Accessible.name: App.plan.count === 0 ? qsTr("Make a plan") : qsTr("Open my plan")
                onClicked: todayCard.openRequested()
            }
            AppButton {
                objectName: "startPlanButton"
                visible: App.plan.dueCount > 0
                text: qsTr("Start")
                Accessible.name: qsTr("Start today's plan: %1").arg(todayCard.summary())
                onClicked: todayCard.startRequested()
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
                visible: todayOrder >= 0 && todayOrder < 3 // the first few; the plan page has them all
                text: (status === "done" ? "✓  " : "○  ") + title + (sideText.length > 0 ? " · " + sideText : "")
                color: status === "done" ? Theme.textSecondary : Theme.text
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
                Accessible.name: (status === "done" ? qsTr("Done: %1") : qsTr("To do: %1")).arg(title)
            }
        }
    }
}
