// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Progress: how well the last weeks kept to the plan, done against planned per week (Monday to
// Sunday). Read when shown; light: a few numbers and bars.
SectionCard {
    id: section

    readonly property int weeks: 4
    property var figures: []

    function refresh() {
        // The last week is this one (so far).
        const weeksRead = App.plan.adherence(weeks);
        const out = [];
        for (let i = 0; i < weeksRead.length; ++i)
            out.push({
                    "monday": weeksRead[i].monday,
                    "planned": weeksRead[i].planned,
                    "done": weeksRead[i].done,
                    "thisWeek": i === weeksRead.length - 1
                });
        figures = out;
    }

    objectName: "planAdherence"
    title: qsTr("Keeping to my plan")
    Component.onCompleted: refresh()

    Connections {
        target: App.plan
        function onChanged() {
            section.refresh();
        }
    }

    Label {
        Layout.fillWidth: true
        visible: section.figures.every(w => w.planned === 0)
        text: qsTr("No plan yet, or nothing planned in these weeks.")
        color: Theme.textSecondary
        font.pixelSize: Theme.fontCaption
        wrapMode: Text.Wrap
    }
    Repeater {
        model: section.figures
        delegate: RowLayout {
            id: weekRow

            required property var modelData

            Layout.fillWidth: true
            visible: modelData.planned > 0
            spacing: Theme.spaceS
            Accessible.role: Accessible.StaticText
            Accessible.name: weekLabel.text + ": " + countLabel.text

            Label {
                id: weekLabel

                Layout.preferredWidth: Theme.touchTarget * 2.2
                text: weekRow.modelData.thisWeek ? qsTr("This week") : qsTr("Week of %1").arg(weekRow.modelData.monday.toLocaleDateString(Qt.locale(), "d MMM"))
                color: Theme.text
                font.pixelSize: Theme.fontCaption
                elide: Text.ElideRight
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.spaceS
                radius: height / 2
                color: Theme.surfaceRaised

                Rectangle {
                    width: parent.width * Math.min(1, weekRow.modelData.done / Math.max(1, weekRow.modelData.planned))
                    height: parent.height
                    radius: height / 2
                    color: Theme.primary
                }
            }
            Label {
                id: countLabel

                text: qsTr("%1 of %2").arg(weekRow.modelData.done).arg(weekRow.modelData.planned)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
            }
        }
    }
}
