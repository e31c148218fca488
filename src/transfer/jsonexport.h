// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>

namespace unknot {

// Everything the user has recorded as one JSON document (see ExportFormat): sessions,
// reminders, per-region clearance and settings. Sessions are oldest first; times are
// milliseconds since the epoch (UTC) plus the offset the user's clock had, so nothing is lost.
QByteArray exportJson(QSqlDatabase db, const QDateTime &exportedAt, QString *error = nullptr);

} // namespace unknot
