// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planentry.h"

#include <QCoreApplication>

namespace unknot {

QString PlanEntry::problem() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("PlanEntry", text);
    };
    if (techniqueId.isEmpty())
        return tr("Choose a technique.");
    if (frequency == Frequency::TimesPerWeek && (timesPerWeek < 1 || timesPerWeek > 7))
        return tr("Choose from 1 to 7 times a week.");
    if (frequency == Frequency::Weekdays && (weekdays < 1 || weekdays > 127))
        return tr("Choose at least one day of the week.");
    return {};
}

QString sideKey(PlanEntry::Side side)
{
    switch (side) {
    case PlanEntry::Side::Left:
        return QStringLiteral("left");
    case PlanEntry::Side::Right:
        return QStringLiteral("right");
    case PlanEntry::Side::Both:
        break;
    }
    return QStringLiteral("both");
}

std::optional<PlanEntry::Side> sideFromKey(const QString &key)
{
    for (const PlanEntry::Side s :
         {PlanEntry::Side::Both, PlanEntry::Side::Left, PlanEntry::Side::Right})
        if (sideKey(s) == key)
            return s;
    return std::nullopt;
}

QString frequencyKey(PlanEntry::Frequency frequency)
{
    switch (frequency) {
    case PlanEntry::Frequency::TimesPerWeek:
        return QStringLiteral("weekly");
    case PlanEntry::Frequency::Weekdays:
        return QStringLiteral("weekdays");
    case PlanEntry::Frequency::Daily:
        break;
    }
    return QStringLiteral("daily");
}

std::optional<PlanEntry::Frequency> frequencyFromKey(const QString &key)
{
    for (const PlanEntry::Frequency f :
         {PlanEntry::Frequency::Daily, PlanEntry::Frequency::TimesPerWeek,
          PlanEntry::Frequency::Weekdays})
        if (frequencyKey(f) == key)
            return f;
    return std::nullopt;
}

} // namespace unknot
