// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sessionrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unknot;

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

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

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

    void newerDatabaseIsRefusedAndLeftUntouched()
    {
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
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorText().contains(QLatin1String("newer version of Unknot")),
                 qPrintable(db.errorText()));
        QVERIFY(db.errorText().contains(QLatin1String("nothing was changed")));
        QVERIFY(!db.isOpen());
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
    }

    void garbageFileIsRefusedAndLeftUntouched()
    {
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
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorText().contains(QLatin1String("not a readable Unknot database")),
                 qPrintable(db.errorText()));
        QCOMPARE(readAll(path), garbage);
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
