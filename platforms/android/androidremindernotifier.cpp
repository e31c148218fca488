// SPDX-License-Identifier: GPL-3.0-or-later
// Android reminders: hands the reminder list to app.unknot.ReminderAlarms (Java), which keeps it,
// arms AlarmManager and posts the notifications from its receivers without Qt. A tapped
// notification or "Start now" is an ACTION_VIEW unknot:// intent to the Qt activity, so links
// arrive through the app's URL handler, not through activateLink().
#include "androidplatform.h"
#include "reminderwire.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJniEnvironment>
#include <QJniObject>
#include <QTimeZone>
#include <QTimer>
#include <QtCore/private/qandroidextras_p.h>
#include <QtCore/qcoreapplication_platform.h>

namespace unknot {

namespace {

constexpr auto alarmsClass = "app/unknot/ReminderAlarms";

class AndroidReminderNotifier final : public ReminderNotifier
{
public:
    void sync(const QList<ScheduledReminder> &reminders) override
    {
        const QString text =
            reminderScheduleText(reminders, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        if (text == m_lastText)
            return; // idempotent: the same list re-arms nothing
        const QJniObject context = QNativeInterface::QAndroidApplication::context();
        const QJniObject error = QJniObject::callStaticObjectMethod(
            alarmsClass, "sync",
            "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Ljava/lang/"
            "String;Ljava/lang/String;)Ljava/lang/String;",
            context.object(), QJniObject::fromString(text).object<jstring>(),
            QJniObject::fromString(QCoreApplication::translate("Reminders", "Reminders"))
                .object<jstring>(),
            QJniObject::fromString(QCoreApplication::translate("Reminders", "Start now"))
                .object<jstring>(),
            QJniObject::fromString(QCoreApplication::translate("Reminders", "Snooze 10 min"))
                .object<jstring>());
        const QString problem = error.isValid() ? error.toString() : QStringLiteral("no answer");
        if (!problem.isEmpty()) {
            qWarning("reminders: Android refused the schedule: %s", qUtf8Printable(problem));
            return;
        }
        m_lastText = text;
    }

    ReminderHealth health() const override
    {
        ReminderHealth health;
        health.firesWhileClosed = true;
        const QJniObject context = QNativeInterface::QAndroidApplication::context();
        const QJniObject answer = QJniObject::callStaticObjectMethod(
            alarmsClass, "health", "(Landroid/content/Context;)[I", context.object());
        if (!answer.isValid())
            return health;
        QJniEnvironment env;
        jint values[4] = {0, 0, 0, 0};
        env->GetIntArrayRegion(answer.object<jintArray>(), 0, 4, values);
        if (env.checkAndClearExceptions())
            return health;
        const auto state = [](jint value) {
            return value < 0   ? ReminderHealth::State::NotApplicable
                   : value > 0 ? ReminderHealth::State::Allowed
                               : ReminderHealth::State::Denied;
        };
        health.notifications = state(values[0]);
        health.exactAlarms = state(values[1]);
        health.batteryUnrestricted = state(values[2]);
        health.scheduledCount = values[3];
        return health;
    }

    void requestPermission(std::function<void(bool granted)> done) override
    {
        // POST_NOTIFICATIONS is a run-time permission from Android 13 (API 33); Qt has no
        // QPermission type for it, so ask through QtCore's private Android API (as Qt's
        // androidnotifier example and KDE's KNotificationPermission do), without blocking.
        if (QNativeInterface::QAndroidApplication::sdkVersion() < 33) {
            QTimer::singleShot(0, qApp, [done = std::move(done)] { done(true); });
            return;
        }
        QtAndroidPrivate::requestPermission(QStringLiteral("android.permission.POST_NOTIFICATIONS"))
            .then(qApp, [done = std::move(done)](QtAndroidPrivate::PermissionResult result) {
                done(result == QtAndroidPrivate::Authorized);
            });
    }

    bool openSystemSetting(SystemSetting setting) override
    {
        int which = 0; // ReminderAlarms.SETTING_*
        switch (setting) {
        case SystemSetting::Notifications:
            which = 0;
            break;
        case SystemSetting::ExactAlarms:
            which = 1;
            break;
        case SystemSetting::BatteryOptimisation:
            which = 2;
            break;
        }
        const QJniObject context = QNativeInterface::QAndroidApplication::context();
        return QJniObject::callStaticMethod<jboolean>(alarmsClass, "openSetting",
                                                      "(Landroid/content/Context;I)Z",
                                                      context.object(), jint(which));
    }

private:
    QString m_lastText; // what Java holds now
};

} // namespace

std::unique_ptr<ReminderNotifier> createAndroidReminderNotifier()
{
    return std::make_unique<AndroidReminderNotifier>();
}

} // namespace unknot
