// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Unknot
import Unknot.Core

// The body's regions as a list, for people who prefer one to the map. Built when first asked
// for, by the body map.
ListView {
    id: list

    signal regionChosen(string regionId)

    // Not inside an AppPage: the Material colours follow the app's light or dark theme here.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    objectName: "regionList"
    clip: true
    spacing: 2
    leftMargin: Math.max(Theme.spaceS, (width - Theme.contentMaxWidth) / 2)
    rightMargin: leftMargin
    bottomMargin: Theme.spaceL
    model: RegionListModel {
        catalog: App.catalog
    }
    delegate: ListRow {
        id: regionRow
        required property string regionId
        required property string name
        required property int techniqueCount

        objectName: "region_" + regionId
        width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
        text: name
        dimmed: techniqueCount === 0
        readonly property string clearance: App.safety.regionStates[regionId] || ""
        readonly property string clearanceText: clearance === "cleared" ? qsTr("Cleared") : clearance === "cleared-with-care" ? qsTr("Cleared with care") : clearance === "not-cleared" ? qsTr("Not cleared") : ""
        readonly property string count: techniqueCount === 0 ? qsTr("No techniques yet") : qsTr("%Ln technique(s)", "", techniqueCount)
        detail: clearanceText.length > 0 ? clearanceText + " · " + count : count
        onClicked: () => list.regionChosen(regionRow.regionId)
    }
    ScrollIndicator.vertical: ScrollIndicator {
    }
}
