// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Shapes
import Unknot

// One destination in the bottom navigation: an icon in a pill when current, and its name.
// Plain Qt Quick, as the whole first screen is (see AppPage): a tap, Space or Enter chooses it.
Item {
    id: tab

    property bool current: false
    property string text
    // The icon as SVG path data in a 24-unit square: stroked, or filled where iconFilled.
    property string iconPath
    property bool iconFilled: false

    signal clicked

    activeFocusOnTab: true
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.checked: current
    Accessible.focusable: true
    Accessible.onPressAction: tab.clicked()
    Keys.onSpacePressed: tab.clicked()
    Keys.onReturnPressed: tab.clicked()
    Keys.onEnterPressed: tab.clicked()

    TapHandler {
        id: tap
        onTapped: tab.clicked()
    }
    HoverHandler {
        id: hover
    }

    Rectangle {
        anchors.fill: parent
        color: "transparent"
        border.color: tab.activeFocus ? Theme.focus : "transparent"
        border.width: 2
        radius: Theme.radiusS
    }

    Column {
        anchors.fill: parent
        spacing: 2
        topPadding: Theme.spaceS

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 56
            height: 30
            radius: 15
            color: tab.current ? Theme.primarySoft : (tap.pressed || hover.hovered ? Theme.surfaceRaised : "transparent")

            Shape {
                id: icon

                readonly property color ink: tab.current ? Theme.primary : Theme.textSecondary

                anchors.centerIn: parent
                width: 24
                height: 24
                scale: 22 / 24
                // Shapes have no antialiasing of their own on the GPU: multisample the icon.
                layer.enabled: GraphicsInfo.api !== GraphicsInfo.Software
                layer.samples: 4
                Accessible.ignored: true

                ShapePath {
                    fillColor: tab.iconFilled ? icon.ink : "transparent"
                    strokeColor: tab.iconFilled ? "transparent" : icon.ink
                    strokeWidth: tab.iconFilled ? -1 : 1.8
                    capStyle: ShapePath.RoundCap
                    joinStyle: ShapePath.RoundJoin
                    PathSvg {
                        path: tab.iconPath
                    }
                }
            }
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(implicitWidth, tab.width - 4)
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            text: tab.text
            color: tab.current ? Theme.text : Theme.textSecondary
            // One size and weight for every tab (the pill and the colour mark the current one),
            // at normal text size the legend's: each distinct font costs the first frame a font
            // engine.
            // Four labels share a phone's width: they grow with large text only up to 130%.
            font.pixelSize: Theme.fontNavLabel
        }
    }
}
