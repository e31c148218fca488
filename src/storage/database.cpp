// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "logging.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace unknot {

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

bool Database::open(const QString &filePath)
{
    close();
    m_error.clear();
    m_filePath = filePath;
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("Database", "Cannot create the folder %1.")
                        .arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open())
        return fail(QCoreApplication::translate("Database", "Cannot open %1: %2")
                        .arg(filePath, db.lastError().text()));

    // Check the version before anything writes to the file: a newer app's database must be
    // left exactly as it is.
    const int version = Migrations::currentVersion(db);
    if (version < 0)
        return fail(QCoreApplication::translate("Database", "%1 is not a readable Unknot database.")
                        .arg(filePath));
    if (version > Migrations::latestVersion())
        return fail(QCoreApplication::translate(
                        "Database",
                        "Your records were saved by a newer version of Unknot (format %1; this "
                        "version reads up to %2). Please update the app; nothing was changed.")
                        .arg(version)
                        .arg(Migrations::latestVersion()));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(q.lastError().text());

    QString error;
    if (!Migrations::migrate(db, &error))
        return fail(error);
    qCInfo(lcStorage).noquote() << "opened" << filePath << "schema version"
                                << Migrations::currentVersion(db);
    return true;
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
