// SPDX-License-Identifier: GPL-3.0-or-later
// The app as it starts: the database is opened with only its header and schema read, and the
// full integrity check runs after the first frame. Damage found then is recovered from and the
// user told, as if it had been found before; a sound file gets its daily backup.
#include "core/appcore.h"
#include "progress/historymodel.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace unknot;

namespace {

SessionRecord record(int i)
{
    SessionRecord r;
    r.techniqueId = QStringLiteral("neck-side-release");
    r.regionId = QStringLiteral("neck");
    r.startedAt = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone(3600)).addSecs(i * 3600);
    r.endedAt = r.startedAt.addSecs(300);
    r.completed = true;
    r.painBefore = 5;
    r.painAfter = 3;
    r.note = QStringLiteral("note %1").arg(i);
    return r;
}

bool addSessions(const QString &path, int from, int count)
{
    Database db(QStringLiteral("writer"));
    if (!db.open(path))
        return false;
    SessionRepository repo(db.connection());
    for (int i = from; i < from + count; ++i) {
        if (repo.add(record(i)) <= 0)
            return false;
    }
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace

class TestStartupGuard : public QObject
{
    Q_OBJECT

private slots:
    void damageFoundAfterTheFirstFrameIsRecoveredAndTold()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        QVERIFY(addSessions(path, 0, 2));
        QVERIFY(!Backups(path).makeDaily(QDate(2026, 3, 2)).isEmpty());
        QVERIFY(addSessions(path, 2, 400));
        // Garbage over three pages near the end: session rows written last, not the schema.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        QVERIFY(f.seek(f.size() - 4 * 4096));
        f.write(QByteArray(3 * 4096, char(0x5a)));
        f.close();

        AppCore::Config config;
        config.databasePath = path;
        config.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        AppCore core(config);
        QVERIFY2(core.storageError().isEmpty(), qPrintable(core.storageError())); // not seen yet
        QSignalSpy told(&core, &AppCore::storageErrorChanged);
        core.startBackgroundChecks(); // what main does after the first frame
        QVERIFY(told.wait(30000));
        QVERIFY2(core.storageError().contains(QLatin1String("restored the automatic backup")),
                 qPrintable(core.storageError()));
        // The models read the restored file.
        QCOMPARE(core.history()->totalCount(), 2);
        QCOMPARE(core.history()->rowCount(), 2);
        // The damaged file was kept, under the name the message gives.
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("*damaged*.sqlite")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(core.storageError().contains(aside.first()));
    }

    void aSoundFileIsBackedUpAfterTheCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        QVERIFY(addSessions(path, 0, 3));
        AppCore::Config config;
        config.databasePath = path;
        config.settingsPath = dir.filePath(QStringLiteral("settings.ini"));
        const QString today = Backups(path).pathFor(QDate::currentDate());
        {
            AppCore core(config);
            core.startBackgroundChecks();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(today), 30000);
            QVERIFY(core.storageError().isEmpty());
            QCOMPARE(core.history()->totalCount(), 3);
        }
        Database backup(QStringLiteral("backup"));
        QVERIFY(backup.open(today));
        QCOMPARE(SessionRepository(backup.connection()).count(), 3);
    }
};

QTEST_MAIN(TestStartupGuard)
#include "tst_startupguard.moc"
