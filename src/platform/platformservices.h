// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/appbackground.h"
#include "platform/filesharer.h"
#include "platform/microphoneaccess.h"
#include "platform/remindernotifier.h"
#include "platform/screenawake.h"

#include <functional>
#include <memory>

namespace unknot {

// What the operating system does for the app. One library per OS under platforms/<os>/
// implements these interfaces and defines createPlatformServices(); the app links it, hands the
// core's services to AppCore::Config and keeps the rest itself. Tests construct the core without
// any (all optional). The one exception is the desktop's InstanceGuard (instanceguard.h): it must
// decide before anything else is built whether this process runs at all.
struct PlatformServices
{
    std::unique_ptr<ScreenAwake> screenAwake; // null: the screen is left alone
    std::unique_ptr<FileSharer> fileSharer;   // null: no share sheet (desktops save to a file)
    std::unique_ptr<ReminderNotifier> reminderNotifier; // null: reminders are kept, not posted
    std::unique_ptr<AppBackground> appBackground; // null: Back at the bottom leaves the window
    std::unique_ptr<MicrophoneAccess> microphoneAccess; // null: recording needs no permission
    // The text size the user chose for the whole phone, as a factor of the normal size
    // (Android's font scale; iOS's Dynamic Type body size over its default 17 pt); read at start
    // and whenever the app returns to the screen. Null on desktops (1), which offer the app's own
    // setting instead (AppSettings::appTextScale).
    std::function<qreal()> systemTextScale;
    // Platform work that waits until the first frame is on the screen (the desktop notifier's
    // session-bus connection); the app calls it then. Null: nothing waits.
    std::function<void()> startAfterFirstFrame;
};

PlatformServices createPlatformServices();

} // namespace unknot
