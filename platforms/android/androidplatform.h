// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/appbackground.h"
#include "platform/filesharer.h"
#include "platform/microphoneaccess.h"
#include "platform/remindernotifier.h"
#include "platform/screenawake.h"

#include <memory>

// The Android adapters, each in its own file; platformservices_android.cpp puts them together.
namespace unknot {
std::unique_ptr<ScreenAwake> createAndroidScreenAwake();
std::unique_ptr<MicrophoneAccess> createAndroidMicrophoneAccess();
std::unique_ptr<FileSharer> createAndroidFileSharer();
std::unique_ptr<ReminderNotifier> createAndroidReminderNotifier();
std::unique_ptr<AppBackground> createAndroidAppBackground();
qreal androidSystemTextScale();
} // namespace unknot
