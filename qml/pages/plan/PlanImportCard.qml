// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// A plan that arrived as a file, beside the current one: Replace or Cancel. Nothing changes
// before Replace.
SectionCard {
    id: card

    signal replaced(string error)

    objectName: "planImportCard"
    title: qsTr("A plan to import")
    tint: Theme.cautionSoft

    Label {
        Layout.fillWidth: true
        text: App.plan.count === 0 ? qsTr("It becomes your plan.") : qsTr("It replaces your current plan of %n technique(s).", "", App.plan.count)
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Label {
        text: qsTr("In the file")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
    }
    Repeater {
        model: App.plan.pendingImport
        delegate: Label {
            required property var modelData

            Layout.fillWidth: true
            text: "•  " + modelData.title + " · " + modelData.scheduleText
            color: Theme.text
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
    }
    Label {
        visible: App.plan.pendingTechniques.length > 0
        text: qsTr("Custom techniques in the file")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
    }
    Repeater {
        model: App.plan.pendingTechniques
        delegate: Label {
            required property var modelData

            objectName: "importedTechnique"
            Layout.fillWidth: true
            text: "•  " + modelData.title + " · " + (modelData.alreadyHere ? qsTr("already on this phone") : qsTr("%n recorded step(s)", "", modelData.recordings))
            color: Theme.text
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
    }
    Label {
        visible: App.plan.count > 0
        text: qsTr("Now in your plan")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
    }
    Repeater {
        model: App.plan.count > 0 ? App.plan : null
        delegate: Label {
            required property string title
            required property string scheduleText

            Layout.fillWidth: true
            text: "•  " + title + " · " + scheduleText
            color: Theme.textSecondary
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
    }
    Label {
        objectName: "importNotes"
        Layout.fillWidth: true
        visible: App.plan.importNotes.length > 0
        text: App.plan.importNotes
        color: Theme.caution
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS

        AppButton {
            objectName: "cancelImport"
            Layout.fillWidth: true
            tone: "secondary"
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel the import")
            onClicked: App.plan.cancelImport()
        }
        AppButton {
            objectName: "replacePlan"
            Layout.fillWidth: true
            text: qsTr("Replace")
            Accessible.name: qsTr("Replace my plan with this one")
            onClicked: card.replaced(App.plan.applyImport())
        }
    }
}
