// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Unknot
import Unknot.Core

// One view of the figure. Regions are drawn from the shared geometry and hit-tested in C++ by
// their filled shapes (on Qt 6.4 a Shape only knows its bounding box). Each region is also an
// accessible, focusable button, in head-to-feet order.
Item {
    id: figure

    required property string view
    property var regionStates: ({})
    property string selectedRegion
    // State name -> colour, from the map's legend.
    property var stateColours: ({})
    // State name -> what the legend calls it, for screen readers.
    property var stateLabels: ({})
    // Whether this side faces the user: only then its regions take focus and carry the
    // "region_<id>" object names that tests look for.
    property bool facing: true
    // How strongly a region with techniques is tinted at rest (set by the map, shared with
    // its legend).
    property real restAlpha: 0.36

    readonly property alias model: regions
    readonly property real viewBoxWidth: regions.viewBoxWidth
    readonly property real viewBoxHeight: regions.viewBoxHeight
    // Device-independent pixels per view-box unit.
    readonly property real unit: Math.min(width / regions.viewBoxWidth, height / regions.viewBoxHeight)
    // Small shapes grow by a third of a finger target on each side; BodyMapGeometry::regionAt
    // makes sure the growth never takes a tap that was as close to a neighbour.
    readonly property real slop: unit > 0 ? Theme.touchTarget / 3 / unit : 0
    property string pressedRegion
    property string hoveredRegion
    property string focusedRegion
    // The region whose name the tooltip shows, if any.
    readonly property string tipRegion: facing ? (hoveredRegion.length > 0 ? hoveredRegion : focusedRegion) : ""

    signal regionActivated(string regionId)

    onTipRegionChanged: {
        if (tipRegion.length > 0)
            tip.active = true;
    }

    // Top-left of the drawing inside this item, for tests that tap a region's centre.
    function pointFor(centre) {
        return Qt.point(canvas.x + centre.x * unit, canvas.y + centre.y * unit);
    }
    function focusRegion(index) {
        const item = buttons.itemAt(Math.max(0, Math.min(buttons.count - 1, index)));
        if (item)
            item.forceActiveFocus(Qt.TabFocusReason);
    }
    function regionFocusChanged(regionId, hasFocus) {
        if (hasFocus)
            focusedRegion = regionId;
        else if (focusedRegion === regionId)
            focusedRegion = "";
    }
    function attachTip(host) {
        host.region = Qt.binding(() => figure.tipRegion);
        host.area = Qt.binding(() => figure.regionRect(figure.tipRegion));
        host.name = Qt.binding(() => figure.tipRegion.length > 0 ? regions.data(regions.index(regions.indexOf(figure.tipRegion), 0), BodyMapModel.NameRole) : "");
    }
    // Where a region is drawn, in this item's coordinates.
    function regionRect(regionId) {
        const row = regions.indexOf(regionId);
        if (row < 0)
            return Qt.rect(0, 0, 0, 0);
        const b = regions.data(regions.index(row, 0), BodyMapModel.BoundsRole);
        return Qt.rect(canvas.x + b.x * unit, canvas.y + b.y * unit, b.width * unit, b.height * unit);
    }
    BodyMapModel {
        id: regions
        view: figure.view
        catalog: App.catalog
        regionStates: figure.regionStates
    }

    Item {
        id: canvas
        width: regions.viewBoxWidth * figure.unit
        height: regions.viewBoxHeight * figure.unit
        anchors.centerIn: parent
        // Shapes have no antialiasing of their own on the GPU: multisample the whole figure.
        layer.enabled: GraphicsInfo.api !== GraphicsInfo.Software
        layer.samples: 4
        layer.smooth: true

        Shape {
            id: outline
            width: regions.viewBoxWidth
            height: regions.viewBoxHeight
            scale: figure.unit
            transformOrigin: Item.TopLeft

            ShapePath {
                fillColor: Theme.surfaceRaised
                strokeColor: Theme.outline
                // A hairline: under a device pixel, so the rasteriser's fast path draws it.
                strokeWidth: 0.999 / Math.max(figure.unit, 0.01)
                joinStyle: ShapePath.RoundJoin
                PathSvg {
                    path: regions.silhouette
                }
            }
            ShapePath {
                fillColor: "transparent"
                strokeColor: Qt.rgba(Theme.textSecondary.r, Theme.textSecondary.g, Theme.textSecondary.b, 0.45)
                strokeWidth: 0.999 / Math.max(figure.unit, 0.01)
                capStyle: ShapePath.RoundCap
                PathSvg {
                    path: regions.detailsPath
                }
            }
        }

        Repeater {
            id: buttons
            model: regions
            delegate: BodyRegion {
            }
            onItemAdded: (index, item) => item.figure = figure
        }
    }

    // The name of the region under the mouse or in keyboard focus, above it; built the first
    // time there is a name to show, not with the first frame.
    Loader {
        id: tip
        anchors.fill: parent
        active: false
        source: "RegionTip.qml"
        onLoaded: figure.attachTip(item)
    }

    // One pointer handler for the whole figure: C++ decides which shape a point is in.
    MouseArea {
        id: pointer

        function hit(mouse) {
            return regions.regionAt(figure.view, (mouse.x - canvas.x) / figure.unit, (mouse.y - canvas.y) / figure.unit, figure.slop);
        }

        anchors.fill: parent
        enabled: figure.facing
        hoverEnabled: true
        cursorShape: figure.hoveredRegion.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
        onPressed: mouse => figure.pressedRegion = hit(mouse)
        onPositionChanged: mouse => {
            const id = hit(mouse);
            figure.hoveredRegion = id;
            // Sliding off a region cancels its tap, as with any button.
            if (pressed && id !== figure.pressedRegion)
                figure.pressedRegion = "";
        }
        onReleased: mouse => {
            const id = figure.pressedRegion;
            figure.pressedRegion = "";
            // A finger leaves no hover behind (touch sends no exit), so neither does its name.
            if (mouse.source !== Qt.MouseEventNotSynthesized)
                figure.hoveredRegion = "";
            if (id.length > 0 && hit(mouse) === id)
                figure.regionActivated(id);
        }
        onCanceled: figure.pressedRegion = ""
        onExited: figure.hoveredRegion = ""
    }
}
