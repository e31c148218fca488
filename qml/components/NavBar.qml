// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
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

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavButton {
            objectName: "navTab0"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: qsTr("Body")
            iconSource: "qrc:/assets/icons/tab-body.svg"
            current: bar.currentIndex === 0
            onClicked: bar.tabActivated(0)
        }
        NavButton {
            objectName: "navTab1"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: qsTr("Progress")
            iconSource: "qrc:/assets/icons/tab-progress.svg"
            current: bar.currentIndex === 1
            onClicked: bar.tabActivated(1)
        }
        NavButton {
            objectName: "navTab2"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: qsTr("Reminders")
            iconSource: "qrc:/assets/icons/tab-reminders.svg"
            current: bar.currentIndex === 2
            onClicked: bar.tabActivated(2)
        }
        NavButton {
            objectName: "navTab3"
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: qsTr("More")
            iconSource: "qrc:/assets/icons/tab-more.svg"
            current: bar.currentIndex === 3
            onClicked: bar.tabActivated(3)
        }
    }
}
