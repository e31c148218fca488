// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot

// The body map: front and back of the figure with a control to turn it around, a legend, and
// the same regions as a list one tap away (the list itself is supplied by the host page, as a
// file with a regionChosen(regionId) signal, built when first shown).
Item {
    id: map

    // "front" or "back".
    property string view: "front"
    property bool listMode: false
    // The region whose techniques were opened last; shown as selected.
    property string selectedRegion
    // Region id -> state name; the colours and words for each state are in stateStyles.
    property var regionStates: ({})
    // How each region state looks and what the legend calls it. Later features add theirs.
    readonly property var stateStyles: [{
            "state": "cleared",
            "label": qsTr("Cleared by your practitioner"),
            "colour": Theme.primary
        }, {
            "state": "cleared-with-care",
            "label": qsTr("Cleared with care"),
            "colour": Theme.accent
        }, {
            "state": "not-cleared",
            "label": qsTr("Not cleared by your practitioner"),
            "colour": Theme.danger
        }, {
            "state": "pain-rising",
            "label": qsTr("Pain rising three sessions running"),
            "colour": Theme.danger
        }, {
            "state": "pain-higher",
            "label": qsTr("Pain higher than before"),
            "colour": Theme.caution
        }, {
            "state": "pain-steady",
            "label": qsTr("Pain the same as before"),
            "colour": Theme.painSteady
        }, {
            "state": "pain-lower",
            "label": qsTr("Pain lower than before"),
            "colour": Theme.painEasing
        }, {
            "state": "pain-easing",
            "label": qsTr("Pain easing three sessions running"),
            "colour": Theme.painEasing
        }]
    readonly property var stateColours: {
        const out = {};
        for (const s of stateStyles)
            out[s.state] = s.colour;
        return out;
    }
    readonly property var stateLabels: {
        const out = {};
        for (const s of stateStyles)
            out[s.state] = s.label;
        return out;
    }
    // The states that appear on the map right now, in legend order.
    readonly property var statesInUse: {
        const used = Object.values(regionStates);
        return stateStyles.filter(s => used.indexOf(s.state) >= 0);
    }
    property url listSource
    // Region tint at rest: a little stronger on dark backgrounds, where teal greys out.
    readonly property real restAlpha: Theme.dark ? 0.45 : 0.36
    // Set once the back has been shown, so the first screen only builds the front.
    property bool backBuilt: false

    // On a phone the figure is narrow at the head, so the two switches sit in the top corners
    // beside it and the figure gets the full height; where they would crowd the head (narrow
    // screens, list mode) they move into a row above.
    readonly property real estimatedUnit: Math.min((width - 2 * Theme.spaceM) / 240, (height - legend.height - Theme.spaceS) / 520)
    // Large text can make the two switches wider than the screen together: then they stack.
    readonly property bool switchesStacked: !listMode && viewSwitch.width + layoutSwitch.width + 2 * Theme.spaceM + Theme.spaceS > width
    readonly property bool controlsBesideHead: !listMode && !switchesStacked && width / 2 - Math.max(viewSwitch.width, layoutSwitch.width) - Theme.spaceM >= 26 * estimatedUnit + Theme.spaceS

    signal regionChosen(string regionId)

    // Both figures show the map's state; set as bindings here because the back is built
    // later, by a Loader.
    function attachFigure(figure, side) {
        figure.facing = Qt.binding(() => map.view === side && !map.listMode);
        figure.selectedRegion = Qt.binding(() => map.selectedRegion);
        figure.regionStates = Qt.binding(() => map.regionStates);
        figure.stateColours = Qt.binding(() => map.stateColours);
        figure.stateLabels = Qt.binding(() => map.stateLabels);
        figure.restAlpha = Qt.binding(() => map.restAlpha);
        figure.regionActivated.connect(map.choose);
    }
    function attachList(list) {
        list.regionChosen.connect(map.choose);
    }
    function choose(regionId) {
        selectedRegion = regionId;
        regionChosen(regionId);
    }

    onViewChanged: {
        if (view === "back")
            backBuilt = true;
    }

    BodyMapSwitch {
        id: viewSwitch
        objectName: "bodyViewSwitch"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.leftMargin: Theme.spaceM
        z: 1
        visible: !map.listMode
        name: qsTr("Side of the body")
        value: map.view
        firstValue: "front"
        firstText: qsTr("Front")
        secondValue: "back"
        secondText: qsTr("Back")
        onChosen: value => map.view = value
    }
    BodyMapSwitch {
        id: layoutSwitch
        objectName: "bodyLayoutSwitch"
        anchors.right: parent.right
        anchors.top: map.switchesStacked ? viewSwitch.bottom : parent.top
        anchors.topMargin: map.switchesStacked ? Theme.spaceS : 0
        anchors.rightMargin: Theme.spaceM
        z: 1
        name: qsTr("Show the body as")
        value: map.listMode ? "list" : "map"
        firstValue: "map"
        firstText: qsTr("Map")
        secondValue: "list"
        secondText: qsTr("List")
        onChosen: value => map.listMode = value === "list"
    }

    // The figure with its legend, or the list.
    Item {
        anchors.fill: parent
        anchors.topMargin: map.controlsBesideHead ? 0 : layoutSwitch.y + layoutSwitch.height + Theme.spaceS

        Item {
            anchors.fill: parent
            visible: !map.listMode

            Flipable {
                id: flipable
                objectName: "bodyFlipable"
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: legend.top
                anchors.bottomMargin: Theme.spaceS

                // Flipable only fades the face turned away (opacity 0, disabled): left visible, its
                // regions would stay in the accessibility tree and overlap the real ones. Only
                // the face that shows is visible.
                front: BodyFigure {
                    id: frontFigure
                    objectName: "frontFigure"
                    anchors.fill: parent
                    visible: flipable.side === Flipable.Front
                    view: "front"
                    Component.onCompleted: map.attachFigure(frontFigure, "front")
                }
                back: Loader {
                    anchors.fill: parent
                    visible: flipable.side === Flipable.Back
                    active: map.backBuilt
                    sourceComponent: BodyFigure {
                        objectName: "backFigure"
                        view: "back"
                    }
                    onLoaded: map.attachFigure(item, "back")
                }
                transform: Rotation {
                    origin.x: flipable.width / 2
                    origin.y: flipable.height / 2
                    axis.x: 0
                    axis.y: 1
                    axis.z: 0
                    angle: map.view === "back" ? 180 : 0

                    Behavior on angle  {
                        NumberAnimation {
                            duration: Theme.reduceMotion ? 0 : 320
                            easing.type: Easing.InOutCubic
                        }
                    }
                }
            }

            BodyMapLegend {
                id: legend
                objectName: "bodyMapLegend"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.leftMargin: Theme.spaceM
                anchors.rightMargin: Theme.spaceM
                anchors.bottomMargin: Theme.spaceS
                states: map.statesInUse
                restAlpha: map.restAlpha
            }
        }

        Loader {
            objectName: "bodyListLoader"
            anchors.fill: parent
            active: map.listMode
            source: map.listSource
            onLoaded: map.attachList(item)
        }
    }
}
