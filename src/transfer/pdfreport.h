// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace unknot {

class Catalog;

// A one-to-two page A4 report for the practitioner over the last `days` days up to `today`:
// the period, adherence (days worked, sessions completed, streaks), each region's pain trend
// and clearance, and the user's recent notes.
bool writePdfReport(const QSqlDatabase &db, const Catalog *catalog, const QString &filePath,
                    QDate today, int days = 90, QString *error = nullptr);

} // namespace unknot
