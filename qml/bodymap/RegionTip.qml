// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Unknot

// The name of a region above it: shown for the region under the mouse or in keyboard focus.
Item {
    id: tipHost

    property string region
    property rect area
    property string name

    // Not inside an AppPage: the Material colours follow the app's light or dark theme here.
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    ToolTip {
        visible: tipHost.region.length > 0
        text: tipHost.name
        x: tipHost.area.x + (tipHost.area.width - width) / 2
        y: tipHost.area.y - height - Theme.spaceXs
        delay: 0
    }
}
