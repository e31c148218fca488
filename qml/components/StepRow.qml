// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot

// One step of a technique in its overview: number, what to do, what kind of step and how long,
// and its picture (built after the page, so it never delays it).
// A delegate of StepListModel: its properties are the model's roles.
RowLayout {
    id: row

    required property int number
    required property string text
    required property string kindName
    required property string timingText
    // "Pressure 5 of 10", or empty for a step that does not press.
    required property string pressureText
    // The technique and side the picture shows; no picture without a technique.
    property string techniqueId
    property string side: "left"
    // False once the loaded picture says the step has none.
    property bool hasPicture: true

    function pictureLoaded(picture) {
        picture.showToolLabel = false;
        picture.techniqueId = Qt.binding(() => row.techniqueId);
        picture.stepIndex = Qt.binding(() => row.number - 1);
        picture.side = Qt.binding(() => row.side);
        row.hasPicture = Qt.binding(() => picture.frame.valid);
    }

    spacing: Theme.spaceM
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Step %1: %2. %3, %4").arg(number).arg(text).arg(kindName).arg(timingText) + (pressureText.length > 0 ? ". " + pressureText : "")

    Rectangle {
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: 28
        Layout.preferredHeight: 28
        radius: 14
        color: Theme.primarySoft

        Label {
            anchors.centerIn: parent
            text: row.number
            color: Theme.primary
            font.pixelSize: Theme.fontCaption
            font.weight: Font.Bold
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2

        Label {
            Layout.fillWidth: true
            text: row.text
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: row.kindName + " \u00b7 " + row.timingText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "pressureTarget"
            Layout.fillWidth: true
            visible: row.pressureText.length > 0
            text: row.pressureText
            color: Theme.primary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
    }
    Loader {
        objectName: "stepPicture_" + row.number
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: 96
        Layout.preferredHeight: 96
        // Room is kept while it loads (no jump), and given back for a step without one.
        visible: active && row.hasPicture
        active: row.techniqueId.length > 0
        asynchronous: true
        source: "../pictures/StepPictureView.qml"
        onLoaded: row.pictureLoaded(item)
    }
}
