// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/appbackground.h"
#include "platform/filesharer.h"
#include "platform/microphoneaccess.h"
#include "platform/remindernotifier.h"
#include "platform/screenawake.h"

#include <memory>

// The iOS adapters, each in its own file; platformservices_ios.mm puts them together.
namespace unknot {
std::unique_ptr<ScreenAwake> createIosScreenAwake();
std::unique_ptr<MicrophoneAccess> createIosMicrophoneAccess();
std::unique_ptr<FileSharer> createIosFileSharer();
std::unique_ptr<ReminderNotifier> createIosReminderNotifier();
qreal iosSystemTextScale();
// Narration in the Playback audio-session category, restored after each audio sink start.
void keepPlaybackAudioSession();
// PlayAndRecord while a step's voice is recorded, Playback again after (iosaudiosession.mm).
void setAudioSessionRecording(bool recording);
} // namespace unknot
