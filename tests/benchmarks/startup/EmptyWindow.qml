// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// The baseline: an empty Qt Quick Controls window at the app's size.
ApplicationWindow {
    width: 412
    height: 915
    visible: true
}
