// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Unknot

// The health checklist on a page of its own, opened from More.
AppPage {
    id: page

    signal backRequested

    objectName: "healthChecklistPage"
    background: Rectangle {
        color: Theme.background
    }
    header: PageHeader {
        showBack: true
        title: qsTr("Your health")
        onBackClicked: page.backRequested()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: checklist.implicitHeight + Theme.spaceL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollIndicator.vertical: ScrollIndicator {
        }

        HealthChecklistView {
            id: checklist
            objectName: "healthChecklist"
            x: Math.max(Theme.spaceM, (flick.width - Theme.contentMaxWidth) / 2)
            width: Math.min(flick.width - Theme.spaceM * 2, Theme.contentMaxWidth)
        }
    }
}
