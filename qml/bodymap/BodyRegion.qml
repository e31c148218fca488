// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Unknot

// One region of the figure: its shape, drawn in view-box units, and an accessible, focusable
// button over its bounds. It takes no pointer input: the figure hit-tests taps by shape.
// Everything it shows about the figure (scale, pressed, hovered, ...) is handed in by the
// figure, so the region never reaches outside itself.
Item {
    id: region

    required property int index
    required property string regionId
    required property string name
    required property string svgPath
    required property bool hasTechniques
    required property string regionState
    required property rect bounds

    // The figure it is drawn in, set once by the figure: the region reads what it shows of it
    // (scale, side, pressed, hovered, states) from there and reports taps and focus to it.
    property var figure: null
    readonly property string view: figure ? figure.view : ""
    readonly property real unit: figure ? figure.unit : 1
    readonly property bool facing: figure ? figure.facing : false
    readonly property bool pressed: figure ? figure.pressedRegion === regionId : false
    readonly property bool hovered: figure ? figure.hoveredRegion === regionId : false
    readonly property bool selected: figure ? figure.selectedRegion === regionId : false
    readonly property bool hasState: figure ? figure.stateColours[regionState] !== undefined : false
    readonly property color stateColour: hasState ? figure.stateColours[regionState] : "transparent"
    readonly property string stateLabel: figure ? figure.stateLabels[regionState] || "" : ""
    readonly property real restAlpha: figure ? figure.restAlpha : 0.36

    function withAlpha(c, a) {
        return Qt.rgba(c.r, c.g, c.b, a);
    }

    objectName: facing ? "region_" + regionId : ""
    x: bounds.x * unit
    y: bounds.y * unit
    width: bounds.width * unit
    height: bounds.height * unit
    enabled: facing
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: view === "front" ? qsTr("%1, front").arg(name) : qsTr("%1, back").arg(name)
    Accessible.description: hasTechniques ? stateLabel : stateLabel === "" ? qsTr("No techniques yet") : qsTr("No techniques yet, %1").arg(stateLabel)
    Accessible.focusable: true
    // Out of the tree while its face is hidden (turned away, or the list is shown).
    Accessible.ignored: !region.visible
    Accessible.onPressAction: figure.regionActivated(regionId)
    // Enter, Return or Space opens the region; the arrow keys go to the next or previous one.
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space)
            figure.regionActivated(regionId);
        else if (event.key === Qt.Key_Down || event.key === Qt.Key_Right)
            figure.focusRegion(index + 1);
        else if (event.key === Qt.Key_Up || event.key === Qt.Key_Left)
            figure.focusRegion(index - 1);
        else
            return;
        event.accepted = true;
    }
    onActiveFocusChanged: figure.regionFocusChanged(regionId, activeFocus)

    Shape {
        x: -region.x
        y: -region.y
        width: region.figure ? region.figure.viewBoxWidth : 0
        height: region.figure ? region.figure.viewBoxHeight : 0
        scale: region.unit
        transformOrigin: Item.TopLeft

        ShapePath {
            // A state colour if one is set, otherwise teal where there are techniques and a
            // quiet neutral with a dashed edge where there are none yet.
            fillColor: {
                if (region.pressed)
                    return region.withAlpha(Theme.primary, 0.8);
                if (region.hasState)
                    return region.withAlpha(region.stateColour, region.hovered ? 0.75 : 0.6);
                if (!region.hasTechniques)
                    return region.withAlpha(Theme.textSecondary, region.hovered ? 0.3 : 0.16);
                if (region.selected)
                    return region.withAlpha(Theme.primary, 0.6);
                return region.withAlpha(Theme.primary, region.hovered ? region.restAlpha + 0.15 : region.restAlpha);
            }
            strokeColor: region.activeFocus ? Theme.focus : region.selected ? Theme.primary : region.hasTechniques ? "transparent" : region.withAlpha(Theme.textSecondary, 0.6)
            // In screen pixels, whatever the figure's scale. Hairlines (under a device pixel)
            // take the rasteriser's fast path; where no edge shows, nothing is stroked at all.
            strokeWidth: region.activeFocus ? 3 / Math.max(region.unit, 0.01) : region.selected || !region.hasTechniques ? 0.999 / Math.max(region.unit, 0.01) : -1
            strokeStyle: region.hasTechniques || region.activeFocus ? ShapePath.SolidLine : ShapePath.DashLine
            dashPattern: [3, 2.5]
            joinStyle: ShapePath.RoundJoin
            PathSvg {
                path: region.svgPath
            }
        }
    }
}
