// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// A 0–10 pain rating: eleven round targets with the words at the ends. value -1: not rated.
ColumnLayout {
    id: painScale

    property int value: -1
    property string question

    spacing: Theme.spaceS
    // The delegates cannot see this scale's id (qmllint), so the choice is pushed to them.
    onValueChanged: {
        for (let i = 0; i < dots.count; ++i)
            dots.itemAt(i).checked = i === value;
    }

    Label {
        Layout.fillWidth: true
        text: painScale.question
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }

    Flow {
        id: flow
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceS
        spacing: Theme.spaceS

        Repeater {
            id: dots
            model: 11
            delegate: AbstractButton {
                id: dot
                required property int index
                objectName: "pain" + index
                width: Theme.touchTarget
                height: Theme.touchTarget
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.name: dot.index === 0 ? qsTr("0, no pain") : dot.index === 10 ? qsTr("10, worst pain imaginable") : String(dot.index)
                onClicked: () => painScale.value = dot.index
                background: Rectangle {
                    radius: width / 2
                    color: dot.checked ? Theme.primary : Theme.surface
                    border.width: dot.visualFocus ? 2 : 1
                    border.color: dot.visualFocus ? Theme.focus : (dot.checked ? Theme.primary : Theme.outline)
                }
                contentItem: Text {
                    text: dot.index
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.fontHeading
                    font.weight: Font.DemiBold
                    color: dot.checked ? Theme.textOnPrimary : Theme.text
                }
            }
        }
    }

    // The ends' words share the row; with large text each wraps in its half.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceM
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: qsTr("0 = no pain")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            horizontalAlignment: Text.AlignRight
            text: qsTr("10 = worst imaginable")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
    }
}
