// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot

// One destination in the bottom navigation: an icon in a pill when current, and its name.
AbstractButton {
    id: tab

    property bool current: false
    property url iconSource

    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.checked: current

    background: Rectangle {
        color: "transparent"
        border.color: tab.visualFocus ? Theme.focus : "transparent"
        border.width: 2
        radius: Theme.radiusS
    }

    contentItem: Column {
        spacing: 2
        topPadding: Theme.spaceS

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 56
            height: 30
            radius: 15
            color: tab.current ? Theme.primarySoft : (tab.hovered ? Theme.surfaceRaised : "transparent")

            // A ToolButton only to draw the tinted icon; the whole tab is the button.
            ToolButton {
                anchors.centerIn: parent
                enabled: false
                padding: 0
                icon.source: tab.iconSource
                icon.color: tab.current ? Theme.primary : Theme.textSecondary
                icon.width: 22
                icon.height: 22
                background: null
                Accessible.ignored: true
            }
        }
        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            text: tab.text
            color: tab.current ? Theme.text : Theme.textSecondary
            font.pixelSize: Theme.fontCaption2
            font.weight: tab.current ? Font.DemiBold : Font.Normal
        }
    }
}
