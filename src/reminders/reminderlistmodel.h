// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminder.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace unknot {

class Catalog;
class ReminderScheduler;

// The reminders for the Reminders tab, oldest first, with what a row shows already in words.
// Read-only: changes go through Reminders, which reloads this model.
class ReminderListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reminders are provided by the app core")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ReminderIdRole = Qt::UserRole + 1,
        LabelRole,        // the user's label, may be empty
        TitleRole,        // the label, else what it opens
        TimeRole,         // "07:30"
        MinuteOfDayRole,  // 450
        WeekdaysRole,     // bitmask, Monday = 1
        WeekdaysTextRole, // "Mon, Wed, Fri", "Every day"
        OpensTextRole,    // what it opens: "Forearm flexor release", "Today's plan"
        TechniqueIdRole,
        RegionIdRole,
        EnabledRole,
        SkipIfDoneRole,
        NextFireRole,  // "Next: Sun 28 Mar, 03:00", or "Off"
        PlanRole,      // "" (not for the plan), "open" (My plan), "start" (starts today's plan)
        OpensLineRole, // the row's line: "Opens Forearm flexor release", "Starts today's plan"
    };
    Q_ENUM(Role)

    ReminderListModel(const Catalog *catalog, const ReminderScheduler *scheduler,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setReminders(QList<Reminder> reminders);
    const QList<Reminder> &reminders() const { return m_reminders; }
    int rowOf(qint64 id) const;
    // The next-fire texts follow the clock; called when the schedule was handed over anew.
    void refreshNextFire();

    static QString weekdaysText(int weekdays);
    static QString opensText(const Reminder &reminder, const Catalog *catalog);
    static QString opensLine(const Reminder &reminder, const Catalog *catalog);
    static QString timeText(QTime time);
    static QString nextFireText(const QDateTime &localFire);

signals:
    void countChanged();

private:
    const Catalog *m_catalog;
    const ReminderScheduler *m_scheduler;
    QList<Reminder> m_reminders;
};

} // namespace unknot
