// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// How often to do a technique, and where to go from it: its firmer versions once it feels easy,
// its gentler ones for a sore day. Each opens that technique's page.
SectionCard {
    id: card

    required property StepListModel technique

    objectName: "progression"
    title: qsTr("How often and what next")
    visible: technique.frequencyText.length > 0 || technique.firmerVersions.length > 0 || technique.gentlerVersions.length > 0

    Label {
        objectName: "frequency"
        Layout.fillWidth: true
        visible: text.length > 0
        text: card.technique.frequencyText
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Repeater {
        model: card.technique.firmerVersions
        delegate: AppButton {
            required property string modelData
            objectName: "firmer_" + modelData
            Layout.fillWidth: true
            tone: "secondary"
            text: qsTr("A firmer way, once this feels easy: %1").arg(App.catalog.titleOf(modelData))
            Accessible.name: text
            onClicked: App.openLink("unknot://technique/" + modelData)
        }
    }
    Repeater {
        model: card.technique.gentlerVersions
        delegate: AppButton {
            required property string modelData
            objectName: "gentler_" + modelData
            Layout.fillWidth: true
            tone: "secondary"
            text: qsTr("A gentler way: %1").arg(App.catalog.titleOf(modelData))
            Accessible.name: text
            onClicked: App.openLink("unknot://technique/" + modelData)
        }
    }
}
