// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Choosing the side and how often for one technique of the plan (a new one, or one to change).
SectionCard {
    id: entryEditor

    property string techniqueId
    property int row: -1 // the entry changed; -1: a new one
    property bool twoSided: true
    property string side: "both"
    property string frequency: "daily"
    property int timesPerWeek: 3
    property int weekdays: 0
    property string error

    signal done

    // A chip of the choices below: a tap sets (or, for a day, toggles) what it stands for.
    function attachChoice(chip, choice) {
        chip.clicked.connect(() => {
                entryEditor.error = "";
                if (choice === "weekdays")
                    entryEditor.weekdays ^= chip.modelData.bit;
                else
                    entryEditor[choice] = chip.modelData.key;
            });
    }
    // The chips of one choice: [{key, name, selected}] (for days also the day and its bit).
    function choices(keys, names, current) {
        const out = [];
        for (let i = 0; i < keys.length; ++i)
            out.push({
                    "key": keys[i],
                    "name": names[i],
                    "selected": keys[i] === current
                });
        return out;
    }
    function dayChoices(days) {
        const out = [];
        for (let day = 1; day <= 7; ++day)
            out.push({
                    "day": day,
                    "bit": 1 << (day - 1),
                    "selected": (days & (1 << (day - 1))) !== 0
                });
        return out;
    }
    function save() {
        error = row < 0 ? App.plan.add(techniqueId, side, frequency, timesPerWeek, weekdays) : App.plan.change(row, side, frequency, timesPerWeek, weekdays);
        if (error.length === 0)
            entryEditor.done();
    }

    objectName: "planEntryEditor"
    title: row < 0 ? qsTr("Add to my plan") : qsTr("Change")

    Label {
        Layout.fillWidth: true
        text: App.catalog.titleOf(entryEditor.techniqueId)
        color: Theme.text
        font.pixelSize: Theme.fontHeading
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
    }
    Label {
        visible: entryEditor.twoSided
        text: qsTr("Side")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
    }
    Flow {
        visible: entryEditor.twoSided
        Layout.fillWidth: true
        spacing: Theme.spaceS

        Repeater {
            model: entryEditor.choices(["both", "left", "right"], [qsTr("Both sides"), qsTr("Left side"), qsTr("Right side")], entryEditor.side)
            delegate: FilterChip {
                required property var modelData

                objectName: "side_" + modelData.key
                text: modelData.name
                selected: modelData.selected
            }
            onItemAdded: (index, item) => entryEditor.attachChoice(item, "side")
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
            model: entryEditor.choices(["daily", "weekly", "weekdays"], [qsTr("Every day"), qsTr("Times a week"), qsTr("Chosen days")], entryEditor.frequency)
            delegate: FilterChip {
                required property var modelData

                objectName: "frequency_" + modelData.key
                text: modelData.name
                selected: modelData.selected
            }
            onItemAdded: (index, item) => entryEditor.attachChoice(item, "frequency")
        }
    }
    RowLayout {
        visible: entryEditor.frequency === "weekly"
        Layout.fillWidth: true
        spacing: Theme.spaceS

        SpinBox {
            objectName: "timesPerWeek"
            from: 1
            to: 7
            value: entryEditor.timesPerWeek
            editable: false
            onValueModified: entryEditor.timesPerWeek = value
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
        visible: entryEditor.frequency === "weekdays"
        Layout.fillWidth: true
        spacing: Theme.spaceXs

        Repeater {
            // Monday first (bit 1) to Sunday (bit 64), as the plan stores them.
            model: entryEditor.dayChoices(entryEditor.weekdays)
            delegate: FilterChip {
                required property var modelData

                objectName: "weekday_" + modelData.day
                text: Qt.locale().dayName(modelData.day % 7, Locale.ShortFormat)
                Accessible.name: Qt.locale().dayName(modelData.day % 7, Locale.LongFormat)
                selected: modelData.selected
            }
            onItemAdded: (index, item) => entryEditor.attachChoice(item, "weekdays")
        }
    }
    Label {
        objectName: "planEditorError"
        Layout.fillWidth: true
        visible: entryEditor.error.length > 0
        text: entryEditor.error
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
            onClicked: entryEditor.done()
        }
        AppButton {
            objectName: "savePlanEntry"
            Layout.fillWidth: true
            text: entryEditor.row < 0 ? qsTr("Add") : qsTr("Save")
            Accessible.name: entryEditor.row < 0 ? qsTr("Add to my plan") : qsTr("Save the change")
            onClicked: entryEditor.save()
        }
    }
}
