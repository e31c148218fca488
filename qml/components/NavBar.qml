// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot

// Bottom navigation between the four top-level places of the app.
Rectangle {
    id: bar

    property int currentIndex: 0

    signal tabActivated(int index)

    implicitHeight: Theme.navBarHeight
    color: Theme.surface
    Accessible.role: Accessible.PageTabList

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: Theme.outline
    }

    Row {
        anchors.fill: parent

        NavButton {
            objectName: "navTab0"
            width: bar.width / 4
            height: bar.height
            text: qsTr("Body")
            iconPath: "M14.2 4.2a2.2 2.2 0 1 1-4.4 0a2.2 2.2 0 1 1 4.4 0M5 8.5c2.3.9 4.6 1.3 7 1.3s4.7-.4 7-1.3M12 9.8v5.2M9.3 21.5 12 15l2.7 6.5"
            current: bar.currentIndex === 0
            onClicked: bar.tabActivated(0)
        }
        NavButton {
            objectName: "navTab1"
            width: bar.width / 4
            height: bar.height
            text: qsTr("Progress")
            iconPath: "M4 20h16M7 16.5v-4M12 16.5v-8M17 16.5V5"
            current: bar.currentIndex === 1
            onClicked: bar.tabActivated(1)
        }
        NavButton {
            objectName: "navTab2"
            width: bar.width / 4
            height: bar.height
            text: qsTr("Reminders")
            iconPath: "M6.5 16.5V11a5.5 5.5 0 0 1 11 0v5.5l1.5 2h-14zM10 20.5a2 2 0 0 0 4 0"
            current: bar.currentIndex === 2
            onClicked: bar.tabActivated(2)
        }
        NavButton {
            objectName: "navTab3"
            width: bar.width / 4
            height: bar.height
            text: qsTr("More")
            iconPath: "M7.3 12a1.8 1.8 0 1 1-3.6 0a1.8 1.8 0 1 1 3.6 0M13.8 12a1.8 1.8 0 1 1-3.6 0a1.8 1.8 0 1 1 3.6 0M20.3 12a1.8 1.8 0 1 1-3.6 0a1.8 1.8 0 1 1 3.6 0"
            iconFilled: true
            current: bar.currentIndex === 3
            onClicked: bar.tabActivated(3)
        }
    }
}
