// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Adds or edits one reminder: time of day, weekdays, what it opens, label, skip option.
// Nothing is stored until Save; what is wrong is said next to the field.
AppPage {
    id: editor

    // The reminder being edited, as App.reminders gives it (id 0: a new one).
    property var draft: ({})
    // What a link that filled this in got wrong, in plain words.
    property string linkMessage
    property var errors: ({})
    property bool triedSaving: false

    readonly property bool isNew: !(draft.id > 0)
    property int hour: Math.floor((draft.minuteOfDay !== undefined ? draft.minuteOfDay : 480) / 60)
    property int minute: (draft.minuteOfDay !== undefined ? draft.minuteOfDay : 480) % 60
    property int weekdays: draft.weekdays || 0
    // "plan" (opens My plan), "planStart" (starts today's plan), "technique", "region" or
    // "bodymap"
    property string opens: draft.plan === "open" ? "plan" : draft.plan === "start" ? "planStart" : draft.techniqueId ? "technique" : (draft.regionId ? "region" : "bodymap")
    readonly property bool forPlan: opens === "plan" || opens === "planStart"
    property string techniqueId: draft.techniqueId || ""
    property string regionId: draft.regionId || ""
    property string label: draft.label || ""
    property bool skipIfDone: draft.skipIfDone === true
    // The whole form is built (its lower part comes a frame or two after the top).
    readonly property bool ready: lowerPart.status === Loader.Ready
    // With a plan, its choices come first (read once: a few rows).
    readonly property bool hasPlan: App.reminders.hasPlan()

    signal closeRequested

    function currentDraft() {
        return {
            "id": draft.id || 0,
            "minuteOfDay": hour * 60 + minute,
            "weekdays": weekdays,
            "plan": opens === "plan" ? "open" : (opens === "planStart" ? "start" : ""),
            "techniqueId": opens === "technique" ? techniqueId : "",
            "regionId": opens === "region" ? regionId : (opens === "technique" && techniqueId === (draft.techniqueId || "") ? (draft.regionId || "") : ""),
            "label": label,
            "enabled": draft.enabled !== undefined ? draft.enabled : true,
            "skipIfDone": skipIfDone
        };
    }
    function recheck() {
        if (triedSaving)
            errors = App.reminders.check(currentDraft());
    }
    function save() {
        triedSaving = true;
        const problems = App.reminders.save(currentDraft());
        errors = problems;
        if (Object.keys(problems).length === 0)
            closeRequested();
    }
    function toggleDay(bit) {
        weekdays = weekdays ^ bit;
        recheck();
    }
    function indexOfId(choices, id) {
        for (let i = 0; i < choices.length; ++i) {
            if (choices[i].id === id)
                return i;
        }
        return -1;
    }

    objectName: "reminderEditor"
    onHourChanged: recheck()
    onMinuteChanged: recheck()
    onOpensChanged: recheck()
    onTechniqueIdChanged: recheck()
    onRegionIdChanged: recheck()
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        title: editor.isNew ? qsTr("New reminder") : qsTr("Edit reminder")
        showBack: true
        onBackClicked: editor.closeRequested()
    }

    Flickable {
        id: flick

        objectName: "editorFlick"
        anchors.fill: parent
        contentHeight: form.implicitHeight + Theme.spaceL * 2
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form

            x: Math.max(Theme.spaceM, (flick.width - Theme.contentMaxWidth) / 2)
            y: Theme.spaceS
            width: Math.min(flick.width - Theme.spaceM * 2, Theme.contentMaxWidth)
            spacing: Theme.spaceM

            Label {
                objectName: "linkMessage"
                Layout.fillWidth: true
                visible: editor.linkMessage.length > 0
                text: editor.linkMessage
                wrapMode: Text.Wrap
                color: Theme.caution
                font.pixelSize: Theme.fontBody
                padding: Theme.spaceS
                background: Rectangle {
                    color: Theme.cautionSoft
                    radius: Theme.radiusS
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Time")

                TimeOfDayPicker {
                    Layout.fillWidth: true
                    hour: editor.hour
                    minute: editor.minute
                    onHourEdited: value => editor.hour = value
                    onMinuteEdited: value => editor.minute = value
                }
                FieldError {
                    objectName: "timeError"
                    text: editor.errors.time || ""
                }
            }

            SectionCard {
                Layout.fillWidth: true
                title: qsTr("Days")

                Flow {
                    id: days
                    // Seven 48 dp toggles fit one line on a 390 dp phone when the row takes
                    // some of the card's margin; narrower screens wrap.
                    Layout.fillWidth: true
                    Layout.leftMargin: form.width - Theme.spaceM * 2 < 7 * Theme.touchTarget + 6 * Theme.spaceXs ? -Theme.spaceS : 0
                    Layout.rightMargin: Layout.leftMargin
                    spacing: Math.max(0, Math.min(Theme.spaceS, (width - 7 * Theme.touchTarget) / 6))

                    // Monday first, as the week is stored.
                    WeekdayToggle {
                        objectName: "weekday_1"
                        dayName: Qt.locale().dayName(1, Locale.LongFormat)
                        shortName: Qt.locale().dayName(1, Locale.ShortFormat)
                        checked: (editor.weekdays & 1) !== 0
                        onClicked: editor.toggleDay(1)
                    }
                    WeekdayToggle {
                        objectName: "weekday_2"
                        dayName: Qt.locale().dayName(2, Locale.LongFormat)
                        shortName: Qt.locale().dayName(2, Locale.ShortFormat)
                        checked: (editor.weekdays & 2) !== 0
                        onClicked: editor.toggleDay(2)
                    }
                    WeekdayToggle {
                        objectName: "weekday_3"
                        dayName: Qt.locale().dayName(3, Locale.LongFormat)
                        shortName: Qt.locale().dayName(3, Locale.ShortFormat)
                        checked: (editor.weekdays & 4) !== 0
                        onClicked: editor.toggleDay(4)
                    }
                    WeekdayToggle {
                        objectName: "weekday_4"
                        dayName: Qt.locale().dayName(4, Locale.LongFormat)
                        shortName: Qt.locale().dayName(4, Locale.ShortFormat)
                        checked: (editor.weekdays & 8) !== 0
                        onClicked: editor.toggleDay(8)
                    }
                    WeekdayToggle {
                        objectName: "weekday_5"
                        dayName: Qt.locale().dayName(5, Locale.LongFormat)
                        shortName: Qt.locale().dayName(5, Locale.ShortFormat)
                        checked: (editor.weekdays & 16) !== 0
                        onClicked: editor.toggleDay(16)
                    }
                    WeekdayToggle {
                        objectName: "weekday_6"
                        dayName: Qt.locale().dayName(6, Locale.LongFormat)
                        shortName: Qt.locale().dayName(6, Locale.ShortFormat)
                        checked: (editor.weekdays & 32) !== 0
                        onClicked: editor.toggleDay(32)
                    }
                    WeekdayToggle {
                        objectName: "weekday_7"
                        dayName: Qt.locale().dayName(0, Locale.LongFormat)
                        shortName: Qt.locale().dayName(0, Locale.ShortFormat)
                        checked: (editor.weekdays & 64) !== 0
                        onClicked: editor.toggleDay(64)
                    }
                }
                FieldError {
                    objectName: "weekdaysError"
                    text: editor.errors.weekdays || ""
                }
            }

            // Built between the first frames: the top of the form shows at once.
            Loader {
                id: lowerPart
                objectName: "editorLowerPart"
                Layout.fillWidth: true
                asynchronous: true
                // Qt 6.4's qmllint does not follow the editor's ids into an inline component.
                // qmllint disable unqualified
                sourceComponent: ColumnLayout {
                    spacing: Theme.spaceM

                    SectionCard {
                        Layout.fillWidth: true
                        title: qsTr("Opens")

                        ButtonGroup {
                            id: opensGroup
                        }
                        // The plan's two choices: first when there is a plan, else last.
                        Loader {
                            Layout.fillWidth: true
                            active: editor.hasPlan
                            visible: active
                            sourceComponent: PlanTargetChoices {
                                group: opensGroup
                                opens: editor.opens
                                planIsEmpty: !editor.hasPlan
                                onChosen: kind => editor.opens = kind
                            }
                        }
                        RadioButton {
                            objectName: "opensTechnique"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchTarget
                            ButtonGroup.group: opensGroup
                            text: qsTr("A technique")
                            Accessible.name: text
                            checked: editor.opens === "technique"
                            onClicked: editor.opens = "technique"
                        }
                        // The lists are built only when chosen: most reminders never need them.
                        Loader {
                            Layout.fillWidth: true
                            active: editor.opens === "technique"
                            visible: active
                            sourceComponent: ComboBox {
                                readonly property var techniques: App.reminders.techniqueChoices()

                                objectName: "techniqueChoice"
                                implicitHeight: Theme.touchTarget
                                model: techniques
                                textRole: "name"
                                valueRole: "id"
                                currentIndex: editor.indexOfId(techniques, editor.techniqueId)
                                displayText: currentIndex >= 0 ? currentText : qsTr("Choose a technique")
                                Accessible.name: qsTr("Technique: %1").arg(displayText)
                                onActivated: index => editor.techniqueId = techniques[index].id
                                Component.onCompleted: {
                                    if (editor.techniqueId === "" && techniques.length > 0)
                                        editor.techniqueId = techniques[0].id;
                                }
                            }
                        }
                        RadioButton {
                            objectName: "opensRegion"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchTarget
                            ButtonGroup.group: opensGroup
                            text: qsTr("A body region")
                            Accessible.name: text
                            checked: editor.opens === "region"
                            onClicked: editor.opens = "region"
                        }
                        Loader {
                            Layout.fillWidth: true
                            active: editor.opens === "region"
                            visible: active
                            sourceComponent: ComboBox {
                                readonly property var regions: App.reminders.regionChoices()

                                objectName: "regionChoice"
                                implicitHeight: Theme.touchTarget
                                model: regions
                                textRole: "name"
                                valueRole: "id"
                                currentIndex: editor.indexOfId(regions, editor.regionId)
                                displayText: currentIndex >= 0 ? currentText : qsTr("Choose a region")
                                Accessible.name: qsTr("Body region: %1").arg(displayText)
                                onActivated: index => editor.regionId = regions[index].id
                                Component.onCompleted: {
                                    if (editor.regionId === "" && regions.length > 0)
                                        editor.regionId = regions[0].id;
                                }
                            }
                        }
                        RadioButton {
                            objectName: "opensBodyMap"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touchTarget
                            ButtonGroup.group: opensGroup
                            text: qsTr("The body map, to choose then")
                            Accessible.name: text
                            checked: editor.opens === "bodymap"
                            onClicked: editor.opens = "bodymap"
                        }
                        Loader {
                            Layout.fillWidth: true
                            active: !editor.hasPlan
                            visible: active
                            sourceComponent: PlanTargetChoices {
                                group: opensGroup
                                opens: editor.opens
                                planIsEmpty: !editor.hasPlan
                                onChosen: kind => editor.opens = kind
                            }
                        }
                        FieldError {
                            objectName: "targetError"
                            text: editor.errors.target || ""
                        }
                    }

                    SectionCard {
                        Layout.fillWidth: true
                        title: qsTr("Label")

                        TextField {
                            objectName: "labelField"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                            text: editor.label
                            placeholderText: qsTr("Optional, e.g. Before work")
                            maximumLength: 80
                            Accessible.name: qsTr("Label")
                            onTextEdited: {
                                editor.label = text;
                                editor.recheck();
                            }
                        }
                        FieldError {
                            objectName: "labelError"
                            text: editor.errors.label || ""
                        }
                        Switch {
                            objectName: "skipIfDone"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
                            checked: editor.skipIfDone
                            text: editor.forPlan ? qsTr("Skip when nothing of the day's plan is left to do") : qsTr("Skip if I already did a session that day")
                            Accessible.name: text
                            onToggled: editor.skipIfDone = checked
                        }
                    }

                    FieldError {
                        objectName: "storageError"
                        text: editor.errors.storage || ""
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spaceS
                        AppButton {
                            objectName: "cancelReminder"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1 // the two buttons share the row equally
                            tone: "secondary"
                            text: qsTr("Cancel")
                            onClicked: editor.closeRequested()
                        }
                        AppButton {
                            objectName: "saveReminder"
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            text: qsTr("Save")
                            onClicked: editor.save()
                        }
                    }
                }
                // qmllint enable unqualified
            }
        }
    }
}
