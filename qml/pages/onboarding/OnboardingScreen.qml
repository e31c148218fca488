// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// One screen of the introduction: a heading (where the focus lands, so a screen reader reads
// it first) and its points, in reading order.
ColumnLayout {
    id: screen

    property string heading
    property var points: []

    function focusHeading() {
        headingText.forceActiveFocus();
    }

    spacing: Theme.spaceM

    Text {
        id: headingText
        objectName: "onboardingHeading"
        Layout.fillWidth: true
        text: screen.heading
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        activeFocusOnTab: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
        Accessible.focusable: true
    }
    Repeater {
        model: screen.points
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            leftPadding: Theme.spaceM
            text: modelData
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text

            Rectangle {
                x: Theme.spaceXs
                y: (Theme.fontBody * 1.4 - height) / 2
                width: 6
                height: 6
                radius: 3
                color: Theme.primary
            }
        }
    }
}
