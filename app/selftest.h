// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQuickWindow;
class QmlWarningGuard;
struct StartupOptions;

namespace unknot {
class AppCore;
}

namespace SelfTest {

// Called once the first frame is up. Without a link or screenshot, walks through every page
// (SelfTestTour); with one, lets the link's page settle, checks --expect-shown and saves the
// screenshot. Then ends the event loop: 0 when all was shown without a QML warning, 2 on
// warnings, 4 when something expected was not shown.
void run(QQuickWindow *window, unknot::AppCore &core, const StartupOptions &options,
         const QmlWarningGuard &guard);

} // namespace SelfTest
