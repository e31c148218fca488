// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/transfercontroller.h"

#include "platform/filesharer.h"
#include "transfer/csvexport.h"
#include "transfer/jsonexport.h"
#include "transfer/jsonimport.h"
#include "transfer/logging.h"
#include "transfer/pdfreport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace unknot {

TransferController::TransferController(QSqlDatabase db, const Catalog *catalog, FileSharer *sharer,
                                       QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_catalog(catalog), m_sharer(std::move(sharer))
{}

TransferController::~TransferController() = default;

QString TransferController::suggestedFileName(const QString &kind) const
{
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    if (kind == QLatin1String("pdf"))
        return QStringLiteral("unknot-report-%1.pdf").arg(day);
    if (kind == QLatin1String("csv"))
        return QStringLiteral("unknot-sessions-%1.csv").arg(day);
    return QStringLiteral("unknot-export-%1.json").arg(day);
}

bool TransferController::writeExport(const QString &kind, const QString &path, QString *error)
{
    if (kind == QLatin1String("pdf")) {
        // QPdfWriter writes the file itself; go through a temporary name so a failure never
        // leaves half a report under the chosen name.
        const QString partial = path + QLatin1String(".partial");
        if (!writePdfReport(m_db, m_catalog, partial, QDate::currentDate(), 90, error))
            return false;
        QFile::remove(path);
        if (!QFile::rename(partial, path)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = false;
    if (kind == QLatin1String("csv")) {
        ok = writeSessionsCsv(m_db, m_catalog, &file);
    } else {
        const QByteArray json = exportJson(m_db, QDateTime::currentDateTime(), error);
        ok = !json.isEmpty() && file.write(json) == json.size();
    }
    if (!ok || !file.commit()) {
        if (error->isEmpty())
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString TransferController::exportTo(const QString &kind, const QUrl &target)
{
    const QString path = target.isLocalFile() ? target.toLocalFile() : target.toString();
    QString error;
    if (!writeExport(kind, path, &error)) {
        qCWarning(lcTransfer).noquote() << "export failed:" << error;
        return error;
    }
    return {};
}

QString TransferController::share(const QString &kind)
{
    if (!m_sharer)
        return tr("Sharing is not available on this device.");
    const QString folder = m_sharer->shareFolder();
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + suggestedFileName(kind);
    QString error;
    if (!writeExport(kind, path, &error))
        return error;
    const QString mime = kind == QLatin1String("pdf")   ? QStringLiteral("application/pdf")
                         : kind == QLatin1String("csv") ? QStringLiteral("text/csv")
                                                        : QStringLiteral("application/json");
    if (!m_sharer->share(path, mime, tr("Unknot export")))
        return tr("The share sheet could not be opened.");
    return {};
}

QString TransferController::importFrom(const QUrl &source)
{
    const QString path = source.isLocalFile() ? source.toLocalFile() : source.toString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    // An export of years of history is a few MB; anything far larger is not one.
    if (file.size() > 256 * 1024 * 1024)
        return tr("This file is too large to be an Unknot export.");
    const JsonImport::Result result = JsonImport::importJson(m_db, file.readAll());
    if (!result.ok)
        return tr("Nothing was restored. %1").arg(result.error);
    if (result.sessionsAdded > 0)
        emit imported();
    const QString added = tr("%n session(s) restored", "", result.sessionsAdded);
    return result.sessionsAlreadyPresent == 0
               ? added + QLatin1Char('.')
               : tr("%1; %n were already here.", "", result.sessionsAlreadyPresent).arg(added);
}

} // namespace unknot
