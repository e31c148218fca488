// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/pdfreport.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace unknot {

class Catalog;

// The plan's section of the practitioner's report, read from the plan's tables on `db` (the
// export thread's connection): each technique of the plan with its side and schedule, and done
// against planned for every Monday-to-Sunday week that overlaps the period from `from` to
// `today` (the same figures Progress shows: PlanSchedule::weekAdherence). Weeks before the
// plan's first technique was added are left out. nullopt when there is no plan (or it cannot be
// read: the report is still written, without the section).
std::optional<ReportPlanAdherence>
reportPlanAdherence(const QSqlDatabase &db, const Catalog *catalog, QDate from, QDate today);

} // namespace unknot
