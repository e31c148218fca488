// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// Streaks, sessions per week over the last 12 weeks, the calendar of recent months, each
// region's pain trend, and export / restore.
Flickable {
    id: overview

    signal regionChosen(string regionId)

    function weekLabel(d) {
        return d.toLocaleDateString(Qt.locale(), "d MMM");
    }
    // Plain JavaScript over the lists C++ hands over.
    function pick(list, key) {
        return list.map(item => item[key]);
    }
    function weekLabels(weeks) {
        return weeks.map(w => weekLabel(w.weekStart));
    }
    function weekSummary(weeks) {
        return weeks.map(w => qsTr("week of %1: %2").arg(weekLabel(w.weekStart)).arg(w.count)).join("; ");
    }
    // What pain after the last rated sessions did (ProgressQueries::Trend), in words.
    function trendText(trend) {
        switch (trend) {
        case "rising":
            return qsTr("pain rising");
        case "higher":
            return qsTr("pain higher than before");
        case "steady":
            return qsTr("pain the same as before");
        case "lower":
            return qsTr("pain lower than before");
        case "easing":
            return qsTr("pain easing");
        }
        return "";
    }

    function changeText(change) {
        if (isNaN(change))
            return qsTr("no pain ratings yet");
        const rounded = Math.round(change * 10) / 10;
        return rounded < 0 ? qsTr("pain %1 on average").arg(rounded.toLocaleString(Qt.locale(), "f", 1)) : rounded > 0 ? qsTr("pain +%1 on average").arg(rounded.toLocaleString(Qt.locale(), "f", 1)) : qsTr("pain unchanged on average");
    }

    objectName: "progressOverview"
    contentHeight: column.implicitHeight + Theme.spaceL
    clip: true
    Component.onCompleted: App.progress.refresh()

    // One streak as a card: the number large, what it counts below. Two equal cards share a row.
    component StreakCard: Rectangle {
        id: streak

        property string label
        property int days

        Layout.fillWidth: true
        Layout.preferredWidth: 1
        implicitHeight: streakColumn.implicitHeight + Theme.spaceM * 2
        radius: Theme.radiusM
        color: Theme.surface
        border.color: Theme.outline
        border.width: 1
        Accessible.role: Accessible.StaticText
        Accessible.name: streak.label + ": " + qsTr("%Ln day(s)", "", streak.days)

        Column {
            id: streakColumn

            x: Theme.spaceM
            y: Theme.spaceM
            width: streak.width - Theme.spaceM * 2

            Label {
                // The locale's digit grouping: 1,234 rather than 1234.
                text: streak.days.toLocaleString(Qt.locale(), "f", 0)
                color: Theme.primary
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.Bold
            }
            Label {
                width: parent.width
                text: streak.label + " · " + qsTr("day(s)", "", streak.days)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.Wrap
            }
        }
    }

    ColumnLayout {
        id: column

        x: Math.max(Theme.spaceM, (overview.width - Theme.contentMaxWidth) / 2)
        y: Theme.spaceS
        width: Math.min(overview.width - Theme.spaceM * 2, Theme.contentMaxWidth)
        spacing: Theme.spaceM

        RowLayout {
            objectName: "streaks"
            Layout.fillWidth: true
            spacing: Theme.spaceM

            StreakCard {
                objectName: "currentStreak"
                label: qsTr("Current streak")
                days: App.progress.currentStreak
            }
            StreakCard {
                objectName: "bestStreak"
                label: qsTr("Best streak")
                days: App.progress.bestStreak
            }
        }

        SectionCard {
            Layout.fillWidth: true
            title: qsTr("Completed sessions per week")

            BarChart {
                id: weekChart

                objectName: "weekChart"
                Layout.fillWidth: true
                Layout.preferredHeight: 150
                values: overview.pick(App.progress.weeks, "count")
                labels: overview.weekLabels(App.progress.weeks)
                maxValue: App.progress.weekMax
                summary: qsTr("Completed sessions per week, last 12 weeks, oldest first: %1").arg(overview.weekSummary(App.progress.weeks))
            }
            Label {
                Layout.fillWidth: true
                visible: App.progress.weekMax === 0
                text: qsTr("No completed sessions in the last 12 weeks yet. Each session you finish adds to its week.")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.Wrap
            }
        }

        // Done against planned per week: built after the first frame, by file.
        Loader {
            objectName: "planAdherenceLoader"
            Layout.fillWidth: true
            asynchronous: true
            source: "../plan/PlanAdherenceSection.qml"
        }

        // The first frame shows the streaks and the week chart (what fits a phone's first
        // screen); the calendar, the regions and export are incubated over the next frames, so
        // opening the tab never waits for them.
        Loader {
            id: rest

            objectName: "overviewRest"
            Layout.fillWidth: true
            asynchronous: true
            sourceComponent: ColumnLayout {
                spacing: Theme.spaceM

                SectionCard {
                    Layout.fillWidth: true
                    title: qsTr("Days worked")

                    CalendarHeatmap {
                        objectName: "calendar"
                        Layout.fillWidth: true
                        counts: App.progress.calendarCounts
                        startDate: App.progress.calendarStart
                        summary: qsTr("%Ln day(s) with a completed session since %1", "", App.progress.daysWorked).arg(App.progress.calendarStart.toLocaleDateString(Qt.locale(), "d MMM"))
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%Ln day(s) with a completed session in the last 17 weeks.", "", App.progress.daysWorked)
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontCaption
                        wrapMode: Text.Wrap
                    }
                }

                SectionCard {
                    objectName: "regionsCard"
                    Layout.fillWidth: true
                    title: qsTr("By region")

                    Label {
                        Layout.fillWidth: true
                        visible: App.progress.regions.length === 0
                        text: qsTr("Regions you work on appear here, with how their pain changes.")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: App.progress.regions

                        delegate: ListRow {
                            id: regionRow

                            required property var modelData

                            objectName: "regionRow_" + modelData.regionId
                            Layout.fillWidth: true
                            text: modelData.name
                            detail: qsTr("%Ln session(s)", "", modelData.sessions) + " · " + overview.changeText(modelData.averageChange) + (modelData.trend ? " · " + overview.trendText(modelData.trend) : "")
                            onClicked: () => overview.regionChosen(regionRow.modelData.regionId)
                        }
                    }
                }

                TransferSection {
                    Layout.fillWidth: true
                }
            }
        }
    }
}
