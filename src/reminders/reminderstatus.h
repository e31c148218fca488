// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/remindernotifier.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace unknot {

// "Are reminders working?": what the phone allows, for the Reminders tab. States are words
// QML can compare: "allowed", "denied", "notAsked", "notApplicable".
class ReminderStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reminders are provided by the app core")
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString notifications READ notifications NOTIFY changed)
    Q_PROPERTY(QString exactAlarms READ exactAlarms NOTIFY changed)
    Q_PROPERTY(QString batteryUnrestricted READ batteryUnrestricted NOTIFY changed)
    Q_PROPERTY(int scheduledCount READ scheduledCount NOTIFY changed)
    Q_PROPERTY(bool firesWhileClosed READ firesWhileClosed NOTIFY changed)

public:
    // `notifier` may be null: no notifications on this platform (available is false).
    explicit ReminderStatus(ReminderNotifier *notifier, QObject *parent = nullptr);

    bool available() const { return m_notifier != nullptr; }
    QString notifications() const { return stateName(m_health.notifications); }
    QString exactAlarms() const { return stateName(m_health.exactAlarms); }
    QString batteryUnrestricted() const { return stateName(m_health.batteryUnrestricted); }
    int scheduledCount() const { return m_health.scheduledCount; }
    bool firesWhileClosed() const { return m_notifier && m_health.firesWhileClosed; }

    // Reads the health again (after a sync, a permission answer, a return to the app).
    Q_INVOKABLE void refresh();
    // "notifications", "exactAlarms" or "battery": opens that system screen; false when the
    // platform has none.
    Q_INVOKABLE bool openSystemSetting(const QString &setting);

    static QString stateName(ReminderHealth::State state);

signals:
    void changed();

private:
    ReminderNotifier *m_notifier;
    ReminderHealth m_health;
};

} // namespace unknot
