// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Unknot
import Unknot.Core

// The guided session. The engine (App.session) runs it; this page shows its phase and sends
// the user's commands. "Sharp pain — stop" stays in the header the whole time.
AppPage {
    id: page

    readonly property GuidedSession session: App.session
    readonly property string regionName: App.catalog.regionName(session.regionId)
    // The phase that was last shown, so the page keeps its look while it closes.
    property int shownPhase: GuidedSession.Preparing

    // Runs once the session has ended after the question (a link to open); null for Back.
    property var afterEnd: null
    property bool pausedBeforeAsking: false

    signal closeRequested

    // Back (Android key, Escape) asks before ending the session; Back again keeps going.
    function goBack() {
        if (confirmStop.opened)
            keepGoing();
        else
            askToEnd(null);
    }
    // A link or Back never ends a session without the user's word. `then` runs once it ended.
    function askToEnd(then) {
        afterEnd = then;
        if (!confirmStop.opened)
            confirmStop.open();
    }
    function keepGoing() {
        afterEnd = null;
        confirmStop.close();
        if (!pausedBeforeAsking)
            session.resume();
    }
    // Before the steps begin nothing has happened yet: leaving needs no question and saves
    // nothing.
    function leaveBeforeBeginning() {
        session.stop();
        page.closeRequested();
    }
    function endSession() {
        const then = afterEnd;
        afterEnd = null;
        confirmStop.close();
        if (then) {
            // Running -> review -> saved: at most two steps, then the link opens.
            for (let i = 0; i < 3 && session.active; ++i)
                session.stop();
            then();
            return;
        }
        session.stop();
        // Stopping steps leads to the review; before or after them the page has nothing left.
        if (!session.active)
            page.closeRequested();
    }

    objectName: "sessionPage"
    background: Rectangle {
        color: Theme.background
    }

    Connections {
        target: page.session
        function onPhaseChanged() {
            if (page.session.phase !== GuidedSession.Idle)
                page.shownPhase = page.session.phase;
        }
    }
    Component.onCompleted: if (session.phase !== GuidedSession.Idle)
        shownPhase = session.phase

    header: Rectangle {
        implicitHeight: headerRow.implicitHeight + Theme.spaceM * 2
        color: Theme.background

        // The stop button sits beside the title, or under it when large text leaves the title
        // too little room.
        GridLayout {
            id: headerRow
            readonly property bool stacked: painStop.implicitWidth > width * 0.45
            anchors.fill: parent
            // The back arrow's button reaches into the margin, so its arrow lines up with the
            // text below (as in PageHeader).
            readonly property real margin: Math.max(Theme.spaceM, (parent.width - Theme.contentMaxWidth) / 2)
            anchors.leftMargin: leave.visible ? margin - (Theme.spaceM - Theme.spaceXs) : margin
            anchors.rightMargin: margin
            columns: stacked ? 1 : 2
            columnSpacing: Theme.spaceS
            rowSpacing: Theme.spaceS

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXs

                // A visible way back while the session is only being prepared (Android's Back
                // and Escape do the same); once the steps run, ending asks first (Stop).
                ToolButton {
                    id: leave
                    objectName: "leaveSessionButton"
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    visible: page.shownPhase === GuidedSession.Preparing
                    icon.source: "qrc:/assets/icons/back.svg"
                    icon.color: Theme.text
                    Accessible.name: qsTr("Back")
                    onClicked: page.leaveBeforeBeginning()
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        objectName: "sessionTitle"
                        Layout.fillWidth: true
                        text: page.session.title
                        color: Theme.text
                        font.pixelSize: Theme.fontHeading
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        text: page.regionName
                        color: Theme.textSecondary
                        font.pixelSize: Theme.fontLabel
                        wrapMode: Text.Wrap
                    }
                }
            }
            AppButton {
                id: painStop
                objectName: "painStopButton"
                Layout.fillWidth: headerRow.stacked
                Layout.leftMargin: headerRow.stacked && leave.visible ? Theme.spaceM - Theme.spaceXs : 0
                visible: page.shownPhase === GuidedSession.Preparing || page.shownPhase === GuidedSession.Running
                tone: "danger"
                leftPadding: Theme.spaceM
                rightPadding: Theme.spaceM
                font.pixelSize: Theme.fontLabel
                text: qsTr("Sharp pain — stop")
                onClicked: {
                    if (page.session.phase === GuidedSession.Preparing) {
                        page.leaveBeforeBeginning();
                    } else {
                        page.session.stopForPain();
                    }
                }
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.shownPhase === GuidedSession.Running ? 1 : page.shownPhase === GuidedSession.Review ? 2 : page.shownPhase === GuidedSession.PainStopped ? 3 : 0

        PrepareView {
            regionName: page.regionName
        }
        // The later views are built when they show: the AT-SPI bridge (Qt 6.4) offers a
        // control's on-screen extents only if it has some when a screen reader first meets it,
        // and a view waiting hidden in this layout has none.
        Loader {
            active: page.shownPhase === GuidedSession.Running
            sourceComponent: RunningView {
                onStopRequested: () => confirmStop.open() // qmllint disable unqualified
            }
        }
        Loader {
            active: page.shownPhase === GuidedSession.Review
            sourceComponent: ReviewView {
                regionName: page.regionName // qmllint disable unqualified
                onSaved: () => page.closeRequested() // qmllint disable unqualified
            }
        }
        Loader {
            active: page.shownPhase === GuidedSession.PainStopped
            sourceComponent: PainStopView {
                onClosed: () => page.closeRequested() // qmllint disable unqualified
            }
        }
    }

    Popup {
        id: confirmStop
        objectName: "confirmStop"
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spaceL * 2, 420)
        modal: true
        padding: Theme.spaceL
        onAboutToShow: {
            page.pausedBeforeAsking = page.session.paused;
            page.session.pause();
        }
        background: Rectangle {
            radius: Theme.radiusL
            color: Theme.surface
            border.color: Theme.outline
        }
        Overlay.modal: Rectangle {
            color: Theme.scrim
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spaceM

            Label {
                objectName: "confirmStopTitle"
                Layout.fillWidth: true
                text: page.afterEnd ? qsTr("Open the link?") : page.shownPhase === GuidedSession.Preparing ? qsTr("Leave this session?") : qsTr("End this session?")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: (page.afterEnd ? qsTr("It ends this session.") + " " : "") + (page.shownPhase === GuidedSession.Preparing ? qsTr("Nothing has been recorded yet.") : page.shownPhase === GuidedSession.Running ? qsTr("The steps you have done so far are saved.") : qsTr("The session is saved as it is."))
                color: Theme.textSecondary
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            AppButton {
                objectName: "confirmStopButton"
                Layout.fillWidth: true
                text: page.afterEnd ? qsTr("End session and open") : qsTr("End session")
                onClicked: page.endSession()
            }
            AppButton {
                objectName: "keepGoingButton"
                Layout.fillWidth: true
                tone: "secondary"
                text: qsTr("Keep going")
                onClicked: page.keepGoing()
            }
        }
    }
}
