// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Records what the practitioner said about one region: cleared, cleared with care or not
// cleared, the day, their name and a note. Nothing is stored until Save; a problem is said
// beside the button and loses nothing typed.
AppPage {
    id: page

    required property string regionId
    readonly property var recorded: App.safety.clearanceOf(regionId)
    property string chosen: recorded.clearance
    property string error

    signal backRequested
    signal saved

    function save() {
        error = App.safety.setClearance(regionId, chosen, dateField.text, nameField.text, noteField.text);
        if (error.length === 0)
            saved();
    }

    // One answer; checked when it is the chosen one.
    component ClearanceChoice: RadioButton {
        required property string value
        property string chosen

        signal picked(string value)

        objectName: "clearance_" + value
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        checked: chosen === value
        Accessible.name: text
        onClicked: picked(value)
    }

    objectName: "clearancePage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        showBack: true
        title: qsTr("Practitioner's clearance")
        subtitle: App.catalog.regionName(page.regionId)
        onBackClicked: page.backRequested()
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
            spacing: Theme.spaceS

            Label {
                Layout.fillWidth: true
                text: qsTr("What did your practitioner say about working on this area yourself?")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Clearance")

                ClearanceChoice {
                    value: "cleared"
                    chosen: page.chosen
                    onPicked: value => page.chosen = value
                    text: qsTr("Cleared")
                }
                ClearanceChoice {
                    value: "cleared-with-care"
                    chosen: page.chosen
                    onPicked: value => page.chosen = value
                    text: qsTr("Cleared with care")
                }
                ClearanceChoice {
                    value: "not-cleared"
                    chosen: page.chosen
                    onPicked: value => page.chosen = value
                    text: qsTr("Not cleared")
                }
                ClearanceChoice {
                    value: "unknown"
                    chosen: page.chosen
                    onPicked: value => page.chosen = value
                    text: qsTr("Not recorded")
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spaceS
                text: qsTr("Date (year-month-day)")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
            }
            TextField {
                id: dateField
                objectName: "clearanceDate"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                enabled: page.chosen !== "unknown"
                text: page.recorded.clearedOn.length > 0 ? page.recorded.clearedOn : Qt.formatDate(new Date(), "yyyy-MM-dd")
                inputMethodHints: Qt.ImhDate
                placeholderText: "2026-03-14"
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Date your practitioner said so, year-month-day")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Practitioner's name")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
            }
            TextField {
                id: nameField
                objectName: "clearanceName"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                enabled: page.chosen !== "unknown"
                text: page.recorded.clearedBy
                maximumLength: 120
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Practitioner's name")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Note")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
            }
            TextArea {
                id: noteField
                objectName: "clearanceNote"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget * 2
                enabled: page.chosen !== "unknown"
                text: page.recorded.note
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("e.g. gentle pressure only, not over the scar")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Note")
            }
            Label {
                objectName: "clearanceError"
                Layout.fillWidth: true
                visible: page.error.length > 0
                text: page.error
                color: Theme.danger
                font.pixelSize: Theme.fontLabel
                wrapMode: Text.Wrap
            }
        }
    }

    footer: Rectangle {
        implicitHeight: saveButton.implicitHeight + Theme.spaceM * 2
        color: Theme.background

        Rectangle {
            anchors.top: parent.top
            width: parent.width
            height: 1
            color: Theme.outline
        }
        AppButton {
            id: saveButton
            objectName: "saveClearanceButton"
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            text: qsTr("Save")
            onClicked: page.save()
        }
    }
}
