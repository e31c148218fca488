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

namespace unknot {

namespace {
const QLatin1String kSidecars[] = {QLatin1String("-wal"), QLatin1String("-shm")};
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

    const Outcome first = tryOpen(filePath, check);
    if (first == Outcome::Opened)
        return true;
    if (first == Outcome::Refused)
        return fail(m_error);
    return restoreAfterDamage(m_error);
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

QString Database::findDamage(const QString &filePath)
{
    const QString name =
        QStringLiteral("unknot-check-%1").arg(quintptr(QThread::currentThreadId()));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // quick_check reads every page but skips the index-content comparison: it finds
            // what garbage or a torn write does to the file, at a fraction of
            // integrity_check's cost.
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
                problem = q.lastError().text();
            else if (q.value(0).toString() != QLatin1String("ok"))
                problem = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem.isEmpty() ? QString()
                             : QCoreApplication::translate("Database", "%1 is damaged: %2")
                                   .arg(filePath, problem);
}

Database::Outcome Database::tryOpen(const QString &filePath, Check check)
{
    // Reopening behind an existing connection keeps the handles others took from it valid.
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open()) {
        m_error = QCoreApplication::translate("Database", "Cannot open %1: %2")
                      .arg(filePath, db.lastError().text());
        // SQLite opens lazily: a failure here is about the folder or permissions, not the
        // file's contents, so there is nothing to move aside.
        return Outcome::Refused;
    }

    // Check the version before anything writes to the file: a newer app's database must be
    // left exactly as it is.
    const int version = Migrations::currentVersion(db);
    if (version < 0) {
        m_error = QCoreApplication::translate("Database", "%1 is not a readable Unknot database.")
                      .arg(filePath);
        return Outcome::Damaged;
    }
    if (version > Migrations::latestVersion()) {
        m_error =
            QCoreApplication::translate(
                "Database", "Your records were saved by a newer version of Unknot (format %1; this "
                            "version reads up to %2). Please update the app; nothing was changed.")
                .arg(version)
                .arg(Migrations::latestVersion());
        return Outcome::Refused;
    }

    QSqlQuery q(db);
    if (check == Check::Full) {
        // quick_check reads every page but skips the index-content comparison: it finds what
        // garbage or a torn write does to the file, at a fraction of integrity_check's cost.
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok")) {
            m_error =
                QCoreApplication::translate("Database", "%1 is damaged: %2")
                    .arg(filePath, q.isValid() ? q.value(0).toString() : q.lastError().text());
            return Outcome::Damaged;
        }
    } else if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !q.next()) {
        // The schema pages at least must read; the rest is left to findDamage().
        m_error = QCoreApplication::translate("Database", "%1 is damaged: %2")
                      .arg(filePath, q.lastError().text());
        return Outcome::Damaged;
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        m_error = q.lastError().text();
        return Outcome::Damaged;
    }

    QString error;
    if (!Migrations::migrate(db, &error)) {
        m_error = error;
        return Outcome::Refused;
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
