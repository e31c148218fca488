// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/remindernotifier.h"
#include "reminders/reminder.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <optional>

namespace unknot {

class Catalog;
class PlanRepository;
class ReminderRepository;

// Turns the stored reminders into what the operating system must hold (ScheduledReminder) and
// hands it to the notifier: after every change, at start, after a restore, after a session is
// saved, and when the wall clock or the time zone changes (a check timer compares what it
// would hand over now with what it handed over last).
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    // iOS keeps at most 64 pending notifications; we stay under that across all reminders.
    static constexpr int kMaxScheduled = 60;
    static constexpr int kCheckIntervalMs = 30 * 1000;

    // `notifier` may be null (tests, or no platform support): then nothing is posted. `plan`
    // (may be null: no plan reminder is ever skipped) tells what of today's plan is still due.
    ReminderScheduler(const ReminderRepository *repository, const PlanRepository *plan,
                      const Catalog *catalog, ReminderNotifier *notifier,
                      QObject *parent = nullptr);

    // Where "now" and the device's time zone come from; the real clock unless a test sets one.
    void setClock(std::function<QDateTime()> now, std::function<QTimeZone()> zone);
    QDateTime now() const { return m_now(); }
    QTimeZone zone() const { return m_zone(); }
    // Starts the check timer (the app does; tests call checkClock() by hand).
    void startChecking(int intervalMs = kCheckIntervalMs);

    // What the OS should hold now: every enabled reminder's next occurrences, at most
    // kMaxScheduled in all (each reminder's next one first, then the soonest of the rest);
    // today's left out for a skip-if-done reminder once a session was completed today (for a
    // plan reminder: once nothing of today's plan is still due).
    QList<ScheduledReminder> build() const;
    // The next time `reminder` fires (local time in the zone), with the same rules; invalid
    // when it is switched off.
    QDateTime nextFire(const Reminder &reminder) const;

    // Hands build() to the notifier (always: the notifier's sync is idempotent).
    void sync();
    // Syncs only when build() differs from what was last handed over: an occurrence passed,
    // the day changed, the clock was set or the zone changed.
    void checkClock();
    const QList<ScheduledReminder> &lastSynced() const { return m_lastSynced; }

    static QString titleFor(const Reminder &reminder, const Catalog *catalog);
    static QString bodyFor(const Reminder &reminder, const Catalog *catalog);
    static QString openLinkFor(const Reminder &reminder);
    static QString startLinkFor(const Reminder &reminder);

signals:
    // The list handed over changed (also: the next-fire texts may have).
    void synced();

private:
    bool sessionDoneToday() const;
    bool planDoneToday() const;
    // Whether today's occurrence of `reminder` is left out; `cache` keeps the answers of one
    // build(), so each is read once.
    struct DoneToday
    {
        std::optional<bool> session;
        std::optional<bool> plan;
    };
    bool skipsToday(const Reminder &reminder, DoneToday &cache) const;
    QList<QDateTime> occurrences(const Reminder &reminder, int count, bool skipToday) const;

    const ReminderRepository *m_repository;
    const PlanRepository *m_plan;
    const Catalog *m_catalog;
    ReminderNotifier *m_notifier;
    std::function<QDateTime()> m_now;
    std::function<QTimeZone()> m_zone;
    QTimer m_checkTimer;
    QList<ScheduledReminder> m_lastSynced;
    bool m_syncedOnce = false;
};

} // namespace unknot
