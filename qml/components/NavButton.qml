// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
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

            // The tinted icon, drawn the way a ToolButton draws it, without building one.
            IconImage {
                anchors.centerIn: parent
                source: tab.iconSource
                color: tab.current ? Theme.primary : Theme.textSecondary
                sourceSize.width: 22
                sourceSize.height: 22
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
