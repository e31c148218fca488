// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/reportplan.h"

#include "content/catalog.h"
#include "plan/planrepository.h"
#include "plan/planschedule.h"
#include "transfer/logging.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace unknot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfReport", text);
}

QString sideWords(const PlanEntry &entry, const Technique *technique)
{
    if (technique && technique->isCentre())
        return {};
    switch (entry.side) {
    case PlanEntry::Side::Left:
        return tr("left side");
    case PlanEntry::Side::Right:
        return tr("right side");
    case PlanEntry::Side::Both:
        break;
    }
    return tr("both sides");
}

QString scheduleWords(const PlanEntry &entry)
{
    switch (entry.frequency) {
    case PlanEntry::Frequency::Daily:
        return tr("every day");
    case PlanEntry::Frequency::TimesPerWeek:
        return QCoreApplication::translate("PdfReport", "%n time(s) a week", nullptr,
                                           entry.timesPerWeek);
    case PlanEntry::Frequency::Weekdays:
        break;
    }
    QStringList days;
    for (int day = 1; day <= 7; ++day)
        if (entry.weekdays & (1 << (day - 1)))
            days << QLocale().dayName(day, QLocale::ShortFormat);
    return days.join(QStringLiteral(", "));
}

} // namespace

std::optional<ReportPlanAdherence>
reportPlanAdherence(const QSqlDatabase &db, const Catalog *catalog, QDate from, QDate today)
{
    const PlanRepository repository(db);
    const QList<PlanEntry> entries = repository.entries();
    if (!repository.errorText().isEmpty())
        qCWarning(lcTransfer).noquote()
            << "report: the plan cannot be read:" << repository.errorText();
    if (entries.isEmpty())
        return std::nullopt;

    ReportPlanAdherence out;
    out.name = tr("My plan");
    for (const PlanEntry &e : entries) {
        const Technique *technique = catalog ? catalog->technique(e.techniqueId) : nullptr;
        const QString title = technique ? technique->title : e.techniqueId;
        const QString side = sideWords(e, technique);
        out.lines << (side.isEmpty()
                          ? QStringLiteral("%1: %2").arg(title, scheduleWords(e))
                          : QStringLiteral("%1 (%2): %3").arg(title, side, scheduleWords(e)));
    }

    QDate firstAdded = today;
    for (const PlanEntry &e : entries)
        if (e.addedOn.isValid())
            firstAdded = std::min(firstAdded, e.addedOn);
    const QDate firstMonday = PlanSchedule::mondayOf(std::max(from, firstAdded));
    const QList<PlanActivity> activity = repository.activityBetween(firstMonday, today);
    for (QDate monday = firstMonday; monday <= today; monday = monday.addDays(7)) {
        const PlanSchedule::Week week =
            PlanSchedule::weekAdherence(entries, activity, monday, today);
        out.weeks.append({week.monday, week.planned, week.done});
        out.due += week.planned;
        out.done += week.done;
    }
    return out;
}

} // namespace unknot
