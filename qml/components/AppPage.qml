// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Unknot

// A page built with Qt Quick Controls. The first screen is built without them (so the app
// starts sooner); here the Material style takes the design tokens, for everything inside.
Page {
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text
}
