// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// On a region's page: what the practitioner said about working on it, and the way to record
// or change that.
Rectangle {
    id: summary

    required property string regionId
    property var clearance: App.safety.clearanceOf(regionId)
    readonly property string state: clearance.clearance
    readonly property color swatch: state === "cleared" ? Theme.primary : state === "cleared-with-care" ? Theme.accent : state === "not-cleared" ? Theme.danger : Theme.textSecondary
    readonly property string headline: state === "cleared" ? qsTr("Cleared by your practitioner") : state === "cleared-with-care" ? qsTr("Cleared with care") : state === "not-cleared" ? qsTr("Not cleared by your practitioner") : qsTr("Clearance not recorded")
    readonly property string details: {
        const parts = [];
        if (!clearance.recorded)
            return qsTr("Record what your practitioner said about working on this area.");
        if (clearance.clearedBy.length > 0)
            parts.push(qsTr("By %1").arg(clearance.clearedBy));
        if (clearance.clearedOn.length > 0)
            parts.push(qsTr("on %1").arg(Qt.formatDate(Date.fromLocaleDateString(Qt.locale("C"), clearance.clearedOn, "yyyy-MM-dd"), Locale.ShortFormat)));
        let text = parts.join(" ");
        if (clearance.note.length > 0)
            text += (text.length > 0 ? ". " : "") + clearance.note;
        return text;
    }

    signal editRequested

    objectName: "clearanceSummary"
    // Read again whenever a clearance changes.
    Connections {
        target: App.safety
        function onClearancesChanged() {
            summary.clearance = App.safety.clearanceOf(summary.regionId);
        }
    }

    implicitHeight: row.implicitHeight + Theme.spaceS * 2
    radius: Theme.radiusS
    color: Theme.surface
    border.color: Theme.outline
    border.width: 1

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spaceS
        anchors.leftMargin: Theme.spaceM
        spacing: Theme.spaceS

        Rectangle {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 4
            width: 14
            height: 14
            radius: 4
            color: summary.clearance.recorded ? Qt.rgba(summary.swatch.r, summary.swatch.g, summary.swatch.b, 0.6) : "transparent"
            border.color: summary.swatch
            border.width: 1
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Accessible.role: Accessible.StaticText
            Accessible.name: summary.headline + (summary.details.length > 0 ? ". " + summary.details : "")

            Label {
                objectName: "clearanceHeadline"
                Layout.fillWidth: true
                text: summary.headline
                color: Theme.text
                font.pixelSize: Theme.fontLabel
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "clearanceDetails"
                Layout.fillWidth: true
                visible: text.length > 0
                text: summary.details
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.Wrap
            }
        }
        AppButton {
            objectName: "editClearanceButton"
            Layout.alignment: Qt.AlignVCenter
            tone: "secondary"
            leftPadding: Theme.spaceM
            rightPadding: Theme.spaceM
            text: summary.clearance.recorded ? qsTr("Change") : qsTr("Record")
            Accessible.name: summary.clearance.recorded ? qsTr("Change the clearance") : qsTr("Record the clearance")
            onClicked: summary.editRequested()
        }
    }
}
