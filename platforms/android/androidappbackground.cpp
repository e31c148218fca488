// SPDX-License-Identifier: GPL-3.0-or-later
// Android: Back on the first screen moves the task to the background (Activity.moveTaskToBack),
// so the app keeps its state, as a launcher activity does on Android 12 and later.
#include "androidplatform.h"

#include <QCoreApplication>
#include <QJniObject>

namespace unknot {

namespace {

class AndroidAppBackground final : public AppBackground
{
public:
    void sendToBackground() override
    {
        QNativeInterface::QAndroidApplication::runOnAndroidMainThread([]() -> QVariant {
            if (!QNativeInterface::QAndroidApplication::isActivityContext())
                return {};
            // context() is a jobject before Qt 6.7 and a QJniObject after: wrap it either way.
            const QJniObject activity(QNativeInterface::QAndroidApplication::context());
            activity.callMethod<jboolean>("moveTaskToBack", "(Z)Z", jboolean(true));
            return {};
        });
    }
};

} // namespace

std::unique_ptr<AppBackground> createAndroidAppBackground()
{
    return std::make_unique<AndroidAppBackground>();
}

} // namespace unknot
