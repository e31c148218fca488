// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "storage/backups.h"
#include "storage/logging.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <optional>

namespace unknot {

namespace {
const QLatin1String kSidecars[] = {QLatin1String("-wal"), QLatin1String("-shm")};

// SQLite's primary result codes (sqlite3.h), as the driver reports them through
// QSqlError::nativeErrorCode(); extended codes carry the primary one in their low byte.
enum SqliteCode {
    kSqlitePerm = 3,
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteReadOnly = 8,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteNotADatabase = 26,
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

// Only these prove that the bytes of the file are bad; every other failure is about the
// moment (a lock, a full disk, a read-only folder, an I/O error) and says nothing of them.
bool provesDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == kSqliteCorrupt || code == kSqliteNotADatabase;
}

// How long one statement waits for another process's lock before it gives up (Qt's default
// is 5 s, too long to hold up the start three times over).
constexpr int kBusyTimeoutMs = 1000;
constexpr int kOpenAttempts = 3;
constexpr int kRetryWaitMs = 250;

void prepareConnection(QSqlDatabase &db, const QString &filePath)
{
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
}

QString damagedText(const QString &filePath, const QString &problem)
{
    return QCoreApplication::translate("Database", "%1 is damaged: %2").arg(filePath, problem);
}

// Rows of PRAGMA quick_check other than "ok"; nullopt when the check could not run.
std::optional<QStringList> quickCheckProblems(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return std::nullopt;
    QStringList problems;
    bool any = false;
    while (q.next()) {
        any = true;
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    }
    if (!any || q.lastError().isValid())
        return std::nullopt;
    return problems;
}

} // namespace

Database::Database(QString connectionName) : m_connectionName(std::move(connectionName)) {}

Database::~Database()
{
    close();
}

QString Database::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/unknot.sqlite");
}

bool Database::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcStorage).noquote() << message;
    close();
    return false;
}

bool Database::open(const QString &filePath, Check check)
{
    close();
    m_error.clear();
    m_notice.clear();
    m_setAsidePath.clear();
    m_filePath = filePath;
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("Database", "Cannot create the folder %1.")
                        .arg(info.absolutePath()));

    switch (tryOpenWithRetries(filePath, check)) {
    case Outcome::Opened:
        return true;
    case Outcome::Damaged:
        return restoreAfterDamage(m_error);
    case Outcome::Refused:
    case Outcome::Unavailable:
        break;
    }
    return fail(m_error);
}

Database::Outcome Database::tryOpenWithRetries(const QString &filePath, Check check)
{
    for (int attempt = 1;; ++attempt) {
        const Outcome outcome = tryOpen(filePath, check);
        if (outcome != Outcome::Unavailable || attempt == kOpenAttempts)
            return outcome;
        qCWarning(lcStorage).noquote() << "opening failed, trying again (" << attempt << "of"
                                       << kOpenAttempts << "):" << m_error;
        closeFile();
        QThread::msleep(kRetryWaitMs);
    }
}

Database::Outcome Database::failedWith(const QSqlError &error, const QString &filePath)
{
    if (provesDamage(error)) {
        m_error = damagedText(filePath, error.text());
        return Outcome::Damaged;
    }
    QString cause;
    switch (primaryCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        cause = QCoreApplication::translate("Database", "Another program is using it.");
        break;
    case kSqlitePerm:
    case kSqliteReadOnly:
    case kSqliteCantOpen:
        cause = QCoreApplication::translate(
            "Database", "The file or its folder cannot be written to (read-only).");
        break;
    case kSqliteFull:
    case kSqliteIoErr:
        cause = QCoreApplication::translate(
            "Database", "Reading or writing it failed; the device's storage may be full.");
        break;
    default:
        break;
    }
    m_error = QCoreApplication::translate("Database",
                                          "Your records file %1 cannot be opened right now. "
                                          "%2 Nothing was changed; please free some storage or "
                                          "close other programs and start Unknot again. (%3)")
                  .arg(filePath, cause, error.text());
    return Outcome::Unavailable;
}

bool Database::recover(const QString &reason)
{
    m_error.clear();
    m_notice.clear();
    m_setAsidePath.clear();
    return restoreAfterDamage(reason);
}

bool Database::restoreAfterDamage(const QString &damagedReason)
{
    // Damaged: keep the file for the user (and for anyone who can repair it), then carry on
    // with the latest backup, or with nothing.
    const QString filePath = m_filePath;
    closeFile();
    m_setAsidePath = moveAside(filePath);
    if (m_setAsidePath.isEmpty())
        return fail(QCoreApplication::translate(
                        "Database", "Your records file %1 cannot be read, and it could not be "
                                    "moved aside either. Nothing was changed.")
                        .arg(filePath));
    qCWarning(lcStorage).noquote()
        << "damaged database" << filePath << "(" << damagedReason << ") moved to" << m_setAsidePath;

    const QString backup = Backups(filePath).latest();
    if (!backup.isEmpty() && QFile::copy(backup, filePath)) {
        if (tryOpen(filePath, Check::Full) == Outcome::Opened) {
            const QDate day =
                QDate::fromString(QFileInfo(backup).completeBaseName().right(10), Qt::ISODate);
            m_notice =
                QCoreApplication::translate(
                    "Database", "Your records file could not be read, so Unknot restored the "
                                "automatic backup from %1. Sessions recorded after that day are "
                                "missing. The unreadable file was kept as %2.")
                    .arg(QLocale().toString(day, QLocale::LongFormat), m_setAsidePath);
            m_error.clear();
            return true;
        }
        // The backup is no good either; it is only a copy, so starting afresh loses nothing.
        closeFile();
        QFile::remove(filePath);
        for (const QLatin1String &sidecar : kSidecars)
            QFile::remove(filePath + sidecar);
    }
    if (tryOpen(filePath, Check::Full) != Outcome::Opened)
        return fail(m_error);
    m_notice = QCoreApplication::translate(
                   "Database",
                   "Your records file could not be read and there was no backup to restore, so "
                   "Unknot started a new, empty history. The unreadable file was kept as %1.")
                   .arg(m_setAsidePath);
    m_error.clear();
    return true;
}

QSqlDatabase Database::openConnection(const QString &filePath, const QString &name, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    prepareConnection(db, filePath);
    QSqlQuery q(db);
    if (!db.open() || !q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous = FULL"))) {
        if (error)
            *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
        db.close();
        return {};
    }
    return db;
}

Database::FileCheck Database::checkFile(const QString &filePath)
{
    const QString name =
        QStringLiteral("unknot-check-%1").arg(quintptr(QThread::currentThreadId()));
    FileCheck result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        prepareConnection(db, filePath);
        if (!db.open()) {
            result.reason = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // quick_check reads every page but skips the index-content comparison: it finds
            // what garbage or a torn write does to the file, at a fraction of
            // integrity_check's cost.
            const std::optional<QStringList> problems = quickCheckProblems(q);
            if (problems && problems->isEmpty()) {
                result.verdict = FileCheck::Verdict::Sound;
            } else if (problems) {
                result.verdict = FileCheck::Verdict::Damaged;
                result.reason = damagedText(filePath, problems->join(QStringLiteral("; ")));
            } else if (provesDamage(q.lastError())) {
                result.verdict = FileCheck::Verdict::Damaged;
                result.reason = damagedText(filePath, q.lastError().text());
            } else {
                result.reason =
                    QCoreApplication::translate("Database", "%1 could not be checked: %2")
                        .arg(filePath, q.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Database::Outcome Database::tryOpen(const QString &filePath, Check check)
{
    // Reopening behind an existing connection keeps the handles others took from it valid.
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    prepareConnection(db, filePath);
    if (!db.open()) {
        // SQLite opens lazily: a failure here is about the folder or permissions, not the
        // file's contents.
        m_error = QCoreApplication::translate("Database", "Cannot open %1: %2")
                      .arg(filePath, db.lastError().text());
        return Outcome::Unavailable;
    }

    // Check the version before anything writes to the file: a newer app's database must be
    // left exactly as it is.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failedWith(q.lastError(), filePath);
    const int version = q.value(0).toInt();
    if (version > Migrations::latestVersion()) {
        m_error =
            QCoreApplication::translate(
                "Database", "Your records were saved by a newer version of Unknot (format %1; this "
                            "version reads up to %2). Please update the app; nothing was changed.")
                .arg(version)
                .arg(Migrations::latestVersion());
        return Outcome::Refused;
    }

    if (check == Check::Full) {
        const std::optional<QStringList> problems = quickCheckProblems(q);
        if (!problems)
            return failedWith(q.lastError(), filePath);
        if (!problems->isEmpty()) {
            m_error = damagedText(filePath, problems->join(QStringLiteral("; ")));
            return Outcome::Damaged;
        }
    } else if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next()) {
        // The schema pages at least must read; the rest is left to checkFile().
        return failedWith(q.lastError(), filePath);
    }
    // Durable, not only atomic: in WAL mode synchronous=FULL syncs the log at every commit, so
    // a session the app reported saved survives a power cut (NORMAL syncs only at checkpoints
    // and may lose the last commits). The cost is one fsync of the log per commit; a session
    // commits once per step and once at its end (bench_progress prints the save time).
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return failedWith(q.lastError(), filePath);

    QString error;
    if (!Migrations::migrate(db, &error)) {
        // Writing the new schema failed (a full disk, a lock): the file is left at its version.
        m_error = error;
        return Outcome::Unavailable;
    }
    qCInfo(lcStorage).noquote() << "opened" << filePath << "schema version"
                                << Migrations::currentVersion(db);
    return Outcome::Opened;
}

QString Database::moveAside(const QString &filePath)
{
    const QFileInfo info(filePath);
    const QString stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd'T'HH-mm-ss"));
    QString aside;
    for (int n = 0;; ++n) {
        aside = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                QLatin1String("-damaged-") + stamp +
                (n ? QStringLiteral("-%1").arg(n) : QString()) + QLatin1Char('.') + info.suffix();
        if (!QFile::exists(aside))
            break;
    }
    if (!QFile::rename(filePath, aside))
        return {};
    // The write-ahead log belongs to the file: it may hold the last committed sessions.
    for (const QLatin1String &sidecar : kSidecars) {
        if (QFile::exists(filePath + sidecar))
            QFile::rename(filePath + sidecar, aside + sidecar);
    }
    return aside;
}

void Database::closeFile()
{
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace unknot
