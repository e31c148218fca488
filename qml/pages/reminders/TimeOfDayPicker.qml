// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// Hour and minute as two spin boxes: a screen reader hears "Hour, 7" and "Minute, 30", and
// each steps with the volume keys or swipes as well as by typing.
RowLayout {
    id: picker

    property int hour
    property int minute

    signal hourEdited(int value)
    signal minuteEdited(int value)

    spacing: Theme.spaceS

    SpinBox {
        objectName: "hourPicker"
        // Two spin boxes side by side must fit a 390 dp phone.
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.maximumWidth: implicitWidth
        Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
        from: 0
        to: 23
        value: picker.hour
        editable: true
        wrap: true
        textFromValue: (value, locale) => String(value).padStart(2, "0")
        valueFromText: (text, locale) => parseInt(text, 10)
        validator: IntValidator {
            bottom: 0
            top: 23
        }
        Accessible.name: qsTr("Hour, %1").arg(value)
        onValueModified: picker.hourEdited(value)
    }
    Label {
        text: ":"
        color: Theme.text
        font.pixelSize: Theme.fontTitle
        Accessible.ignored: true
    }
    SpinBox {
        objectName: "minutePicker"
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.maximumWidth: implicitWidth
        Layout.preferredHeight: Math.max(Theme.touchTarget, implicitHeight)
        from: 0
        to: 59
        value: picker.minute
        editable: true
        wrap: true
        textFromValue: (value, locale) => String(value).padStart(2, "0")
        valueFromText: (text, locale) => parseInt(text, 10)
        validator: IntValidator {
            bottom: 0
            top: 59
        }
        Accessible.name: qsTr("Minute, %1").arg(value)
        onValueModified: picker.minuteEdited(value)
    }
}
