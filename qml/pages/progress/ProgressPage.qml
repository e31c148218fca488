// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot
import Unknot.Core

// The history of sessions, newest first.
Page {
    id: page

    objectName: "progressPage"
    background: Rectangle {
        color: Theme.background
    }

    header: PageHeader {
        title: qsTr("Progress")
        subtitle: App.history.totalCount === 1 ? qsTr("1 session recorded") : qsTr("%1 sessions recorded").arg(App.history.totalCount)
    }

    ListView {
        objectName: "historyList"
        anchors.fill: parent
        anchors.leftMargin: Math.max(Theme.spaceS, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        clip: true
        spacing: 2
        model: App.history
        delegate: ItemDelegate {
            id: entry

            required property string title
            required property string regionName
            required property date startedAt
            required property bool completed
            required property int stepsCompleted
            required property int stepsTotal

            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchTarget + Theme.spaceM, implicitContentHeight + Theme.spaceM * 2)
            Accessible.name: title + ", " + regionName + ", " + Qt.formatDateTime(startedAt, Locale.LongFormat)
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radiusS
            }
            contentItem: Column {
                spacing: 2
                Label {
                    width: parent.width
                    text: entry.title
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Medium
                    elide: Text.ElideRight
                }
                Label {
                    width: parent.width
                    text: entry.regionName + " \u00b7 " + entry.startedAt.toLocaleString(Qt.locale(), Locale.ShortFormat)
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    elide: Text.ElideRight
                }
                Label {
                    text: entry.completed ? qsTr("Completed") : qsTr("Ended after %1 of %2 steps").arg(entry.stepsCompleted).arg(entry.stepsTotal)
                    color: entry.completed ? Theme.primary : Theme.caution
                    font.pixelSize: Theme.fontCaption
                }
            }
        }
    }

    Label {
        objectName: "historyEmpty"
        anchors.centerIn: parent
        width: parent.width - Theme.spaceXl * 2
        visible: App.history.totalCount === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Sessions you finish appear here.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
    }
}
