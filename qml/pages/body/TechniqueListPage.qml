// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot
import Unknot.Core

// The techniques for one region, narrowed by goal when the region has several.
AppPage {
    id: page

    required property string regionId

    signal techniqueChosen(string techniqueId)
    // "Add your own technique": the editor for the user's own (qml/pages/custom/).
    signal addOwnRequested(string regionId)
    signal backRequested
    signal clearanceEditRequested(string regionId)

    function chooseGoal(goalId) {
        techniques.goal = goalId;
    }

    objectName: "techniqueListPage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        showBack: true
        title: App.catalog.regionName(page.regionId)
        subtitle: qsTr("%Ln technique(s)", "", techniques.count)
        onBackClicked: page.backRequested()
    }

    TechniqueListModel {
        id: techniques
        catalog: App.catalog
        regionId: page.regionId
    }

    ClearanceSummary {
        id: clearance
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Math.max(Theme.spaceS, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        regionId: page.regionId
        onEditRequested: page.clearanceEditRequested(page.regionId)
    }

    // Goal chips: only worth showing when they can narrow something (and kept while a goal is
    // chosen, so it can be unchosen).
    Flow {
        id: goalFilter
        objectName: "goalFilter"
        anchors.top: clearance.bottom
        anchors.topMargin: Theme.spaceS
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Math.max(Theme.spaceM, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        visible: techniques.goals.length > 1 && (techniques.count > 1 || techniques.goal !== "")
        height: visible ? implicitHeight : 0
        spacing: Theme.spaceS
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Filter by goal")

        FilterChip {
            objectName: "goal_all"
            text: qsTr("All")
            selected: techniques.goal === ""
            onClicked: page.chooseGoal("")
        }
        Repeater {
            model: techniques.goals
            delegate: FilterChip {
                id: goalChip
                required property var modelData

                objectName: "goal_" + modelData.goalId
                text: modelData.name
                selected: modelData.selected
                onClicked: () => page.chooseGoal(goalChip.selected ? "" : goalChip.modelData.goalId)
            }
        }
    }

    ListView {
        id: list
        objectName: "techniqueList"
        anchors.top: goalFilter.bottom
        anchors.topMargin: Theme.spaceS
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        leftMargin: Math.max(Theme.spaceS, (width - Theme.contentMaxWidth) / 2)
        rightMargin: leftMargin
        bottomMargin: Theme.spaceL
        clip: true
        spacing: 2
        model: techniques

        // The user's own techniques are listed with the bundled ones; new ones start here.
        footer: Item {
            width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
            implicitHeight: addOwn.implicitHeight + Theme.spaceM * 2

            AppButton {
                id: addOwn
                objectName: "addOwnTechniqueButton"
                anchors.centerIn: parent
                tone: "secondary"
                text: qsTr("Add your own technique")
                onClicked: () => page.addOwnRequested(page.regionId)
            }
        }
        delegate: TechniqueRow {
            id: techniqueRow

            objectName: "technique_" + techniqueRow.techniqueId
            width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
            onClicked: () => page.techniqueChosen(techniqueRow.techniqueId)
        }
        ScrollIndicator.vertical: ScrollIndicator {
        }
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - Theme.spaceXl * 2
        visible: techniques.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("There are no techniques for this area yet.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
}
