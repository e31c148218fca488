// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminder.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

Q_MOC_INCLUDE("reminders/reminderlistmodel.h")
Q_MOC_INCLUDE("reminders/reminderstatus.h")

namespace unknot {

class Catalog;
struct DeepLink;
class PlanRepository;
class ReminderListModel;
class ReminderNotifier;
class ReminderRepository;
class ReminderScheduler;
class ReminderStatus;

// The Reminders tab's side of the core (App.reminders): the list, the editor's checks and
// saves, delete with undo, the reminder a link hands over, and the "are reminders working?"
// health. Every change is handed to the notifier at once.
//
// The editor works on drafts, plain maps QML can fill in: minuteOfDay (int), weekdays
// (bitmask, Monday = 1), plan ("", "open": My plan, "start": start today's plan), techniqueId,
// regionId, label, enabled, skipIfDone, and id (0 or absent for a new reminder).
class Reminders : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reminders are provided by the app core")
    Q_PROPERTY(unknot::ReminderListModel *list READ list CONSTANT)
    Q_PROPERTY(unknot::ReminderStatus *health READ health CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QVariantMap pendingDraft READ pendingDraft NOTIFY pendingDraftChanged)
    Q_PROPERTY(QString pendingMessage READ pendingMessage NOTIFY pendingDraftChanged)

public:
    // `notifier` may be null (tests, no platform support). Reads the reminders at once and
    // hands them to the notifier (the start-up sync).
    Reminders(QSqlDatabase db, const Catalog *catalog, ReminderNotifier *notifier,
              QObject *parent = nullptr);
    ~Reminders() override;

    ReminderListModel *list() const { return m_list; }
    ReminderStatus *health() const { return m_health; }
    ReminderScheduler *scheduler() const { return m_scheduler; }
    bool canUndo() const { return m_removed.has_value(); }
    QVariantMap pendingDraft() const { return m_pendingDraft; }
    QString pendingMessage() const { return m_pendingMessage; }

    // A new reminder: 08:00 every day; for the plan (opening My plan) when there is one.
    Q_INVOKABLE QVariantMap newDraft() const;
    // Whether the user has a plan (the editor offers it first then).
    Q_INVOKABLE bool hasPlan() const;
    Q_INVOKABLE QVariantMap draftFor(qint64 id) const;
    // What is wrong with a draft: field ("time", "weekdays", "target", "label") -> message;
    // empty when it can be saved.
    Q_INVOKABLE QVariantMap check(const QVariantMap &draft) const;
    // Saves a new or edited reminder: whole, or (with the reasons, as check() gives them, plus
    // "storage" when the write failed) not at all. The first reminder ever saved asks for the
    // notification permission.
    Q_INVOKABLE QVariantMap save(const QVariantMap &draft);
    Q_INVOKABLE bool setEnabled(qint64 id, bool enabled);
    // Deletes a reminder, kept until the next delete so undoRemove() can put it back.
    Q_INVOKABLE bool remove(qint64 id);
    Q_INVOKABLE bool undoRemove();
    // What a reminder can open, for the editor: [{id, name}], in the catalog's order.
    Q_INVOKABLE QVariantList techniqueChoices() const;
    Q_INVOKABLE QVariantList regionChoices() const;
    // The editor took the pending draft (from a link).
    Q_INVOKABLE void clearPendingDraft();

    // An unknot://reminder/new link: its usable parts become the pending draft, what was not
    // usable the pending message; draftRequested asks the UI to open the editor.
    void openLink(const DeepLink &link);
    // The stored reminders changed outside this object (a restore): read them again and sync.
    void reload();
    // Hands the schedule to the notifier again (a session was saved, the app came back).
    void sync();
    // The plan changed: what is due today may have, which a skip-if-done plan reminder follows.
    void planChanged();
    // Starts watching the wall clock and the time zone (the app; tests drive the scheduler).
    void startChecking();

    static Reminder fromDraft(const QVariantMap &draft);
    static QVariantMap toDraft(const Reminder &reminder);

signals:
    void undoChanged();
    void pendingDraftChanged();
    void draftRequested();
    // A write failed; plain words for the banner.
    void failed(const QString &message);

private:
    void changed();

    const Catalog *m_catalog;
    ReminderNotifier *m_notifier;
    std::unique_ptr<ReminderRepository> m_repository;
    std::unique_ptr<PlanRepository> m_plan; // read only: what of today's plan is due
    ReminderScheduler *m_scheduler;
    ReminderListModel *m_list;
    ReminderStatus *m_health;
    std::optional<Reminder> m_removed;
    QVariantMap m_pendingDraft;
    QString m_pendingMessage;
    bool m_permissionAsked = false;
};

} // namespace unknot
