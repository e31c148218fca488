// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "links/linkreceiver.h"
#include "platform/instanceguard.h"

#include <QPointer>
#include <QQuickWindow>

#include <memory>

namespace unknot {
class AppCore;
}

// Where unknot:// links enter the app: from the operating system (LinkReceiver, registered on
// construction, so before the event loop first runs: Android delivers the launch intent on its
// first pass) and, on the desktop, from a second start of the app (InstanceGuard).
class LinkEntry
{
public:
    LinkEntry();

    // Desktop: claims the one instance for this records file. False: a running instance took
    // `link` (and shows its window), so this process should exit.
    bool claimInstance(const QString &link, bool singleInstance);
    // The UI is up: kept links go to the core now, later ones as they come; a second start
    // raises `window`.
    void deliverTo(unknot::AppCore &core, QQuickWindow *window);

private:
    unknot::LinkReceiver m_receiver;
    std::unique_ptr<unknot::InstanceGuard> m_instance;
    QPointer<QQuickWindow> m_window;
};
