// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Unknot

// The application window: phone-sized on desktop, full screen on phones.
ApplicationWindow {
    id: window

    width: 412
    height: 915
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Unknot")
    color: Theme.background

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text

    AppShell {
        anchors.fill: parent
    }
}
