// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
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

    // Plain Qt Quick, as the whole first screen is (see AppPage): a tap, Space or Enter chooses.
    component Segment: Item {
        id: segment

        property bool current
        property string text

        signal clicked

        width: Math.max(Theme.touchTarget, label.implicitWidth + Theme.spaceM * 1.5)
        height: parent.height
        activeFocusOnTab: true
        Accessible.role: Accessible.RadioButton
        Accessible.name: text
        Accessible.checked: current
        Accessible.focusable: true
        Accessible.onPressAction: segment.clicked()
        Keys.onSpacePressed: segment.clicked()
        Keys.onReturnPressed: segment.clicked()
        Keys.onEnterPressed: segment.clicked()

        TapHandler {
            id: tap
            onTapped: segment.clicked()
        }

        Rectangle {
            anchors.fill: parent
            radius: height / 2
            color: segment.current ? Theme.primary : tap.pressed ? Theme.primarySoft : "transparent"
            border.color: segment.activeFocus ? Theme.focus : "transparent"
            border.width: 2
        }
        Text {
            id: label
            anchors.centerIn: parent
            text: segment.text
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

    Row {
        id: row
        anchors.fill: parent
        anchors.margins: 2

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
