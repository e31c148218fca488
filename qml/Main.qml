// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Unknot

// The application window: phone-sized on desktop, full screen on phones. Plain Qt Quick, like
// the whole first screen: Qt Quick Controls load with the first page that uses them (AppPage).
Window {
    id: window

    width: 412
    height: 915
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Unknot")
    color: Theme.background

    // Back on the first screen: main hands the app to the platform (Android: to the background).
    signal leaveRequested

    AppShell {
        anchors.fill: parent
        onLeaveRequested: window.leaveRequested()
    }
}
