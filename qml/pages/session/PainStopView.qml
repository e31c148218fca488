// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// Shown at once after "sharp pain — stop": a short caution; the event is already recorded.
Item {
    id: view

    signal closed

    ColumnLayout {
        objectName: "painCaution"
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spaceM * 2, Theme.contentMaxWidth)
        spacing: Theme.spaceL

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: text.implicitHeight + Theme.spaceL * 2
            radius: Theme.radiusL
            color: Theme.dangerSoft

            ColumnLayout {
                id: text
                anchors.fill: parent
                anchors.margins: Theme.spaceL
                spacing: Theme.spaceS

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Stopped")
                    color: Theme.danger
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Stop working on this area for today. If the pain stays or comes back, talk to your practitioner before you try again.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("This session is saved with a note that you stopped for pain.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                }
            }
        }

        AppButton {
            objectName: "cautionDoneButton"
            Layout.fillWidth: true
            text: qsTr("OK")
            onClicked: {
                App.session.finish(-1, "");
                view.closed();
            }
        }
    }
}
