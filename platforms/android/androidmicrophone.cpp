// SPDX-License-Identifier: GPL-3.0-or-later
// Android: RECORD_AUDIO is a run-time permission, asked when the user first records a step's
// voice. Qt 6.5+ has QMicrophonePermission (QCoreApplication::requestPermission); Qt 6.4 has
// only QtCore's private QtAndroidPrivate::requestPermission. A refusal is undone in the app's
// page of the system settings (Settings.ACTION_APPLICATION_DETAILS_SETTINGS).
#include "androidplatform.h"

#include <QCoreApplication>
#include <QJniObject>
#include <QTimer>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QPermission>
#else
#include <QtCore/private/qandroidextras_p.h>
#endif

namespace unknot {

namespace {

constexpr jint kFlagActivityNewTask = 0x10000000; // android.content.Intent

class AndroidMicrophoneAccess final : public MicrophoneAccess
{
public:
    void request(std::function<void(bool granted)> done) override
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        const QMicrophonePermission microphone;
        switch (qApp->checkPermission(microphone)) {
        case Qt::PermissionStatus::Granted:
            QTimer::singleShot(0, qApp, [done = std::move(done)] { done(true); });
            return;
        case Qt::PermissionStatus::Denied:
            // Android may still show the question again (it stops after a second refusal);
            // asking costs nothing and answers Denied at once when it will not.
        case Qt::PermissionStatus::Undetermined:
            qApp->requestPermission(microphone, qApp,
                                    [done = std::move(done)](const QPermission &answer) {
                                        done(answer.status() == Qt::PermissionStatus::Granted);
                                    });
            return;
        }
#else
        QtAndroidPrivate::requestPermission(QStringLiteral("android.permission.RECORD_AUDIO"))
            .then(qApp, [done = std::move(done)](QtAndroidPrivate::PermissionResult result) {
                done(result == QtAndroidPrivate::Authorized);
            });
#endif
    }

    bool openSettings() override
    {
        const QJniObject context = QNativeInterface::QAndroidApplication::context();
        if (!context.isValid())
            return false;
        const QJniObject action = QJniObject::getStaticObjectField(
            "android/provider/Settings", "ACTION_APPLICATION_DETAILS_SETTINGS",
            "Ljava/lang/String;");
        const QJniObject package =
            context.callObjectMethod("getPackageName", "()Ljava/lang/String;");
        const QJniObject uri = QJniObject::callStaticObjectMethod(
            "android/net/Uri", "fromParts",
            "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)Landroid/net/Uri;",
            QJniObject::fromString(QStringLiteral("package")).object<jstring>(),
            package.object<jstring>(), static_cast<jstring>(nullptr));
        QJniObject intent("android/content/Intent", "(Ljava/lang/String;Landroid/net/Uri;)V",
                          action.object<jstring>(), uri.object());
        if (!intent.isValid())
            return false;
        intent.callObjectMethod("addFlags", "(I)Landroid/content/Intent;", kFlagActivityNewTask);
        context.callMethod<void>("startActivity", "(Landroid/content/Intent;)V", intent.object());
        return true;
    }
};

} // namespace

std::unique_ptr<MicrophoneAccess> createAndroidMicrophoneAccess()
{
    return std::make_unique<AndroidMicrophoneAccess>();
}

} // namespace unknot
