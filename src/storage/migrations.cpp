// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace unknot::Migrations {

const QList<Migration> &all()
{
    static const QList<Migration> steps = {
        {1,
         {QStringLiteral(
              "CREATE TABLE sessions ("
              " id INTEGER PRIMARY KEY,"
              " technique_id TEXT NOT NULL,"
              " region_id TEXT NOT NULL,"
              " sides TEXT NOT NULL DEFAULT '',"
              " started_at INTEGER NOT NULL,"               // ms since epoch, UTC
              " utc_offset_min INTEGER NOT NULL DEFAULT 0," // local offset when started
              " ended_at INTEGER,"
              " steps_completed INTEGER NOT NULL DEFAULT 0,"
              " steps_total INTEGER NOT NULL DEFAULT 0,"
              " completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),"
              " pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),"
              " pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),"
              " stopped_for_pain INTEGER NOT NULL DEFAULT 0 CHECK (stopped_for_pain IN (0, 1)),"
              " note TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX sessions_started_at ON sessions (started_at)"),
          QStringLiteral("CREATE INDEX sessions_region ON sessions (region_id, started_at)")}},
    };
    return steps;
}

int latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    const int from = currentVersion(db);
    if (from < 0) {
        *error = db.lastError().text();
        return false;
    }
    for (const Migration &m : all()) {
        if (m.version <= from || m.version > target)
            continue;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        bool ok = true;
        for (const QString &sql : m.statements) {
            if (!q.exec(sql)) {
                *error = QStringLiteral("migration to version %1 failed: %2")
                             .arg(m.version)
                             .arg(q.lastError().text());
                ok = false;
                break;
            }
        }
        if (ok && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
            *error = q.lastError().text();
            ok = false;
        }
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        qCInfo(lcStorage) << "migrated database to version" << m.version;
    }
    return true;
}

} // namespace unknot::Migrations
