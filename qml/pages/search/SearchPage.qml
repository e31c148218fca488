// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Find a technique by name: its title, an area ("elbow") or the name people know their
// problem by ("tennis elbow"). Loaded when opened from the body map, never at start-up.
AppPage {
    id: page

    signal techniqueChosen(string techniqueId)
    signal backRequested

    function search(text) {
        field.text = text;
        field.forceActiveFocus();
    }

    objectName: "searchPage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        showBack: true
        title: qsTr("Find a technique")
        onBackClicked: page.backRequested()
    }

    TechniqueSearchModel {
        id: results
        catalog: App.catalog
        query: field.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Math.max(Theme.spaceM, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        spacing: Theme.spaceS

        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
            placeholderText: qsTr("Area or problem, e.g. tennis elbow")
            font.pixelSize: Theme.fontBody
            inputMethodHints: Qt.ImhNoAutoUppercase
            maximumLength: 100
            focus: true
            Accessible.name: qsTr("Search techniques")
            Accessible.description: placeholderText
        }

        // What a matched condition asks first (e.g. see a clinician).
        Repeater {
            model: results.notes
            delegate: Rectangle {
                required property string modelData

                objectName: "conditionNote"
                Layout.fillWidth: true
                implicitHeight: noteText.implicitHeight + Theme.spaceS * 2
                radius: Theme.radiusS
                color: Theme.cautionSoft
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData

                Label {
                    id: noteText
                    anchors.fill: parent
                    anchors.margins: Theme.spaceS
                    text: parent.modelData
                    color: Theme.text
                    font.pixelSize: Theme.fontLabel
                    wrapMode: Text.Wrap
                }
            }
        }

        // Before anything is typed: the names the search knows, one tap away, under a heading
        // that says what they are.
        Label {
            objectName: "suggestionsHeading"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceS
            visible: field.text.trim().length === 0
            text: qsTr("Common problems")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Flow {
            objectName: "suggestions"
            Layout.fillWidth: true
            visible: field.text.trim().length === 0
            spacing: Theme.spaceS
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Common problems")

            Repeater {
                model: results.conditionNames
                delegate: FilterChip {
                    id: suggestion

                    required property string modelData

                    text: modelData
                    onClicked: () => page.search(suggestion.modelData)
                }
            }
        }

        Label {
            objectName: "noResults"
            Layout.fillWidth: true
            visible: field.text.trim().length > 0 && results.count === 0
            text: qsTr("Nothing matches \u201c%1\u201d. Try an area such as \u201celbow\u201d or \u201ccalf\u201d.").arg(field.text.trim())
            color: Theme.textSecondary
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: results
            spacing: 2 // as the body map's list
            Accessible.role: Accessible.List
            Accessible.name: qsTr("%Ln result(s)", "", results.count)

            delegate: ListRow {
                id: result

                required property string techniqueId
                required property string title
                required property string reason

                objectName: "result_" + techniqueId
                width: ListView.view.width
                text: title
                detail: reason
                onClicked: () => page.techniqueChosen(result.techniqueId)
            }
        }
    }
}
