// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

#include "storage/logging.h"

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
        // Reminders, per-region practitioner clearance, settings; and running totals per local
        // day and per region, kept by triggers so progress screens never scan the history.
        {2,
         {QStringLiteral(
              "CREATE TABLE reminders ("
              " id INTEGER PRIMARY KEY,"
              " minute_of_day INTEGER NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),"
              " weekdays INTEGER NOT NULL DEFAULT 127 CHECK (weekdays BETWEEN 1 AND 127)," // Mon=1
              " technique_id TEXT NOT NULL DEFAULT '',"
              " region_id TEXT NOT NULL DEFAULT '',"
              " enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
              " created_at INTEGER NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE region_status ("
              " region_id TEXT PRIMARY KEY,"
              " clearance TEXT NOT NULL CHECK (clearance IN ('unknown', 'cleared', 'not-cleared')),"
              " cleared_by TEXT NOT NULL DEFAULT '',"
              " note TEXT NOT NULL DEFAULT '',"
              " updated_at INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          // Day number in the user's local calendar when the session started.
          QStringLiteral("CREATE TABLE daily_activity ("
                         " day INTEGER PRIMARY KEY,"
                         " sessions INTEGER NOT NULL,"
                         " completed INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE region_activity ("
                         " region_id TEXT PRIMARY KEY,"
                         " sessions INTEGER NOT NULL,"
                         " completed INTEGER NOT NULL,"
                         " rated INTEGER NOT NULL," // sessions with pain before and after
                         " change_sum INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO daily_activity (day, sessions, completed)"
                         " SELECT (started_at + utc_offset_min * 60000) / 86400000, COUNT(*),"
                         " SUM(completed) FROM sessions GROUP BY 1"),
          QStringLiteral("INSERT INTO region_activity (region_id, sessions, completed, rated,"
                         " change_sum) SELECT region_id, COUNT(*), SUM(completed),"
                         " COUNT(pain_after - pain_before), TOTAL(pain_after - pain_before)"
                         " FROM sessions GROUP BY region_id"),
          QStringLiteral(
              "CREATE TRIGGER sessions_count_insert AFTER INSERT ON sessions BEGIN"
              " INSERT INTO daily_activity (day, sessions, completed)"
              "  VALUES ((NEW.started_at + NEW.utc_offset_min * 60000) / 86400000, 1,"
              "  NEW.completed) ON CONFLICT (day) DO UPDATE SET sessions = sessions + 1,"
              "  completed = completed + excluded.completed;"
              " INSERT INTO region_activity (region_id, sessions, completed, rated, change_sum)"
              "  VALUES (NEW.region_id, 1, NEW.completed,"
              "  (NEW.pain_after - NEW.pain_before) IS NOT NULL,"
              "  IFNULL(NEW.pain_after - NEW.pain_before, 0))"
              "  ON CONFLICT (region_id) DO UPDATE SET sessions = sessions + 1,"
              "  completed = completed + excluded.completed, rated = rated + excluded.rated,"
              "  change_sum = change_sum + excluded.change_sum;"
              " END"),
          QStringLiteral(
              "CREATE TRIGGER sessions_count_delete AFTER DELETE ON sessions BEGIN"
              " UPDATE daily_activity SET sessions = sessions - 1,"
              "  completed = completed - OLD.completed"
              "  WHERE day = (OLD.started_at + OLD.utc_offset_min * 60000) / 86400000;"
              " DELETE FROM daily_activity WHERE sessions <= 0"
              "  AND day = (OLD.started_at + OLD.utc_offset_min * 60000) / 86400000;"
              " UPDATE region_activity SET sessions = sessions - 1,"
              "  completed = completed - OLD.completed,"
              "  rated = rated - ((OLD.pain_after - OLD.pain_before) IS NOT NULL),"
              "  change_sum = change_sum - IFNULL(OLD.pain_after - OLD.pain_before, 0)"
              "  WHERE region_id = OLD.region_id;"
              " DELETE FROM region_activity WHERE sessions <= 0 AND region_id = OLD.region_id;"
              " END"),
          // An update (e.g. a session recorded while running, then finished) counts as the
          // old row leaving and the new one arriving.
          QStringLiteral(
              "CREATE TRIGGER sessions_count_update AFTER UPDATE OF started_at, utc_offset_min,"
              " region_id, completed, pain_before, pain_after ON sessions BEGIN"
              " UPDATE daily_activity SET sessions = sessions - 1,"
              "  completed = completed - OLD.completed"
              "  WHERE day = (OLD.started_at + OLD.utc_offset_min * 60000) / 86400000;"
              " DELETE FROM daily_activity WHERE sessions <= 0"
              "  AND day = (OLD.started_at + OLD.utc_offset_min * 60000) / 86400000;"
              " UPDATE region_activity SET sessions = sessions - 1,"
              "  completed = completed - OLD.completed,"
              "  rated = rated - ((OLD.pain_after - OLD.pain_before) IS NOT NULL),"
              "  change_sum = change_sum - IFNULL(OLD.pain_after - OLD.pain_before, 0)"
              "  WHERE region_id = OLD.region_id;"
              " DELETE FROM region_activity WHERE sessions <= 0 AND region_id = OLD.region_id;"
              " INSERT INTO daily_activity (day, sessions, completed)"
              "  VALUES ((NEW.started_at + NEW.utc_offset_min * 60000) / 86400000, 1,"
              "  NEW.completed) ON CONFLICT (day) DO UPDATE SET sessions = sessions + 1,"
              "  completed = completed + excluded.completed;"
              " INSERT INTO region_activity (region_id, sessions, completed, rated, change_sum)"
              "  VALUES (NEW.region_id, 1, NEW.completed,"
              "  (NEW.pain_after - NEW.pain_before) IS NOT NULL,"
              "  IFNULL(NEW.pain_after - NEW.pain_before, 0))"
              "  ON CONFLICT (region_id) DO UPDATE SET sessions = sessions + 1,"
              "  completed = completed + excluded.completed, rated = rated + excluded.rated,"
              "  change_sum = change_sum + excluded.change_sum;"
              " END")}},
        // Sessions a killed run left open are looked for at every start: an index of only
        // those (almost always none) keeps that from reading years of history.
        {3,
         {QStringLiteral(
             "CREATE INDEX sessions_unfinished ON sessions (id) WHERE ended_at IS NULL")}},
        // Reminders get the user's own label and "skip if I already did a session today".
        {4,
         {QStringLiteral("ALTER TABLE reminders ADD COLUMN label TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE reminders ADD COLUMN skip_if_done INTEGER NOT NULL"
                         " DEFAULT 0 CHECK (skip_if_done IN (0, 1))")}},
        // Safety: a region can be cleared "with care" and keeps the day the practitioner said
        // so (SQLite cannot change a CHECK, so the table is rebuilt); the health checklist's
        // ticked items get a table of their own.
        {5,
         {QStringLiteral("CREATE TABLE region_status_v5 ("
                         " region_id TEXT PRIMARY KEY,"
                         " clearance TEXT NOT NULL CHECK (clearance IN"
                         "  ('unknown', 'cleared', 'cleared-with-care', 'not-cleared')),"
                         " cleared_on TEXT NOT NULL DEFAULT ''," // YYYY-MM-DD, or '' when not given
                         " cleared_by TEXT NOT NULL DEFAULT '',"
                         " note TEXT NOT NULL DEFAULT '',"
                         " updated_at INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO region_status_v5 (region_id, clearance, cleared_by, note,"
                         " updated_at) SELECT region_id, clearance, cleared_by, note, updated_at"
                         " FROM region_status"),
          QStringLiteral("DROP TABLE region_status"),
          QStringLiteral("ALTER TABLE region_status_v5 RENAME TO region_status"),
          QStringLiteral("CREATE TABLE health_answers ("
                         " flag TEXT PRIMARY KEY,"
                         " answered_at INTEGER NOT NULL)")}},
        // The user's plan: its entries in the user's order, each back-to-back run of it, and
        // which sessions each run recorded (a table of its own, so the sessions table and its
        // one repository stay as they are; deleting a session drops its link).
        {6,
         {QStringLiteral(
              "CREATE TABLE plan_entries ("
              " id INTEGER PRIMARY KEY,"
              " technique_id TEXT NOT NULL,"
              " side TEXT NOT NULL CHECK (side IN ('both', 'left', 'right')),"
              " frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'weekdays')),"
              " times_per_week INTEGER NOT NULL DEFAULT 0 CHECK (times_per_week BETWEEN 0 AND 7),"
              " weekdays INTEGER NOT NULL DEFAULT 0 CHECK (weekdays BETWEEN 0 AND 127)," // Mon=1
              " position INTEGER NOT NULL,"
              " added_day INTEGER NOT NULL)"), // local day number it was added on
          QStringLiteral("CREATE TABLE plan_runs ("
                         " id INTEGER PRIMARY KEY,"
                         " started_at INTEGER NOT NULL,"
                         " utc_offset_min INTEGER NOT NULL,"
                         " techniques INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE plan_run_sessions ("
                         " session_id INTEGER PRIMARY KEY REFERENCES sessions (id)"
                         "  ON DELETE CASCADE,"
                         " plan_run_id INTEGER NOT NULL REFERENCES plan_runs (id)"
                         "  ON DELETE CASCADE)"),
          QStringLiteral("CREATE INDEX plan_run_sessions_run ON plan_run_sessions (plan_run_id)")}},
        // The user's own techniques (helper T, issue 14): the definition is the content
        // format's technique object (assets/content/FORMAT.md), so the reader that checks the
        // bundled content checks these too; each step may carry a recording in the voice folder.
        {7,
         {QStringLiteral("CREATE TABLE custom_techniques ("
                         " id TEXT PRIMARY KEY CHECK (id LIKE 'custom-%'),"
                         " definition TEXT NOT NULL,"
                         " created_at TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE custom_step_voices ("
                         " technique_id TEXT NOT NULL"
                         "  REFERENCES custom_techniques (id) ON DELETE CASCADE,"
                         " step INTEGER NOT NULL CHECK (step >= 0),"
                         " file TEXT NOT NULL UNIQUE,"
                         " PRIMARY KEY (technique_id, step))")}},
        // A reminder can be for the user's plan (helper R, issue 14): open My plan, or start
        // today's plan. Such a reminder names no technique or region; existing rows keep ''.
        {8,
         {QStringLiteral("ALTER TABLE reminders ADD COLUMN plan_target TEXT NOT NULL DEFAULT ''"
                         " CHECK (plan_target IN ('', 'open', 'start') AND (plan_target = ''"
                         " OR (technique_id = '' AND region_id = '')))")}},
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
