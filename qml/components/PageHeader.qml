// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
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

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.showBack ? Theme.spaceXs : Theme.spaceM
        anchors.rightMargin: Theme.spaceM
        spacing: Theme.spaceXs

        // Built only where there is a way back (not on the first screen).
        Loader {
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            visible: header.showBack
            active: header.showBack
            source: "BackButton.qml"
            onLoaded: header.attachBackButton(item)
        }

        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
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
                Layout.fillWidth: true
                visible: header.subtitle.length > 0
                text: header.subtitle
                color: Theme.textSecondary
                font.pixelSize: Theme.fontLabel
                wrapMode: Text.Wrap
            }
        }
    }
}
