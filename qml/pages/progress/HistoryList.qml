// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot
import Unknot.Core

// Every session, newest first, loaded a page at a time; each can be deleted, with undo.
Item {
    id: history

    function remove(row) {
        if (App.history.removeRow(row))
            undoTimer.restart();
    }

    ListView {
        id: list

        objectName: "historyList"
        anchors.fill: parent
        anchors.topMargin: Theme.spaceS // air between the tabs and the first session
        anchors.leftMargin: Math.max(Theme.spaceS, (parent.width - Theme.contentMaxWidth) / 2)
        anchors.rightMargin: anchors.leftMargin
        anchors.bottomMargin: undoBar.visible ? undoBar.height + Theme.spaceS : 0
        clip: true
        spacing: 2
        model: App.history
        // A row is plain items (texts on a rectangle, one light button): a screenful of styled
        // controls per row made the tab miss its first frames.
        delegate: Rectangle {
            id: entry

            required property int index
            required property string title
            required property string regionName
            // In the local time where the session happened, as the calendar counts it.
            required property string whenText
            required property string whenLongText
            required property bool completed
            required property int stepsCompleted
            required property int stepsTotal
            required property int painBefore
            required property int painAfter

            readonly property string painText: painBefore >= 0 && painAfter >= 0 ? qsTr("pain %1 → %2").arg(painBefore).arg(painAfter) : ""

            width: ListView.view.width
            height: Math.max(Theme.touchTarget + Theme.spaceM, texts.implicitHeight + Theme.spaceM * 2)
            color: Theme.surface
            radius: Theme.radiusS
            Accessible.role: Accessible.ListItem
            Accessible.name: title + ", " + regionName + ", " + whenLongText + (painText ? ", " + painText : "")

            Column {
                id: texts

                x: Theme.spaceM
                anchors.verticalCenter: parent.verticalCenter
                width: deleteButton.x - x - Theme.spaceS
                spacing: 2

                Text {
                    width: parent.width
                    text: entry.title
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.Medium
                    // Large text wraps to a second line before it is cut short.
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: entry.regionName + " · " + entry.whenText
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: (entry.completed ? qsTr("Completed") : qsTr("Ended after %1 of %Ln step(s)", "", entry.stepsTotal).arg(entry.stepsCompleted)) + (entry.painText ? " · " + entry.painText : "")
                    color: entry.completed ? Theme.primary : Theme.caution
                    font.pixelSize: Theme.fontCaption
                    wrapMode: Text.Wrap
                }
            }
            AbstractButton {
                id: deleteButton

                objectName: "deleteSession"
                anchors.right: parent.right
                anchors.rightMargin: Theme.spaceXs
                anchors.verticalCenter: parent.verticalCenter
                implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + Theme.spaceM * 2)
                implicitHeight: Theme.touchTarget
                focusPolicy: Qt.StrongFocus
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete %1 of %2").arg(entry.title).arg(entry.whenText)
                onClicked: () => history.remove(entry.index)

                // Styles colour a button's text their own way; this one must read as
                // destructive in every style.
                contentItem: Text {
                    text: deleteButton.text
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.Medium
                    color: Theme.danger
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radiusS
                    color: deleteButton.down ? Theme.dangerSoft : "transparent"
                    border.width: deleteButton.visualFocus ? 2 : 0
                    border.color: Theme.focus
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

    Rectangle {
        id: undoBar

        objectName: "undoBar"
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.spaceS
        width: Math.min(parent.width - Theme.spaceM * 2, Theme.contentMaxWidth)
        height: Theme.touchTarget + Theme.spaceS
        radius: Theme.radiusS
        color: Theme.text
        visible: App.history.canUndo && undoTimer.running

        Label {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spaceM
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Session deleted.")
            color: Theme.background
            font.pixelSize: Theme.fontBody
        }
        Button {
            objectName: "undoButton"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spaceS
            anchors.verticalCenter: parent.verticalCenter
            height: Theme.touchTarget
            flat: true
            text: qsTr("Undo")
            palette.buttonText: Theme.background
            onClicked: () => {
                App.history.undoRemoval();
                undoTimer.stop();
            }
        }
        Timer {
            id: undoTimer

            interval: 8000
        }
    }
}
