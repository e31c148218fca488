// SPDX-License-Identifier: GPL-3.0-or-later
// A records file that is only busy, in a read-only folder or on a full disk is not damaged:
// opening it must fail, say why, and leave it byte for byte where it was (never move it aside
// or restore a backup over it). Each condition is real and made by a second process: SQLite's
// POSIX locks are per process, a read-only folder needs a user without root's override, and a
// full disk is a file size limit (RLIMIT_FSIZE, what `ulimit -f` sets) on the opening process.
#include "core/appcore.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/sessionrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace unknot;

namespace {

constexpr uid_t kNobody = 65534;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Child: takes an exclusive lock on the file (locking_mode EXCLUSIVE keeps it after the
// transaction begins), says "locked" on stdout, and holds it until stdin closes.
int holdExclusiveLock(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("l"));
    db.setDatabaseName(path);
    if (!db.open())
        return 2;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) ||
        !q.exec(QStringLiteral("BEGIN EXCLUSIVE")) ||
        !q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) || !q.next()) {
        std::fprintf(stderr, "lock: %s\n", qPrintable(q.lastError().text()));
        return 3;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    char buffer[16];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    return 0;
}

// Child: opens the file the way the app does (check: "full" or "deferred"), after dropping
// root (so permissions apply) or under a file size limit; prints the error, exits 0 when
// opened, 1 when not.
int openAsTheApp(const QString &path, const QString &check)
{
    Database db;
    const bool opened = db.open(path, check == QLatin1String("deferred") ? Database::Check::Deferred
                                                                         : Database::Check::Full);
    std::printf("%s\n", qPrintable(opened ? db.notice() : db.errorText()));
    return opened ? 0 : 1;
}

// Child: starts the app's core on the file, says "opened", waits for a line on stdin, then
// runs the check the app runs after its first frame and prints what the user is told.
int runTheAppsCheck(const QString &path)
{
    AppCore::Config config;
    config.databasePath = path;
    config.settingsPath = QFileInfo(path).dir().filePath(QStringLiteral("settings.ini"));
    config.storageCheckRetryMs = 20;
    AppCore core(config);
    if (!core.storageError().isEmpty()) {
        std::printf("not opened: %s\n", qPrintable(core.storageError()));
        return 1;
    }
    std::printf("opened\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 2;
    QSignalSpy told(&core, &AppCore::storageErrorChanged);
    core.startBackgroundChecks();
    told.wait(20000);
    std::printf("told: %s\n", qPrintable(core.storageError()));
    return 0;
}

int child(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    if (mode == QLatin1String("--hold-lock"))
        return holdExclusiveLock(path);
    if (mode == QLatin1String("--run-app-as-nobody")) {
        if (geteuid() == 0 &&
            (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0))
            return 4;
        return runTheAppsCheck(path);
    }
    const QString check = QString::fromLocal8Bit(argv[3]);
    if (mode == QLatin1String("--open-as-nobody")) {
        if (geteuid() == 0 &&
            (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0))
            return 4;
        return openAsTheApp(path, check);
    }
    if (mode == QLatin1String("--open-with-size-limit")) {
        // A write past the limit then fails with EFBIG instead of killing the process.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t limit = rlim_t(QByteArray(argv[4]).toLongLong());
        const rlimit lim{limit, limit};
        if (setrlimit(RLIMIT_FSIZE, &lim) != 0)
            return 4;
        return openAsTheApp(path, check);
    }
    return 5;
}

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
    return r;
}

// A sound history of `count` sessions, closed (no -wal or -shm left), with a backup of an
// older day that a wrong recovery would restore.
bool writeHistory(const QString &path, int count)
{
    {
        Database db(QStringLiteral("writer"));
        if (!db.open(path))
            return false;
        SessionRepository repo(db.connection());
        if (repo.add(record(0)) <= 0)
            return false;
    }
    if (Backups(path).makeDaily(QDate(2026, 3, 1)).isEmpty())
        return false;
    Database db(QStringLiteral("writer"));
    if (!db.open(path))
        return false;
    SessionRepository repo(db.connection());
    for (int i = 1; i < count; ++i) {
        if (repo.add(record(i)) <= 0)
            return false;
    }
    return true;
}

// Files in the folder other than the database, its backups folder and the sidecars SQLite
// makes and removes itself: anything "-damaged-" is a file moved aside.
QStringList movedAside(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*-damaged-*")}, QDir::Files);
}

} // namespace

class TestNotDamaged : public QObject
{
    Q_OBJECT

    QString m_self;

    static void checkModes_data()
    {
        QTest::addColumn<QString>("check");
        QTest::newRow("full check") << QStringLiteral("full");
        QTest::newRow("check deferred (the app)") << QStringLiteral("deferred");
    }

private slots:
    void initTestCase() { m_self = QCoreApplication::applicationFilePath(); }

    void aFileLockedByAnotherProcessIsLeftAlone_data() { checkModes_data(); }
    void aFileLockedByAnotherProcessIsLeftAlone()
    {
        QFETCH(QString, check);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        QVERIFY(writeHistory(path, 40));
        const QByteArray before = readAll(path);

        QProcess locker;
        locker.start(m_self, {QStringLiteral("--hold-lock"), path});
        QVERIFY(locker.waitForReadyRead(20000));
        QCOMPARE(locker.readLine().trimmed(), QByteArray("locked"));

        {
            Database db;
            QVERIFY(!db.open(path, check == QLatin1String("deferred") ? Database::Check::Deferred
                                                                      : Database::Check::Full));
            QVERIFY2(db.errorText().contains(QLatin1String("Another program is using it")),
                     qPrintable(db.errorText()));
            QVERIFY(db.notice().isEmpty());
            QVERIFY(db.setAsidePath().isEmpty());
            // The check the app runs after the first frame cannot run either: that proves
            // nothing about the file.
            const Database::FileCheck later = Database::checkFile(path);
            QVERIFY2(later.verdict == Database::FileCheck::Verdict::Unchecked,
                     qPrintable(later.reason));
        }
        QCOMPARE(readAll(path), before);
        QCOMPARE(movedAside(dir.path()), QStringList());

        // Once the other program lets go, everything is there.
        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished(20000));
        QCOMPARE(locker.exitCode(), 0);
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorText()));
        QCOMPARE(SessionRepository(db.connection()).count(), 40);
    }

    void aFileInAReadOnlyFolderIsLeftAlone_data() { checkModes_data(); }
    void aFileInAReadOnlyFolderIsLeftAlone()
    {
        QFETCH(QString, check);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QLatin1String("/unknot.sqlite");
        QVERIFY(writeHistory(path, 40));
        const QByteArray before = readAll(path);
        // The child runs as "nobody" when this test runs as root: it may enter the folders and
        // write the file, but not create the log files SQLite needs next to it.
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);

        QProcess opener;
        opener.start(m_self, {QStringLiteral("--open-as-nobody"), path, check});
        QVERIFY(opener.waitForFinished(30000));
        const QString said = QString::fromUtf8(opener.readAllStandardOutput());
        QCOMPARE(opener.exitStatus(), QProcess::NormalExit);
        QVERIFY2(opener.exitCode() == 1, qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("cannot be written to")), qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("is damaged")) &&
                     !said.contains(QLatin1String("moved aside")),
                 qPrintable(said));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QCOMPARE(readAll(path), before);
        QCOMPARE(movedAside(folder), QStringList());
    }

    void aFileOnAFullDiskIsLeftAlone_data() { checkModes_data(); }
    void aFileOnAFullDiskIsLeftAlone()
    {
        QFETCH(QString, check);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        QVERIFY(writeHistory(path, 400));
        const QByteArray before = readAll(path);
        // Nothing may grow past 16 KiB: the shared-memory index SQLite needs for reading a
        // WAL file (32 KiB) cannot be made, as on a disk with no room left.
        QProcess opener;
        opener.start(m_self, {QStringLiteral("--open-with-size-limit"), path, check,
                              QStringLiteral("16384")});
        QVERIFY(opener.waitForFinished(30000));
        const QString said = QString::fromUtf8(opener.readAllStandardOutput());
        QCOMPARE(opener.exitStatus(), QProcess::NormalExit);
        QVERIFY2(opener.exitCode() == 1, qPrintable(said));
        QCOMPARE(readAll(path), before);
        QCOMPARE(movedAside(dir.path()), QStringList());
        QVERIFY2(said.contains(QLatin1String("storage may be full")), qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("is damaged")), qPrintable(said));

        // With room again it opens with every session.
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorText()));
        QCOMPARE(SessionRepository(db.connection()).count(), 400);
    }

    void aCheckThatCannotRunIsToldAndChangesNothing()
    {
        // The app is running when its file becomes unreadable to new connections: the check
        // after the first frame cannot open it, tries again, and after its last attempt the
        // user is told, with the file left where it is and every session in it.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QLatin1String("/unknot.sqlite");
        QVERIFY(writeHistory(path, 40));
        const QByteArray file = QFile::encodeName(path);
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        QVERIFY(::chmod(file.constData(), 0666) == 0);

        QProcess app;
        app.start(m_self, {QStringLiteral("--run-app-as-nobody"), path});
        QVERIFY(app.waitForReadyRead(30000));
        const QByteArray opened = app.readLine().trimmed();
        QVERIFY2(opened == "opened", opened.constData());
        // The open connection keeps working; a new one (the check's) is refused.
        QVERIFY(::chmod(file.constData(), 0) == 0);
        app.write("check\n");
        QVERIFY(app.waitForFinished(60000));
        const QString said = QString::fromUtf8(app.readAllStandardOutput());
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(said.contains(QLatin1String("could not check your records")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("Nothing was changed")), qPrintable(said));
        QVERIFY(::chmod(file.constData(), 0666) == 0);

        QCOMPARE(movedAside(folder), QStringList());
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorText()));
        QCOMPARE(SessionRepository(db.connection()).count(), 40);
    }

    void realDamageIsStillRecovered()
    {
        // The proof the others lack: SQLite reports the file is not a database.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unknot.sqlite"));
        QVERIFY(writeHistory(path, 40));
        QByteArray bytes = readAll(path);
        std::memset(bytes.data(), 'x', 100); // the header
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        Database db;
        QVERIFY2(db.open(path, Database::Check::Deferred), qPrintable(db.errorText()));
        QCOMPARE(readAll(db.setAsidePath()), bytes);
        QCOMPARE(SessionRepository(db.connection()).count(), 1); // the backup's one session
    }
};

int main(int argc, char *argv[])
{
    if (argc >= 3 && (std::strcmp(argv[1], "--hold-lock") == 0 ||
                      std::strcmp(argv[1], "--run-app-as-nobody") == 0))
        return child(argc, argv);
    if (argc >= 4 && (std::strcmp(argv[1], "--open-as-nobody") == 0 ||
                      std::strcmp(argv[1], "--open-with-size-limit") == 0))
        return child(argc, argv);
    QCoreApplication app(argc, argv);
    TestNotDamaged test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notdamaged.moc"
