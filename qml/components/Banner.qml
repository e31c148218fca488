// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Unknot

// A message that stays until dismissed: what happened, in plain words.
Rectangle {
    id: banner

    property string text
    property bool danger: false

    signal dismissed

    // Not inside an AppPage: the Material colours follow the app's light or dark theme here.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    visible: text.length > 0
    implicitHeight: visible ? row.implicitHeight + Theme.spaceS * 2 : 0
    radius: Theme.radiusM
    color: danger ? Theme.dangerSoft : Theme.cautionSoft
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceM
        anchors.rightMargin: Theme.spaceXs
        anchors.topMargin: Theme.spaceS
        anchors.bottomMargin: Theme.spaceS
        spacing: Theme.spaceS

        Label {
            Layout.fillWidth: true
            text: banner.text
            color: banner.danger ? Theme.danger : Theme.caution
            font.pixelSize: Theme.fontLabel
            wrapMode: Text.Wrap
        }
        ToolButton {
            objectName: "bannerDismiss"
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            // Laid out only when shown: the glyph may need a fallback font.
            text: banner.visible ? "\u2715" : ""
            Accessible.name: qsTr("Dismiss message")
            onClicked: banner.dismissed()
        }
    }
}
