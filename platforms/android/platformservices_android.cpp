// SPDX-License-Identifier: GPL-3.0-or-later
#include "androidplatform.h"
#include "platform/platformservices.h"

namespace unknot {

PlatformServices createPlatformServices()
{
    PlatformServices services;
    services.screenAwake = createAndroidScreenAwake();
    services.microphoneAccess = createAndroidMicrophoneAccess();
    services.fileSharer = createAndroidFileSharer();
    services.reminderNotifier = createAndroidReminderNotifier();
    services.appBackground = createAndroidAppBackground();
    services.systemTextScale = androidSystemTextScale;
    return services;
}

} // namespace unknot
