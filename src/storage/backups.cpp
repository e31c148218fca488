// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backups.h"

#include "storage/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace unknot {

namespace {
const QLatin1String kPrefix("unknot-backup-");
const QLatin1String kSuffix(".sqlite");
} // namespace

Backups::Backups(QString databasePath) : m_databasePath(std::move(databasePath)) {}

QString Backups::folder() const
{
    return QFileInfo(m_databasePath).absolutePath() + QLatin1String("/backups");
}

QStringList Backups::list() const
{
    QDir dir(folder());
    // ISO dates in the names: name order is date order.
    QStringList names = dir.entryList({kPrefix + QLatin1String("*") + kSuffix}, QDir::Files,
                                      QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = dir.filePath(name);
    return names;
}

QString Backups::latest() const
{
    const QStringList all = list();
    return all.isEmpty() ? QString() : all.constFirst();
}

QString Backups::pathFor(QDate day) const
{
    return folder() + QLatin1Char('/') + kPrefix + day.toString(Qt::ISODate) + kSuffix;
}

QString Backups::makeDaily(QDate today, QString *error) const
{
    const QString target = pathFor(today);
    if (QFile::exists(target) || !QFile::exists(m_databasePath))
        return {};
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(folder());
        return {};
    }
    const QString partial = target + QLatin1String(".partial");
    QFile::remove(partial); // left over from an interrupted run; never a finished backup

    const QString connection =
        QStringLiteral("unknot-backup-%1").arg(quintptr(QThread::currentThreadId()));
    bool ok = false;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_databasePath);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("VACUUM INTO :target"));
            q.bindValue(QStringLiteral(":target"), partial);
            ok = q.exec();
            if (!ok)
                failure = q.lastError().text();
        } else {
            failure = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (ok && !QFile::rename(partial, target)) {
        ok = false;
        failure = QStringLiteral("cannot rename %1").arg(partial);
    }
    if (!ok) {
        QFile::remove(partial);
        qCWarning(lcStorage).noquote() << "backup failed:" << failure;
        if (error)
            *error = failure;
        return {};
    }
    const QStringList all = list();
    for (qsizetype i = kKept; i < all.size(); ++i)
        QFile::remove(all.at(i));
    qCInfo(lcStorage).noquote() << "backed up to" << target;
    return target;
}

} // namespace unknot
