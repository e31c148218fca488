// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/filesharer.h"
#include "platform/remindernotifier.h"
#include "platform/screenawake.h"

#include <memory>

namespace unknot {

// What the operating system does for the core. One library per OS under platforms/<os>/
// implements these interfaces and defines createPlatformServices(); the app links it and hands
// the services to AppCore::Config. Tests construct the core without any (all optional).
struct PlatformServices
{
    std::unique_ptr<ScreenAwake> screenAwake; // null: the screen is left alone
    std::unique_ptr<FileSharer> fileSharer;   // null: no share sheet (desktops save to a file)
    std::unique_ptr<ReminderNotifier> reminderNotifier; // null: reminders are kept, not posted
};

PlatformServices createPlatformServices();

} // namespace unknot
