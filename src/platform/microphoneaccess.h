// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace unknot {

// The user's permission to record with the microphone, asked when they first record a step's
// voice (never at start). Android asks for RECORD_AUDIO at run time, iOS shows the plist's
// NSMicrophoneUsageDescription; desktops have nothing to ask. Each OS implements it under
// platforms/<os>/; without one (tests, desktops) recording is allowed.
class MicrophoneAccess
{
public:
    MicrophoneAccess() = default;
    virtual ~MicrophoneAccess() = default;
    Q_DISABLE_COPY_MOVE(MicrophoneAccess)

    // Asks when the user has not decided yet; `done` gets the answer (at once when known), on
    // the thread that asked.
    virtual void request(std::function<void(bool granted)> done) = 0;
    // Opens this app's page in the system settings, where a refused permission can be given
    // after all; false when the system offers no way there.
    virtual bool openSettings() = 0;
    // The app starts (true) or ends (false) a recording. iOS switches its audio session to
    // PlayAndRecord for it and back to Playback after (platforms/ios/iosaudiosession.mm); the
    // others need nothing.
    virtual void setRecording(bool recording) { Q_UNUSED(recording) }
};

} // namespace unknot
