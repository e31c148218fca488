// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/remindernotifier.h"
#include "reminderduetracker.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace unknot {

// Reminders on the Linux desktop: while Unknot runs, each due occurrence becomes a notification
// through the freedesktop notification service (org.freedesktop.Notifications on the session
// bus), with "Start now" and "Snooze 10 min" actions wired back through ActionInvoked.
//
// A single long timer drifts across suspend and misses clock changes, so the notifier wakes at
// the next due time but at least every maxWakeInterval, and each time asks ReminderDueTracker
// what the wall clock now makes due.
//
// The app starts it after its first frame (connecting to the session bus and asking it about
// the notification service cost start-up time): until start() it keeps what sync() hands it
// and touches no bus; start() then posts what came due meanwhile and arms the timer.
class DesktopReminderNotifier final : public QObject, public ReminderNotifier
{
    Q_OBJECT

public:
    using WallClock = std::function<QDateTime()>; // now, in UTC
    static constexpr std::chrono::seconds maxWakeInterval{30};
    static constexpr std::chrono::minutes snoozeDelay{10};
    static constexpr auto service = "org.freedesktop.Notifications";
    static constexpr auto path = "/org/freedesktop/Notifications";

    using BusProvider = std::function<QDBusConnection()>;

    // Started at once on `bus`. `clock` defaults to the system's; tests pass one they can set
    // forward and back.
    explicit DesktopReminderNotifier(const QDBusConnection &bus, WallClock clock = {},
                                     QObject *parent = nullptr);
    // Started by start(), which first asks `bus` for the connection.
    explicit DesktopReminderNotifier(BusProvider bus, WallClock clock = {},
                                     QObject *parent = nullptr);
    ~DesktopReminderNotifier() override;

    void sync(const QList<ScheduledReminder> &reminders) override;
    ReminderHealth health() const override;
    void requestPermission(std::function<void(bool granted)> done) override;
    bool openSystemSetting(SystemSetting setting) override;

    // Connects to the bus, posts what came due since the reminders were handed over and sets
    // the next wake-up. Once; later calls do nothing.
    void start();
    bool isStarted() const { return m_bus.has_value(); }

    // Posts what the wall clock makes due and sets the next wake-up. The timer calls it; tests
    // call it right after moving their clock.
    void checkDue();
    // How long until the notifier next looks at the clock; -1: nothing pending.
    int msecsUntilNextCheck() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

private:
    struct Posted
    {
        qint64 reminderId = 0;
        QString openLink;
        QString startLink;
    };

    void post(const ScheduledReminder &reminder);
    void armTimer();
    bool serviceAvailable() const;
    void fetchCapabilities();

private slots: // connected by name: QDBusConnection::connect takes SLOT()
    void onActionInvoked(uint notificationId, const QString &actionKey);
    void onNotificationClosed(uint notificationId, uint reason);

private:
    BusProvider m_busProvider;
    std::optional<QDBusConnection> m_bus; // set by start()
    WallClock m_clock;
    ReminderDueTracker m_tracker;
    QTimer m_timer;
    QHash<uint, Posted> m_posted; // notification id from the server -> what its actions open
    bool m_bodyMarkup = false;    // the server reads the body as markup: escape it
};

} // namespace unknot
