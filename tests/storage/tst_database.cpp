// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sessionrepository.h"
#include "storage/storageguard.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unknot;

Q_DECLARE_METATYPE(unknot::Database::Check)

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SessionRecord sampleRecord()
{
    SessionRecord r;
    r.techniqueId = QStringLiteral("forearm-flexor-release");
    r.regionId = QStringLiteral("forearm-wrist-left");
    r.sides = QStringLiteral("left");
    r.startedAt = QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone(3600));
    r.endedAt = r.startedAt.addSecs(420);
    r.stepsCompleted = 5;
    r.stepsTotal = 6;
    r.completed = false;
    r.painBefore = 6;
    r.painAfter = 3;
    r.stoppedForPain = true;
    r.note = QStringLiteral("Tender near the elbow — “ok” after");
    return r;
}

QVariant pragma(const Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !q.next())
        return {};
    return q.value(0);
}

QStringList schemaOf(const Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                               "ORDER BY type, name")))
        return {q.lastError().text()};
    while (q.next())
        out << QStringLiteral("%1 %2 %3: %4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString());
    return out;
}

QStringList rowsOf(const Database &db, const char *table)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

    // Two sessions in two daily backups, then 300 more, then garbage as a torn or failing write
    // would leave: over every page after the first (the schema too), or only over the second
    // half of the file (session rows, written last). damaged: the file as it is then.
    enum class Garbage { AfterHeader, SecondHalf };
    void writeDamagedHistory(const QString &path, QByteArray *damaged,
                             Garbage where = Garbage::AfterHeader)
    {
        const Backups backups(path);
        {
            Database db;
            QVERIFY(db.open(path));
            SessionRepository repo(db.connection());
            QVERIFY(repo.add(sampleRecord()) > 0);
        }
        QVERIFY(!backups.makeDaily(QDate(2026, 3, 1)).isEmpty());
        {
            Database db;
            QVERIFY(db.open(path));
            SessionRepository repo(db.connection());
            QVERIFY(repo.add(sampleRecord()) > 0);
        }
        QVERIFY(!backups.makeDaily(QDate(2026, 3, 2)).isEmpty());
        {
            // A third session after the last backup, then enough rows for several pages.
            Database db;
            QVERIFY(db.open(path));
            SessionRepository repo(db.connection());
            for (int i = 0; i < 300; ++i)
                QVERIFY(repo.add(sampleRecord()) > 0);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 4 * 4096);
        const qint64 from = where == Garbage::AfterHeader ? 4096 : size / 2 / 4096 * 4096;
        QVERIFY(f.seek(from));
        QByteArray garbage(size - from - 4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 31 + 7) % 253);
        f.write(garbage);
        f.close();
        *damaged = readAll(path);
    }

private slots:
    void freshDatabaseHasLatestSchemaWalAndForeignKeys()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("a/b/unknot.sqlite"))),
                 qPrintable(db.errorText()));
        QCOMPARE(pragma(db, "user_version").toInt(), Migrations::latestVersion());
        QCOMPARE(pragma(db, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "foreign_keys").toInt(), 1);
    }

    void historySurvivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        SessionRecord saved = sampleRecord();
        {
            Database db;
            QVERIFY(db.open(path));
            SessionRepository repo(db.connection());
            saved.id = repo.add(saved);
            QVERIFY2(saved.id > 0, qPrintable(repo.errorText()));
        } // closed here, as when the app quits
        Database reopened;
        QVERIFY(reopened.open(path));
        SessionRepository repo(reopened.connection());
        QCOMPARE(repo.count(), 1);
        const std::optional<SessionRecord> loaded = repo.byId(saved.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->startedAt, saved.startedAt);
        QCOMPARE(loaded->startedAt.offsetFromUtc(), 3600);
        QCOMPARE(*loaded, saved);
    }

    void unratedPainStaysUnrated()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("unknot.sqlite"))));
        SessionRepository repo(db.connection());
        SessionRecord r = sampleRecord();
        r.painBefore.reset();
        r.painAfter.reset();
        r.endedAt = {};
        const qint64 id = repo.add(r);
        QVERIFY(id > 0);
        QVERIFY(!repo.byId(id)->painBefore.has_value());
        QVERIFY(!repo.byId(id)->painAfter.has_value());
        QVERIFY(!repo.byId(id)->endedAt.isValid());
    }

    void impossiblePainIsRejectedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("unknot.sqlite"))));
        SessionRepository repo(db.connection());
        SessionRecord r = sampleRecord();
        r.painAfter = 11;
        QCOMPARE(repo.add(r), 0);
        QVERIFY(repo.errorText().contains(QLatin1String("CHECK")));
        QCOMPARE(repo.count(), 0);
    }

    void newerDatabaseIsRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<Database::Check>("check");
        QTest::newRow("full check") << Database::Check::Full;
        QTest::newRow("check deferred (the app)") << Database::Check::Deferred;
    }

    void newerDatabaseIsRefusedAndLeftUntouched()
    {
        QFETCH(Database::Check, check);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        {
            Database db(QStringLiteral("future"));
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        }
        const QByteArray before = readAll(path);
        Database db;
        QVERIFY(!db.open(path, check));
        QVERIFY2(db.errorText().contains(QLatin1String("newer version of Unknot")),
                 qPrintable(db.errorText()));
        QVERIFY(db.errorText().contains(QLatin1String("nothing was changed")));
        QVERIFY(!db.isOpen());
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    }

    void garbageFileIsMovedAsideAndAnEmptyHistoryStarts_data()
    {
        QTest::addColumn<Database::Check>("check");
        QTest::newRow("full check") << Database::Check::Full;
        QTest::newRow("check deferred (the app)") << Database::Check::Deferred;
    }

    void garbageFileIsMovedAsideAndAnEmptyHistoryStarts()
    {
        QFETCH(Database::Check, check);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        QByteArray garbage(8192, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        Database db;
        QVERIFY2(db.open(path, check), qPrintable(db.errorText()));
        // The damaged file is kept, byte for byte, where the notice says it is.
        QVERIFY(!db.setAsidePath().isEmpty());
        QCOMPARE(readAll(db.setAsidePath()), garbage);
        QVERIFY2(db.notice().contains(QLatin1String("no backup")), qPrintable(db.notice()));
        QVERIFY(db.notice().contains(db.setAsidePath()));
        SessionRepository repo(db.connection());
        QCOMPARE(repo.count(), 0);
        QVERIFY(repo.add(sampleRecord()) > 0);
    }

    void damagedPagesAreMovedAsideAndTheLatestBackupRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        const Backups backups(path);
        QByteArray damaged;
        writeDamagedHistory(path, &damaged);
        if (QTest::currentTestFailed())
            return;

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorText()));
        QCOMPARE(readAll(db.setAsidePath()), damaged);
        QVERIFY2(db.notice().contains(QLatin1String("restored the automatic backup")),
                 qPrintable(db.notice()));
        QVERIFY(db.notice().contains(db.setAsidePath()));
        // The newest backup (two sessions) is back; the older one is still there too.
        SessionRepository repo(db.connection());
        QCOMPARE(repo.count(), 2);
        QCOMPARE(backups.list().size(), 2);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }

    void damageFoundAfterStartIsRecoveredBehindTheSameConnection()
    {
        // The app opens with only the header and schema read, and checks every page later.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        QByteArray damaged;
        writeDamagedHistory(path, &damaged, Garbage::SecondHalf);
        if (QTest::currentTestFailed())
            return;

        Database db;
        QVERIFY2(db.open(path, Database::Check::Deferred), qPrintable(db.errorText()));
        QVERIFY(db.notice().isEmpty());
        SessionRepository repo(db.connection()); // a handle taken before the damage is known
        const Database::FileCheck check = Database::checkFile(path);
        QVERIFY2(check.verdict == Database::FileCheck::Verdict::Damaged,
                 "the full check missed the garbage");
        QVERIFY(db.recover(check.reason));
        QCOMPARE(readAll(db.setAsidePath()), damaged);
        QVERIFY2(db.notice().contains(QLatin1String("restored the automatic backup")),
                 qPrintable(db.notice()));
        // The old handle reads (and writes) the restored file.
        QCOMPARE(repo.count(), 2);
        QVERIFY(repo.add(sampleRecord()) > 0);
        QCOMPARE(SessionRepository(db.connection()).count(), 3);
        QVERIFY(Database::checkFile(path).verdict == Database::FileCheck::Verdict::Sound);
    }

    void theGuardChecksASoundFileThenBacksItUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        const Backups backups(path);
        Database db;
        QVERIFY(db.open(path, Database::Check::Deferred));
        QVERIFY(SessionRepository(db.connection()).add(sampleRecord()) > 0);
        StorageGuard guard(&db);
        QSignalSpy checked(&guard, &StorageGuard::checked);
        QSignalSpy recovered(&guard, &StorageGuard::recovered);
        guard.start();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.at(0).at(0).toString(), backups.pathFor(QDate::currentDate()));
        QVERIFY(QFile::exists(backups.pathFor(QDate::currentDate())));
        QCOMPARE(recovered.size(), 0);
        QVERIFY(db.notice().isEmpty());
    }

    void theGuardRecoversADamagedFileAndMakesNoBackupOfIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        const Backups backups(path);
        QByteArray damaged;
        writeDamagedHistory(path, &damaged, Garbage::SecondHalf);
        if (QTest::currentTestFailed())
            return;
        const QStringList backupsBefore = backups.list();

        Database db;
        QVERIFY(db.open(path, Database::Check::Deferred));
        QVERIFY(db.notice().isEmpty()); // found by the guard, not by open()
        SessionRepository repo(db.connection());
        StorageGuard guard(&db);
        QSignalSpy checked(&guard, &StorageGuard::checked);
        QSignalSpy recovered(&guard, &StorageGuard::recovered);
        guard.start();
        QVERIFY(recovered.wait(20000));
        QCOMPARE(checked.size(), 0);
        QCOMPARE(recovered.at(0).at(0).toString(), db.notice());
        QVERIFY(db.notice().contains(db.setAsidePath()));
        QCOMPARE(readAll(db.setAsidePath()), damaged);
        QCOMPARE(repo.count(), 2);
        // No backup of the damaged file pushed a good one out.
        QCOMPARE(backups.list(), backupsBefore);
    }

    void aRunningSessionsStepWritesOneRowAndNoTotals()
    {
        // total_changes() counts every row written on the connection, by triggers too.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("unknot.sqlite"))));
        SessionRepository repo(db.connection());
        SessionRecord r = sampleRecord();
        r.endedAt = {};
        r.painAfter.reset();
        r.stepsCompleted = 0;
        r.id = repo.add(r);
        QVERIFY(r.id > 0);
        const auto rowsWritten = [&db] {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("SELECT total_changes()")) && q.next()
                       ? q.value(0).toLongLong()
                       : -1;
        };
        const QStringList totals = rowsOf(db, "daily_activity") + rowsOf(db, "region_activity");

        qint64 before = rowsWritten();
        r.stepsCompleted = 1; // a step of the running session
        QVERIFY(repo.update(r));
        QCOMPARE(rowsWritten() - before, 1);

        before = rowsWritten();
        QVERIFY(repo.update(r)); // nothing changed: nothing written
        QCOMPARE(rowsWritten() - before, 0);
        QCOMPARE(rowsOf(db, "daily_activity") + rowsOf(db, "region_activity"), totals);

        // A change the totals depend on still recounts them.
        r.painAfter = 2;
        r.completed = true;
        r.endedAt = r.startedAt.addSecs(400);
        QVERIFY(repo.update(r));
        QCOMPARE(repo.byId(r.id), std::optional<SessionRecord>(r));
        QCOMPARE(rowsOf(db, "region_activity"),
                 QStringList{QStringLiteral("forearm-wrist-left|1|1|1|-4")});
        QCOMPARE(rowsOf(db, "daily_activity").size(), 1);
        QVERIFY(rowsOf(db, "daily_activity").first().endsWith(QLatin1String("|1|1")));
    }

    void unfinishedSessionsAreFoundWithoutReadingTheHistory()
    {
        // Looked for at every start: the query must use the index of open sessions only.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("unknot.sqlite"))));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT * FROM sessions "
                                      "WHERE ended_at IS NULL ORDER BY id")));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(plan.join(QLatin1Char(' ')).contains(QLatin1String("sessions_unfinished")),
                 qPrintable(plan.join(QLatin1Char(' '))));
    }

    void backupsAreDailyAndTheLastSevenAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        Database db;
        QVERIFY(db.open(path));
        SessionRepository repo(db.connection());
        QVERIFY(repo.add(sampleRecord()) > 0);
        const Backups backups(path);
        const QDate first(2025, 12, 28);
        QString made = backups.makeDaily(first);
        QCOMPARE(made, backups.pathFor(first));
        // Only one a day.
        QCOMPARE(backups.makeDaily(first), QString());
        for (int i = 1; i < 10; ++i)
            QVERIFY(!backups.makeDaily(first.addDays(i)).isEmpty());
        const QStringList kept = backups.list();
        QCOMPARE(kept.size(), Backups::kKept);
        QCOMPARE(kept.first(), backups.pathFor(first.addDays(9)));
        QCOMPARE(kept.last(), backups.pathFor(first.addDays(3)));
        QCOMPARE(backups.latest(), kept.first());
        // A backup is a complete database of its own.
        Database copy(QStringLiteral("copy"));
        QVERIFY(copy.open(kept.first()));
        QCOMPARE(SessionRepository(copy.connection()).count(), 1);
        QVERIFY(copy.notice().isEmpty());
    }

    void steppedMigrationEqualsFreshSchema()
    {
        QTemporaryDir dir;
        Database fresh(QStringLiteral("fresh"));
        QVERIFY(fresh.open(dir.filePath(QStringLiteral("fresh.sqlite"))));

        // An old database: version 1 with history, then each later step on its own open.
        const QString oldPath = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "v1");
            db.setDatabaseName(oldPath);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(Migrations::migrate(db, &error, 1), qPrintable(error));
            QCOMPARE(Migrations::currentVersion(db), 1);
            SessionRepository repo(db);
            SessionRecord r = sampleRecord();
            QVERIFY(repo.add(r) > 0);
            r.startedAt = r.startedAt.addDays(1);
            r.painBefore.reset();
            QVERIFY(repo.add(r) > 0);
            for (int v = 2; v <= Migrations::latestVersion(); ++v) {
                QVERIFY2(Migrations::migrate(db, &error, v), qPrintable(error));
                QCOMPARE(Migrations::currentVersion(db), v);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Database migrated(QStringLiteral("migrated"));
        QVERIFY(migrated.open(oldPath));
        QCOMPARE(schemaOf(migrated), schemaOf(fresh));
        QCOMPARE(pragma(migrated, "user_version"), pragma(fresh, "user_version"));

        // The running totals built by the migration equal those the triggers keep.
        SessionRepository freshRepo(fresh.connection());
        for (const SessionRecord &r : SessionRepository(migrated.connection()).page(0, 10))
            QVERIFY(freshRepo.add(r) > 0);
        QCOMPARE(rowsOf(migrated, "daily_activity"), rowsOf(fresh, "daily_activity"));
        QCOMPARE(rowsOf(migrated, "region_activity"), rowsOf(fresh, "region_activity"));
        QCOMPARE(rowsOf(fresh, "region_activity"),
                 QStringList{QStringLiteral("forearm-wrist-left|2|0|1|-3")});
    }

    void migrationsAreOrderedAndEndAtLatest()
    {
        int previous = 0;
        for (const Migration &m : Migrations::all()) {
            QCOMPARE(m.version, previous + 1);
            QVERIFY(!m.statements.isEmpty());
            previous = m.version;
        }
        QCOMPARE(previous, Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
