// SPDX-License-Identifier: GPL-3.0-or-later
// A writer process is killed (SIGKILL) while it saves sessions in a loop; the database it leaves
// must open, pass the integrity check, and hold every session the writer saw committed.
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <cstring>

using namespace unknot;

namespace {

// The child: saves sessions until killed, and after each commit appends the new id to
// `idsPath` with a plain write(), which survives the process being killed.
int runWriter(const char *databasePath, const char *idsPath)
{
    Database db;
    if (!db.open(QString::fromLocal8Bit(databasePath)))
        return 2;
    SessionRepository repo(db.connection());
    FILE *ids = std::fopen(idsPath, "w");
    if (!ids)
        return 3;
    std::setvbuf(ids, nullptr, _IONBF, 0);
    const QDateTime base(QDate(2026, 1, 1), QTime(7, 0), QTimeZone(3600));
    for (int i = 0;; ++i) {
        SessionRecord r;
        r.techniqueId = QStringLiteral("neck-release");
        r.regionId = QStringLiteral("neck");
        r.startedAt = base.addSecs(i * 60);
        r.endedAt = r.startedAt.addSecs(30);
        r.completed = true;
        r.painBefore = i % 11;
        r.painAfter = (i + 3) % 11;
        r.note = QStringLiteral("note %1").arg(i);
        const qint64 id = repo.add(r);
        if (id <= 0)
            return 4;
        std::fprintf(ids, "%lld\n", static_cast<long long>(id));
    }
}

QList<qint64> readIds(const QString &path)
{
    QList<qint64> ids;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ids;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        ids << line.toLongLong();
    }
    return ids;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("early") << 20;
        QTest::newRow("later") << 400;
    }

    void killedWriterLosesNothingCommitted()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("unknot.sqlite"));
        const QString idsPath = dir.filePath(QStringLiteral("ids.txt"));

        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--writer"), dbPath, idsPath});
        QVERIFY(writer.waitForStarted());
        // Kill it mid-loop, once it has committed enough.
        QTRY_VERIFY_WITH_TIMEOUT(
            readIds(idsPath).size() >= killAfter || writer.state() == QProcess::NotRunning, 60000);
        QCOMPARE(writer.state(), QProcess::Running);
        writer.kill(); // SIGKILL on Unix: no handler, no flush, no cleanup
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        const QList<qint64> committed = readIds(idsPath);
        QVERIFY(committed.size() >= killAfter);

        Database db;
        QVERIFY2(db.open(dbPath), qPrintable(db.errorText()));
        QVERIFY2(db.notice().isEmpty(), qPrintable(db.notice())); // opened as it was
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        SessionRepository repo(db.connection());
        for (qint64 id : committed) {
            const std::optional<SessionRecord> r = repo.byId(id);
            QVERIFY2(r, qPrintable(QStringLiteral("committed session %1 is missing").arg(id)));
            QCOMPARE(r->note, QStringLiteral("note %1").arg(id - 1));
        }
        // At most the one in flight when the kill came went beyond what was reported.
        QVERIFY(repo.count() - committed.size() <= 1);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && std::strcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(argv[2], argv[3]);
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
