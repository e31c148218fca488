// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// Before the steps: how much the region hurts now (skippable), then start.
ScrollView {
    id: view

    property string regionName

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: Math.min(view.availableWidth - Theme.spaceM * 2, Theme.contentMaxWidth)
        x: (view.availableWidth - width) / 2
        spacing: Theme.spaceL

        Item {
            Layout.preferredHeight: Theme.spaceS
        }

        PainScale {
            id: scale
            objectName: "painBefore"
            Layout.fillWidth: true
            question: qsTr("How much does your %1 hurt right now?").arg(view.regionName.toLowerCase())
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Work gently. Stop at once if you feel sharp or shooting pain, numbness or tingling.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS

            AppButton {
                objectName: "beginButton"
                Layout.fillWidth: true
                text: scale.value >= 0 ? qsTr("Start") : qsTr("Choose a number to start")
                enabled: scale.value >= 0
                onClicked: App.session.begin(scale.value)
            }
            AppButton {
                objectName: "skipRatingButton"
                Layout.fillWidth: true
                tone: "secondary"
                text: qsTr("Skip rating and start")
                onClicked: App.session.begin(-1)
            }
        }
    }
}
