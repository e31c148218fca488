// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// A page for the page stack's test: a coloured square with a name.
Rectangle {
    property string name

    color: "#88aa99"
}
