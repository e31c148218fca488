// SPDX-License-Identifier: GPL-3.0-or-later
#include "iosplatform.h"
#include "platform/platformservices.h"

namespace unknot {

PlatformServices createPlatformServices()
{
    keepPlaybackAudioSession();
    PlatformServices services;
    services.screenAwake = createIosScreenAwake();
    services.microphoneAccess = createIosMicrophoneAccess();
    services.fileSharer = createIosFileSharer();
    services.reminderNotifier = createIosReminderNotifier();
    services.systemTextScale = iosSystemTextScale;
    return services;
}

} // namespace unknot
