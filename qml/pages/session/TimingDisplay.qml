// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// The step's timing at a glance: the hold's countdown, or which repetition of how many.
Rectangle {
    id: display

    readonly property GuidedSession session: App.session
    readonly property bool counting: session.activity === "hold" || session.activity === "repetition"

    implicitHeight: column.implicitHeight + Theme.spaceM * 2
    radius: Theme.radiusL
    color: counting ? Theme.primarySoft : Theme.surfaceRaised
    Accessible.role: Accessible.StaticText
    Accessible.name: number.text + " " + unit.text

    Behavior on color  {
        ColorAnimation {
            duration: Theme.animationNormal
        }
    }

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: 0

        Label {
            id: number
            objectName: "timingNumber"
            Layout.alignment: Qt.AlignHCenter
            text: display.session.repetitions ? qsTr("%1 of %2").arg(display.session.repetition).arg(display.session.repetitionCount) : String(display.session.secondsLeft)
            color: display.counting && !display.session.paused ? Theme.primary : Theme.textSecondary
            font.pixelSize: Theme.fontDisplay * 1.6
            font.weight: Font.DemiBold
        }
        Label {
            id: unit
            objectName: "timingUnit"
            Layout.alignment: Qt.AlignHCenter
            text: {
                if (display.session.paused)
                    return qsTr("Paused");
                const a = display.session.activity;
                if (a === "announcement" || a === "cue")
                    return qsTr("Listen, then begin");
                if (a === "chime" || a === "closing")
                    return qsTr("Step done");
                if (display.session.repetitions)
                    return qsTr("repetitions");
                return qsTr("second(s) left", "", display.session.secondsLeft);
            }
            color: Theme.textSecondary
            font.pixelSize: Theme.fontLabel
        }
    }
}
