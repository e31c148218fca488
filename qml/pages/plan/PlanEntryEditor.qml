// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Choosing the side and how often for one technique of the plan (a new one, or one to change).
SectionCard {
    id: editor

    property string techniqueId
    property int row: -1 // the entry changed; -1: a new one
    property bool twoSided: true
    property string side: "both"
    property string frequency: "daily"
    property int timesPerWeek: 3
    property int weekdays: 0
    property string error

    signal done

    function save() {
        error = row < 0 ? App.plan.add(techniqueId, side, frequency, timesPerWeek, weekdays) : App.plan.change(row, side, frequency, timesPerWeek, weekdays);
        if (error.length === 0)
            editor.done();
    }

    objectName: "planEntryEditor"
    title: row < 0 ? qsTr("Add to my plan") : qsTr("Change")

    Label {
        Layout.fillWidth: true
        text: App.catalog.titleOf(editor.techniqueId)
        color: Theme.text
        font.pixelSize: Theme.fontHeading
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Label {
        visible: editor.twoSided
        text: qsTr("Side")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
    }
    Flow {
        visible: editor.twoSided
        Layout.fillWidth: true
        spacing: Theme.spaceS

        Repeater {
            model: [{
                    "key": "both",
                    "name": qsTr("Both sides")
                }, {
                    "key": "left",
                    "name": qsTr("Left side")
                }, {
                    "key": "right",
                    "name": qsTr("Right side")
                }]
            delegate: FilterChip {
                required property var modelData

                objectName: "side_" + modelData.key
                text: modelData.name
                selected: editor.side === modelData.key
                onClicked: editor.side = modelData.key
            }
        }
    }
    Label {
        text: qsTr("How often")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS

        Repeater {
            model: [{
                    "key": "daily",
                    "name": qsTr("Every day")
                }, {
                    "key": "weekly",
                    "name": qsTr("Times a week")
                }, {
                    "key": "weekdays",
                    "name": qsTr("Chosen days")
                }]
            delegate: FilterChip {
                required property var modelData

                objectName: "frequency_" + modelData.key
                text: modelData.name
                selected: editor.frequency === modelData.key
                onClicked: editor.frequency = modelData.key
            }
        }
    }
    RowLayout {
        visible: editor.frequency === "weekly"
        Layout.fillWidth: true
        spacing: Theme.spaceS

        SpinBox {
            objectName: "timesPerWeek"
            from: 1
            to: 7
            value: editor.timesPerWeek
            editable: false
            onValueModified: editor.timesPerWeek = value
            Accessible.name: qsTr("Times a week")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("days a week, any days. Weeks run Monday to Sunday.")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
    }
    Flow {
        visible: editor.frequency === "weekdays"
        Layout.fillWidth: true
        spacing: Theme.spaceXs

        Repeater {
            model: 7
            delegate: FilterChip {
                required property int index

                objectName: "weekday_" + (index + 1)
                text: Qt.locale().dayName((index + 1) % 7, Locale.ShortFormat)
                Accessible.name: Qt.locale().dayName((index + 1) % 7, Locale.LongFormat)
                selected: (editor.weekdays & (1 << index)) !== 0
                onClicked: editor.weekdays ^= (1 << index)
            }
        }
    }
    Label {
        objectName: "planEditorError"
        Layout.fillWidth: true
        visible: editor.error.length > 0
        text: editor.error
        color: Theme.danger
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS

        AppButton {
            objectName: "cancelPlanEntry"
            Layout.fillWidth: true
            tone: "secondary"
            text: qsTr("Cancel")
            onClicked: editor.done()
        }
        AppButton {
            objectName: "savePlanEntry"
            Layout.fillWidth: true
            text: editor.row < 0 ? qsTr("Add") : qsTr("Save")
            Accessible.name: editor.row < 0 ? qsTr("Add to my plan") : qsTr("Save the change")
            onClicked: editor.save()
        }
    }
}
