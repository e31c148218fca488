// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>

namespace unknot {

// Everything the user has recorded as one JSON document (see ExportFormat): sessions,
// reminders, per-region clearance, health-checklist answers, the plan, the user's own techniques
// with their recordings (read from `voiceDir`; with none given they are left out) and settings.
// Sessions are oldest first; times are milliseconds since the epoch (UTC) plus the offset the
// user's clock had, so nothing is lost. Not carried: the first-launch acknowledgement (kept in
// the app's preferences, not the records), because it is the statement of the person holding
// the phone that they read the cautions; whoever uses the restored phone makes it themselves.
// Empty, with `error` set, when something cannot be read or the result would be larger than
// ExportFormat::kMaxBytes.
QByteArray exportJson(QSqlDatabase db, const QDateTime &exportedAt, QString *error = nullptr,
                      const QString &voiceDir = {});

} // namespace unknot
