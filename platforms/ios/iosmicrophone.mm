// SPDX-License-Identifier: GPL-3.0-or-later
// iOS: the microphone question (with the plist's NSMicrophoneUsageDescription) is shown when
// the user first records a step's voice; Qt 6.5+ asks through QMicrophonePermission. A refusal
// is undone in the app's page of the Settings app (UIApplicationOpenSettingsURLString).
#include "iosplatform.h"

#include <QCoreApplication>
#include <QPermission>
#include <QTimer>

#import <UIKit/UIKit.h>

namespace unknot {

namespace {

class IosMicrophoneAccess final : public MicrophoneAccess
{
public:
    void request(std::function<void(bool granted)> done) override
    {
        const QMicrophonePermission microphone;
        switch (qApp->checkPermission(microphone)) {
        case Qt::PermissionStatus::Granted:
            QTimer::singleShot(0, qApp, [done = std::move(done)] { done(true); });
            return;
        case Qt::PermissionStatus::Denied:
            // iOS asks once; after a refusal only the Settings app can change it.
            QTimer::singleShot(0, qApp, [done = std::move(done)] { done(false); });
            return;
        case Qt::PermissionStatus::Undetermined:
            qApp->requestPermission(microphone, qApp,
                                    [done = std::move(done)](const QPermission &answer) {
                                        done(answer.status() == Qt::PermissionStatus::Granted);
                                    });
            return;
        }
    }

    bool openSettings() override
    {
        NSURL *url = [NSURL URLWithString:UIApplicationOpenSettingsURLString];
        if (!url)
            return false;
        [[UIApplication sharedApplication] openURL:url options:@{} completionHandler:nil];
        return true;
    }

    void setRecording(bool recording) override { setAudioSessionRecording(recording); }
};

} // namespace

std::unique_ptr<MicrophoneAccess> createIosMicrophoneAccess()
{
    return std::make_unique<IosMicrophoneAccess>();
}

} // namespace unknot
