// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <functional>

namespace unknot {

// One reminder as the operating system must know it: the next occurrences the core computed
// (already without today's when "skip if I already did a session today" applies), and the weekly
// rule itself, so a platform that re-arms alarms without the app running (Android after a
// reboot, or when the app has not been opened for weeks) can compute further occurrences.
struct ScheduledReminder
{
    qint64 id = 0;              // the reminder's row id: stable across syncs
    QList<QDateTime> fireTimes; // next occurrences, UTC, ascending, all in the future
    QTime timeOfDay;            // the rule: local wall time ...
    QList<int> weekdays;        // ... on these ISO weekdays (1 = Monday .. 7 = Sunday)
    QString title;              // "Forearm flexor release — 6 min"
    QString body;               // one line: what the reminder is for
    QString openLink;           // tapping the notification: unknot://technique/<id>, ...
    QString startLink;          // the "Start now" action; empty: no such action
};

// What the phone (or desktop) allows for reminders, for the "Are reminders working?" section.
struct ReminderHealth
{
    enum class State { Allowed, Denied, NotAsked, NotApplicable };
    State notifications = State::NotApplicable;       // the notification permission
    State exactAlarms = State::NotApplicable;         // Android 12+: SCHEDULE_EXACT_ALARM
    State batteryUnrestricted = State::NotApplicable; // Android: not battery-optimised
    int scheduledCount = 0;                           // notifications the OS holds for us now
    bool firesWhileClosed = true; // false on the desktop: only while Unknot runs
};

// Posts reminders as operating-system notifications. One implementation per OS under
// platforms/<os>/ (see platform/platformservices.h); the core calls sync() after every change to
// the reminders, at start, after a restore, after a session is saved and when the clock or time
// zone changes.
class ReminderNotifier
{
public:
    enum class SystemSetting { Notifications, ExactAlarms, BatteryOptimisation };

    ReminderNotifier() = default;
    virtual ~ReminderNotifier() = default;
    Q_DISABLE_COPY_MOVE(ReminderNotifier)

    // Makes the set the OS holds equal to `reminders`: adds what is new, replaces what changed,
    // cancels what is gone. Idempotent: the same list twice changes nothing and posts nothing.
    virtual void sync(const QList<ScheduledReminder> &reminders) = 0;

    virtual ReminderHealth health() const = 0;
    // Asks for the notification permission where the OS has one (Android 13+, iOS); calls
    // `done` with the answer on the GUI thread. Called when the first reminder is saved.
    virtual void requestPermission(std::function<void(bool granted)> done) = 0;
    // Opens the system screen where the user can change `setting`; false where there is none.
    virtual bool openSystemSetting(SystemSetting setting) = 0;

    // Where a notification's tap or action arrives as a link when it reaches the running app
    // other than through the OS's URL handling (the desktop's D-Bus ActionInvoked).
    void setLinkHandler(std::function<void(const QString &link)> handler)
    {
        m_linkHandler = std::move(handler);
    }

protected:
    void activateLink(const QString &link) const
    {
        if (m_linkHandler)
            m_linkHandler(link);
    }

private:
    std::function<void(const QString &)> m_linkHandler;
};

} // namespace unknot
