// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace unknot {

class Catalog;

// What a plan asked for in the report's period and what was done, for the "Plan and adherence"
// section. The caller fills it from the plan (transfer/reportplan.h; none: the section is left
// out).
struct ReportPlanAdherence
{
    QString name;      // the plan's name, as the user sees it
    int due = 0;       // sessions the plan asked for in the period
    int done = 0;      // of those, done
    QStringList lines; // further lines: one per technique of the plan, with side and schedule
    struct Week
    {
        QDate monday;
        int planned = 0;
        int done = 0;
    };
    QList<Week> weeks; // oldest first; drawn as a table, one row a week
};

// An A4 report for the practitioner over the last `days` days up to `today`: the period,
// adherence (days worked, sessions completed, streaks; the plan's when given), the body map
// coloured by each region's pain trend and clearance, each region's numbers and pain chart
// (before and after each session in the period), clearance, and the user's recent notes.
// Draws with QPainter only (no GUI objects): it runs on the export thread.
bool writePdfReport(const QSqlDatabase &db, const Catalog *catalog, const QString &filePath,
                    QDate today, int days = 90, QString *error = nullptr,
                    const std::optional<ReportPlanAdherence> &plan = std::nullopt);

} // namespace unknot
