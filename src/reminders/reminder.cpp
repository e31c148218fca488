// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/reminder.h"

#include "content/catalog.h"
#include "content/regions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace unknot {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Reminder", text);
}
} // namespace

QList<int> Reminder::isoWeekdays() const
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (weekdays & (1 << (day - 1)))
            days << day;
    }
    return days;
}

QString ReminderProblems::text() const
{
    QStringList parts;
    for (const QString &part : {time, weekdays, target, label}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

namespace ReminderRules {

bool isWellFormedId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return id.size() <= 100 && pattern.match(id).hasMatch();
}

QString planTargetName(Reminder::PlanTarget target)
{
    switch (target) {
    case Reminder::PlanTarget::Open:
        return QStringLiteral("open");
    case Reminder::PlanTarget::Start:
        return QStringLiteral("start");
    case Reminder::PlanTarget::None:
        break;
    }
    return QStringLiteral("");
}

std::optional<Reminder::PlanTarget> planTargetFromName(const QString &name)
{
    if (name.isEmpty())
        return Reminder::PlanTarget::None;
    if (name == QLatin1String("open"))
        return Reminder::PlanTarget::Open;
    if (name == QLatin1String("start"))
        return Reminder::PlanTarget::Start;
    return std::nullopt;
}

ReminderProblems check(const Reminder &reminder, const Catalog *catalog)
{
    ReminderProblems problems;
    if (reminder.minuteOfDay < 0 || reminder.minuteOfDay > 24 * 60 - 1)
        problems.time = tr("Choose a time of day between 00:00 and 23:59.");
    if ((reminder.weekdays & kAllWeekdays) == 0 || (reminder.weekdays & ~kAllWeekdays) != 0)
        problems.weekdays = tr("Choose at least one day of the week.");
    // A plan reminder opens the plan and nothing else: one target, so the notification's tap
    // and "Start now" cannot disagree.
    if (reminder.forPlan() && (!reminder.techniqueId.isEmpty() || !reminder.regionId.isEmpty()))
        problems.target = tr("A reminder for your plan cannot also open a technique or a region.");
    // A technique may come with the region its session is recorded against; it opens the
    // technique.
    if (problems.target.isEmpty() && !reminder.techniqueId.isEmpty()) {
        const bool known = catalog ? catalog->hasTechnique(reminder.techniqueId)
                                   : isWellFormedId(reminder.techniqueId);
        if (!known)
            problems.target = tr("The technique \"%1\" is not in this version of Unknot.")
                                  .arg(reminder.techniqueId.left(40));
    }
    if (problems.target.isEmpty() && !reminder.regionId.isEmpty() &&
        !Regions::isKnownId(reminder.regionId)) {
        problems.target =
            tr("Unknot does not know the body region \"%1\".").arg(reminder.regionId.left(40));
    }
    if (reminder.label.size() > kMaxLabelLength)
        problems.label = tr("Keep the label to %1 characters or fewer.").arg(kMaxLabelLength);
    return problems;
}

} // namespace ReminderRules
} // namespace unknot
