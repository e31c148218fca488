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

    // Set by the figure.
    property string view
    property real unit: 1
    property real viewBoxWidth
    property real viewBoxHeight
    property bool facing
    property bool pressed
    property bool hovered
    property bool selected
    property color stateColour: "transparent"
    property bool hasState
    property string stateLabel
    property real restAlpha: 0.36

    signal activated(string regionId)
    signal moveFocus(int index)

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
    Accessible.onPressAction: region.activated(region.regionId)

    Keys.onReturnPressed: region.activated(region.regionId)
    Keys.onEnterPressed: region.activated(region.regionId)
    Keys.onSpacePressed: region.activated(region.regionId)
    Keys.onDownPressed: region.moveFocus(region.index + 1)
    Keys.onRightPressed: region.moveFocus(region.index + 1)
    Keys.onUpPressed: region.moveFocus(region.index - 1)
    Keys.onLeftPressed: region.moveFocus(region.index - 1)

    Shape {
        x: -region.x
        y: -region.y
        width: region.viewBoxWidth
        height: region.viewBoxHeight
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
