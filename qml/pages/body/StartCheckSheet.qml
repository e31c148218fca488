// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// Shown before a session starts when App.safety.checkStart() has reasons: says why, and either
// asks for an explicit "Start anyway" or, where the user chose to block such areas, only
// explains. Covers the window, so nothing behind it can be tapped (or read) meanwhile.
Item {
    id: sheet

    // What App.safety.checkStart() returned.
    property var check: ({
            "blocked": false,
            "reasons": []
        })
    property string techniqueTitle

    signal confirmed
    signal cancelled

    function focusHeading() {
        heading.forceActiveFocus();
    }

    objectName: "startCheckSheet"
    Component.onCompleted: focusHeading()

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim

        MouseArea {
            anchors.fill: parent
            onClicked: sheet.cancelled()
        }
    }

    Rectangle {
        id: card
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.leftMargin: Math.max(0, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        height: Math.min(parent.height - Theme.spaceXl, content.implicitHeight + Theme.spaceL * 2)
        radius: Theme.radiusL
        color: Theme.surface
        Accessible.role: Accessible.Dialog
        Accessible.name: heading.text

        // Taps on the card stay on it.
        MouseArea {
            anchors.fill: parent
        }
        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.spaceL
            contentHeight: content.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ColumnLayout {
                id: content
                width: parent.width
                spacing: Theme.spaceM

                Text {
                    id: heading
                    objectName: "startCheckHeading"
                    Layout.fillWidth: true
                    text: sheet.check.blocked ? qsTr("This area is blocked") : qsTr("Before you start %1").arg(sheet.techniqueTitle)
                    color: Theme.text
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    Accessible.focusable: true
                }
                Repeater {
                    model: sheet.check.reasons
                    delegate: Label {
                        required property var modelData
                        objectName: "startCheckReason_" + modelData.kind
                        Layout.fillWidth: true
                        leftPadding: Theme.spaceM
                        text: modelData.text
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text

                        Rectangle {
                            x: Theme.spaceXs
                            y: (Theme.fontBody * 1.4 - height) / 2
                            width: 6
                            height: 6
                            radius: 3
                            color: Theme.caution
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: sheet.check.blocked ? qsTr("You chose to block areas your practitioner has not cleared. Record their clearance on the area's page, or change the setting under More.") : qsTr("Start only if your practitioner has said this is right for you.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spaceS

                    AppButton {
                        objectName: "startAnywayButton"
                        Layout.fillWidth: true
                        visible: !sheet.check.blocked
                        tone: "danger"
                        text: qsTr("Start anyway")
                        onClicked: sheet.confirmed()
                    }
                    AppButton {
                        objectName: "cancelStartButton"
                        Layout.fillWidth: true
                        tone: sheet.check.blocked ? "primary" : "secondary"
                        text: sheet.check.blocked ? qsTr("OK") : qsTr("Not now")
                        onClicked: sheet.cancelled()
                    }
                }
            }
        }
    }
}
