// SPDX-License-Identifier: GPL-3.0-or-later
// Linux desktop: the build for development and tests. Nobody follows a session on it with their
// hands full, so the screen saver is left alone; exports go through a save dialog, not a share
// sheet. Reminders are posted through the session bus's notification service while Unknot runs.
#include "desktopremindernotifier.h"
#include "platform/platformservices.h"

namespace unknot {

PlatformServices createPlatformServices()
{
    PlatformServices services;
    // No microphone permission on desktops: recording is always allowed (microphoneAccess null).
    // Connecting to the session bus and asking it about the notification service would delay
    // the first frame: the notifier keeps the reminders it is given until then.
    auto notifier = std::make_unique<DesktopReminderNotifier>(
        DesktopReminderNotifier::BusProvider([] { return QDBusConnection::sessionBus(); }));
    services.startAfterFirstFrame = [started = notifier.get()] {
        started->start();
    };
    services.reminderNotifier = std::move(notifier);
    return services;
}

} // namespace unknot
