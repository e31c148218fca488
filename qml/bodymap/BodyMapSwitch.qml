// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// A two-way segmented choice ("Front | Back", "Map | List"): each segment a full finger target
// and an accessible radio button.
Rectangle {
    id: control

    property string firstValue
    property string firstText
    property string secondValue
    property string secondText
    property string value
    property string name

    signal chosen(string value)

    component Segment: AbstractButton {
        id: segment

        property bool current

        Layout.fillHeight: true
        Layout.preferredWidth: Math.max(Theme.touchTarget, implicitContentWidth + Theme.spaceM * 1.5)
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.RadioButton
        Accessible.name: text
        Accessible.checked: current

        background: Rectangle {
            radius: height / 2
            color: segment.current ? Theme.primary : segment.down ? Theme.primarySoft : "transparent"
            border.color: segment.visualFocus ? Theme.focus : "transparent"
            border.width: 2
        }
        contentItem: Label {
            text: segment.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: segment.current ? Theme.textOnPrimary : Theme.text
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
        }
    }

    implicitWidth: row.implicitWidth + 4
    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: Theme.surfaceRaised
    border.color: Theme.outline
    Accessible.role: Accessible.Grouping
    Accessible.name: name

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 2
        spacing: 0

        Segment {
            objectName: control.objectName + "_" + control.firstValue
            text: control.firstText
            current: control.value === control.firstValue
            onClicked: control.chosen(control.firstValue)
        }
        Segment {
            objectName: control.objectName + "_" + control.secondValue
            text: control.secondText
            current: control.value === control.secondValue
            onClicked: control.chosen(control.secondValue)
        }
    }
}
