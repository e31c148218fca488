// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// One region: sessions done, pain before and after over time, the average change, and a
// notice when pain after sessions keeps rising.
Flickable {
    id: detailPage

    property string regionId
    property var detail: App.progress.regionDetail(regionId)
    readonly property string title: detail.name
    readonly property real change: detail.averageChange

    function pointText(p) {
        const before = p.before >= 0 ? qsTr("before %1").arg(p.before) : qsTr("before not rated");
        const after = p.after >= 0 ? qsTr("after %1").arg(p.after) : qsTr("after not rated");
        return p.date + ": " + before + ", " + after;
    }

    objectName: "regionDetailPage"
    contentHeight: column.implicitHeight + Theme.spaceL
    clip: true

    Connections {
        target: App.progress
        function onChanged() {
            detailPage.detail = App.progress.regionDetail(detailPage.regionId);
        }
    }

    ColumnLayout {
        id: column

        x: Math.max(Theme.spaceM, (detailPage.width - Theme.contentMaxWidth) / 2)
        y: Theme.spaceS
        width: Math.min(detailPage.width - Theme.spaceM * 2, Theme.contentMaxWidth)
        spacing: Theme.spaceM

        Rectangle {
            objectName: "risingPainNotice"
            Layout.fillWidth: true
            visible: detailPage.detail.rising
            implicitHeight: notice.implicitHeight + Theme.spaceM * 2
            radius: Theme.radiusM
            color: Theme.cautionSoft
            border.color: Theme.caution
            Accessible.role: Accessible.AlertMessage
            Accessible.name: notice.text

            Label {
                id: notice

                x: Theme.spaceM
                y: Theme.spaceM
                width: parent.width - Theme.spaceM * 2
                text: qsTr("Pain after your sessions has risen over the last three sessions for this area. Please check with your practitioner before you continue.")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }

        Label {
            objectName: "regionSummary"
            Layout.fillWidth: true
            text: qsTr("%Ln session(s)", "", detailPage.detail.sessions) + " · " + (isNaN(detailPage.change) ? qsTr("no pain ratings yet") : qsTr("average change %1 points (after minus before, over %Ln rated session(s))", "", detailPage.detail.rated).arg((detailPage.change > 0 ? "+" : "") + detailPage.change.toLocaleString(Qt.locale(), "f", 1)))
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }

        SectionCard {
            Layout.fillWidth: true
            title: qsTr("Pain before and after")

            Label {
                Layout.fillWidth: true
                text: qsTr("0 none to 10 worst · the last %Ln rated session(s)", "", detailPage.detail.points.length)
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
                wrapMode: Text.Wrap
            }

            PainChart {
                objectName: "painChart"
                Layout.fillWidth: true
                Layout.preferredHeight: 200
                points: detailPage.detail.points
                summary: qsTr("Pain before and after each session, oldest first. %1").arg(detailPage.detail.points.map(p => detailPage.pointText(p)).join("; "))
            }
            Row {
                spacing: Theme.spaceM
                Accessible.ignored: true

                Row {
                    spacing: Theme.spaceXs
                    // Dashed like the line it stands for.
                    Row {
                        anchors.verticalCenter: parent.verticalCenter
                        spacing: 3
                        Repeater {
                            model: 2
                            Rectangle {
                                width: 6
                                height: 3
                                color: Theme.textSecondary
                            }
                        }
                    }
                    Label {
                        text: qsTr("Before (dashed)")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontCaption
                    }
                }
                Row {
                    spacing: Theme.spaceXs
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 18
                        height: 3
                        color: Theme.primary
                    }
                    Label {
                        text: qsTr("After")
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontCaption
                    }
                }
            }
        }
    }
}
