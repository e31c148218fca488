// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/reminderlistmodel.h"

#include "content/catalog.h"
#include "content/regions.h"
#include "reminders/reminderscheduler.h"

#include <QLocale>

#include <algorithm>

namespace unknot {

ReminderListModel::ReminderListModel(const Catalog *catalog, const ReminderScheduler *scheduler,
                                     QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog), m_scheduler(scheduler)
{}

int ReminderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reminders.size());
}

QVariant ReminderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reminder &r = m_reminders.at(index.row());
    switch (role) {
    case ReminderIdRole:
        return r.id;
    case LabelRole:
        return r.label;
    case Qt::DisplayRole:
    case TitleRole:
        return r.label.isEmpty() ? opensText(r, m_catalog) : r.label;
    case TimeRole:
        return timeText(r.timeOfDay());
    case MinuteOfDayRole:
        return r.minuteOfDay;
    case WeekdaysRole:
        return r.weekdays;
    case WeekdaysTextRole:
        return weekdaysText(r.weekdays);
    case OpensTextRole:
        return opensText(r, m_catalog);
    case TechniqueIdRole:
        return r.techniqueId;
    case RegionIdRole:
        return r.regionId;
    case EnabledRole:
        return r.enabled;
    case SkipIfDoneRole:
        return r.skipIfDone;
    case NextFireRole:
        return r.enabled ? nextFireText(m_scheduler->nextFire(r)) : tr("Off");
    case PlanRole:
        return ReminderRules::planTargetName(r.plan);
    case OpensLineRole:
        return opensLine(r, m_catalog);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReminderListModel::roleNames() const
{
    return {{ReminderIdRole, "reminderId"},
            {LabelRole, "label"},
            {TitleRole, "title"},
            {TimeRole, "time"},
            {MinuteOfDayRole, "minuteOfDay"},
            {WeekdaysRole, "weekdays"},
            {WeekdaysTextRole, "weekdaysText"},
            {OpensTextRole, "opensText"},
            {TechniqueIdRole, "techniqueId"},
            {RegionIdRole, "regionId"},
            {EnabledRole, "enabled"},
            {SkipIfDoneRole, "skipIfDone"},
            {NextFireRole, "nextFire"},
            {PlanRole, "plan"},
            {OpensLineRole, "opensLine"}};
}

void ReminderListModel::setReminders(QList<Reminder> reminders)
{
    const bool countChanges = reminders.size() != m_reminders.size();
    // The same reminders changed (edited, switched): rows stay, so the view keeps its
    // delegates and scroll position.
    const bool sameRows =
        !countChanges &&
        std::equal(reminders.cbegin(), reminders.cend(), m_reminders.cbegin(),
                   [](const Reminder &a, const Reminder &b) { return a.id == b.id; });
    if (sameRows) {
        m_reminders = std::move(reminders);
        if (!m_reminders.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_reminders = std::move(reminders);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int ReminderListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_reminders.size(); ++i) {
        if (m_reminders.at(i).id == id)
            return int(i);
    }
    return -1;
}

void ReminderListModel::refreshNextFire()
{
    if (!m_reminders.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {NextFireRole});
}

QString ReminderListModel::weekdaysText(int weekdays)
{
    weekdays &= 0x7f;
    if (weekdays == 0x7f)
        return tr("Every day");
    if (weekdays == 0x1f)
        return tr("Weekdays");
    if (weekdays == 0x60)
        return tr("Weekends");
    const QLocale locale;
    QStringList names;
    for (int day = 1; day <= 7; ++day) {
        if (weekdays & (1 << (day - 1)))
            names << locale.dayName(day, QLocale::ShortFormat);
    }
    return names.join(QStringLiteral(", "));
}

QString ReminderListModel::opensText(const Reminder &reminder, const Catalog *catalog)
{
    if (reminder.forPlan())
        return tr("Today's plan");
    if (!reminder.techniqueId.isEmpty()) {
        const QString title = catalog ? catalog->titleOf(reminder.techniqueId) : QString();
        return title.isEmpty() ? tr("A technique not in this version") : title;
    }
    if (!reminder.regionId.isEmpty())
        return Regions::displayName(reminder.regionId);
    return tr("Body map");
}

QString ReminderListModel::opensLine(const Reminder &reminder, const Catalog *catalog)
{
    if (reminder.plan == Reminder::PlanTarget::Start)
        return tr("Starts today's plan");
    if (reminder.plan == Reminder::PlanTarget::Open)
        return tr("Opens My plan");
    //: What tapping a reminder opens: a technique, a body region or "Body map".
    return tr("Opens %1").arg(opensText(reminder, catalog));
}

QString ReminderListModel::timeText(QTime time)
{
    const QLocale locale;
    // The C locale's short format has seconds; a reminder has none. 12-hour locales keep theirs.
    const QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1Char('a'), Qt::CaseInsensitive))
        return locale.toString(time, format);
    return time.toString(QStringLiteral("HH:mm"));
}

QString ReminderListModel::nextFireText(const QDateTime &localFire)
{
    if (!localFire.isValid())
        return tr("Not scheduled");
    const QLocale locale;
    //: The next time a reminder fires, e.g. "Next: Sun 28 Mar, 03:00".
    return tr("Next: %1, %2")
        .arg(locale.toString(localFire.date(), QStringLiteral("ddd d MMM")),
             timeText(localFire.time()));
}

} // namespace unknot
