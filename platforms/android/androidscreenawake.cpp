// SPDX-License-Identifier: GPL-3.0-or-later
// Android: the activity's window gets FLAG_KEEP_SCREEN_ON while a session runs. Window flags
// belong to the UI thread, so the change is posted there (Qt 6.2+ runOnAndroidMainThread).
#include "androidplatform.h"

#include <QCoreApplication>
#include <QJniObject>

namespace unknot {

namespace {

constexpr jint kFlagKeepScreenOn = 0x00000080; // android.view.WindowManager.LayoutParams

class AndroidScreenAwake final : public ScreenAwake
{
public:
    void setKeepAwake(bool on) override
    {
        if (on == m_on)
            return;
        m_on = on;
        QNativeInterface::QAndroidApplication::runOnAndroidMainThread([on]() -> QVariant {
            if (!QNativeInterface::QAndroidApplication::isActivityContext())
                return {};
            // context() is a jobject before Qt 6.7 and a QJniObject after: wrap it either way.
            const QJniObject activity(QNativeInterface::QAndroidApplication::context());
            const QJniObject window =
                activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
            if (window.isValid())
                window.callMethod<void>(on ? "addFlags" : "clearFlags", "(I)V", kFlagKeepScreenOn);
            return {};
        });
    }

private:
    bool m_on = false;
};

} // namespace

std::unique_ptr<ScreenAwake> createAndroidScreenAwake()
{
    return std::make_unique<AndroidScreenAwake>();
}

} // namespace unknot
