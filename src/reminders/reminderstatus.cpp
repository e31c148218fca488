// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/reminderstatus.h"

namespace unknot {

ReminderStatus::ReminderStatus(ReminderNotifier *notifier, QObject *parent)
    : QObject(parent), m_notifier(notifier)
{
    if (!m_notifier) {
        m_health.firesWhileClosed = false;
        return;
    }
    m_health = m_notifier->health();
}

void ReminderStatus::refresh()
{
    if (!m_notifier)
        return;
    m_health = m_notifier->health();
    emit changed();
}

bool ReminderStatus::openSystemSetting(const QString &setting)
{
    if (!m_notifier)
        return false;
    if (setting == QLatin1String("notifications"))
        return m_notifier->openSystemSetting(ReminderNotifier::SystemSetting::Notifications);
    if (setting == QLatin1String("exactAlarms"))
        return m_notifier->openSystemSetting(ReminderNotifier::SystemSetting::ExactAlarms);
    if (setting == QLatin1String("battery"))
        return m_notifier->openSystemSetting(ReminderNotifier::SystemSetting::BatteryOptimisation);
    return false;
}

QString ReminderStatus::stateName(ReminderHealth::State state)
{
    switch (state) {
    case ReminderHealth::State::Allowed:
        return QStringLiteral("allowed");
    case ReminderHealth::State::Denied:
        return QStringLiteral("denied");
    case ReminderHealth::State::NotAsked:
        return QStringLiteral("notAsked");
    case ReminderHealth::State::NotApplicable:
        break;
    }
    return QStringLiteral("notApplicable");
}

} // namespace unknot
