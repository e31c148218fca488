// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// Bottom navigation between the four top-level places of the app.
Rectangle {
    id: bar

    property int currentIndex: 0
    readonly property var tabs: [
        { name: qsTr("Body"), icon: "qrc:/assets/icons/tab-body.svg" },
        { name: qsTr("Progress"), icon: "qrc:/assets/icons/tab-progress.svg" },
        { name: qsTr("Reminders"), icon: "qrc:/assets/icons/tab-reminders.svg" },
        { name: qsTr("More"), icon: "qrc:/assets/icons/tab-more.svg" }
    ]

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

        Repeater {
            model: bar.tabs

            delegate: AbstractButton {
                id: tab

                required property int index
                required property var modelData
                readonly property bool current: bar.currentIndex === index

                objectName: "navTab" + index
                Layout.fillWidth: true
                Layout.fillHeight: true
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.name
                Accessible.checked: current
                onClicked: bar.tabActivated(index)

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
                        color: tab.current ? Theme.primarySoft : "transparent"

                        ToolButton {
                            anchors.centerIn: parent
                            enabled: false
                            padding: 0
                            icon.source: tab.modelData.icon
                            icon.color: tab.current ? Theme.primary : Theme.textSecondary
                            icon.width: 22
                            icon.height: 22
                            background: null
                            Accessible.ignored: true
                        }
                    }
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: tab.modelData.name
                        color: tab.current ? Theme.text : Theme.textSecondary
                        font.pixelSize: Theme.fontCaption2
                        font.weight: tab.current ? Font.DemiBold : Font.Normal
                    }
                }
            }
        }
    }
}
