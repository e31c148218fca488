// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot

// The top of a page: an optional back button, the title and an optional subtitle. Plain Qt
// Quick: it is on the first screen (the back button, a Control, loads only where needed).
Rectangle {
    id: header

    property string title
    property string subtitle
    property bool showBack: false

    signal backClicked

    function attachBackButton(button) {
        button.clicked.connect(header.backClicked);
    }

    implicitHeight: Math.max(Theme.touchTarget + Theme.spaceM, column.implicitHeight + Theme.spaceM * 2)
    color: Theme.background

    // Built only where there is a way back (not on the first screen).
    Loader {
        id: back
        x: Theme.spaceXs
        width: Theme.touchTarget
        height: Theme.touchTarget
        anchors.verticalCenter: parent.verticalCenter
        visible: header.showBack
        active: header.showBack
        source: "BackButton.qml"
        onLoaded: header.attachBackButton(item)
    }

    Column {
        id: column
        anchors.left: header.showBack ? back.right : parent.left
        anchors.leftMargin: header.showBack ? Theme.spaceXs : Theme.spaceM
        anchors.right: parent.right
        anchors.rightMargin: Theme.spaceM
        anchors.verticalCenter: parent.verticalCenter
        spacing: 2

        Text {
            width: parent.width
            text: header.title
            color: Theme.text
            font.pixelSize: header.showBack ? Theme.fontTitle : Theme.fontDisplay
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
        Text {
            width: parent.width
            visible: header.subtitle.length > 0
            text: header.subtitle
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.Wrap
        }
    }
}
