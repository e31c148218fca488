// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/transfercontroller.h"

#include "platform/filesharer.h"
#include "storage/database.h"
#include "transfer/csvexport.h"
#include "transfer/customtechniquebackup.h"
#include "transfer/exportformat.h"
#include "transfer/jsonexport.h"
#include "transfer/jsonimport.h"
#include "transfer/logging.h"
#include "transfer/pdfreport.h"
#include "transfer/reportplan.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <atomic>
#include <memory>

namespace unknot {

namespace {
QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}
} // namespace

TransferController::TransferController(QSqlDatabase db, const Catalog *catalog, FileSharer *sharer,
                                       QObject *parent, QString voiceDir)
    : QObject(parent), m_db(std::move(db)), m_catalog(catalog), m_sharer(std::move(sharer)),
      m_voiceDir(std::move(voiceDir))
{}

TransferController::~TransferController()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString TransferController::suggestedFileName(const QString &kind) const
{
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    if (kind == QLatin1String("pdf"))
        return QStringLiteral("unknot-report-%1.pdf").arg(day);
    if (kind == QLatin1String("csv"))
        return QStringLiteral("unknot-sessions-%1.csv").arg(day);
    return QStringLiteral("unknot-export-%1.json").arg(day);
}

bool TransferController::startJob(Job job)
{
    if (m_worker)
        return false;
    const QString file = m_db.databaseName();
    // The worker's progress reaches this thread queued; only changes of a percent are sent.
    auto lastPercent = std::make_shared<std::atomic<int>>(-2);
    const Report report = [this, lastPercent](double progress) {
        const int percent = progress < 0 ? -1 : int(progress * 100);
        if (lastPercent->exchange(percent) != percent)
            QMetaObject::invokeMethod(
                this, [this, progress] { setProgress(progress); }, Qt::QueuedConnection);
    };
    auto outcome = std::make_shared<Outcome>();
    m_worker = QThread::create([file, job = std::move(job), report, outcome] {
        const QString name =
            QStringLiteral("unknot-transfer-%1").arg(quintptr(QThread::currentThreadId()));
        {
            QString error;
            QSqlDatabase db = Database::openConnection(file, name, &error);
            *outcome = db.isOpen()
                           ? job(db, report)
                           : Outcome(tr("Your records cannot be read right now: %1").arg(error));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        jobDone(*outcome);
    });
    m_progress = 0;
    emit progressChanged();
    emit busyChanged();
    m_worker->start();
    return true;
}

void TransferController::setProgress(double progress)
{
    if (!m_worker || progress == m_progress)
        return;
    m_progress = progress;
    emit progressChanged();
}

void TransferController::jobDone(const Outcome &outcome)
{
    QString message = outcome.message;
    if (!outcome.sharePath.isEmpty() && message.isEmpty())
        message = shareFile(outcome.sharePath, outcome.shareKind);
    m_progress = 1;
    emit progressChanged();
    emit busyChanged();
    if (outcome.changed)
        emit imported();
    emit finished(message);
}

TransferController::Outcome TransferController::exportWith(const QSqlDatabase &db,
                                                           const QString &kind,
                                                           const QString &path) const
{
    QString error;
    if (kind == QLatin1String("pdf")) {
        // QPdfWriter writes the file itself; go through a temporary name so a failure never
        // leaves half a report under the chosen name.
        const QString partial = path + QLatin1String(".partial");
        const QDate today = QDate::currentDate();
        constexpr int kDays = 90;
        if (!writePdfReport(db, m_catalog, partial, today, kDays, &error,
                            reportPlanAdherence(db, m_catalog, today.addDays(1 - kDays), today)))
            return {error};
        QFile::remove(path);
        if (!QFile::rename(partial, path))
            return {tr("Cannot write %1.").arg(path)};
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {tr("Cannot write %1: %2").arg(path, file.errorString())};
    bool ok = false;
    if (kind == QLatin1String("csv")) {
        ok = writeSessionsCsv(db, m_catalog, &file);
    } else {
        const QByteArray json = exportJson(db, QDateTime::currentDateTime(), &error, m_voiceDir);
        ok = !json.isEmpty() && file.write(json) == json.size();
    }
    if (!ok || !file.commit())
        return {error.isEmpty() ? tr("Cannot write %1: %2").arg(path, file.errorString()) : error};
    return {};
}

TransferController::Outcome TransferController::restoreWith(const QSqlDatabase &db,
                                                            const QString &path,
                                                            const Report &report) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > ExportFormat::kMaxBytes)
        return {tr("This file is too large to be an Unknot export.")};
    if (report)
        report(-1); // reading and checking the whole file first
    QString error;
    std::optional<JsonImport::Contents> contents = JsonImport::parse(file.readAll(), &error);
    if (!contents)
        return {tr("Nothing was restored. %1").arg(error)};
    if (!contents->customTechniques.isEmpty() && m_voiceDir.isEmpty())
        return {tr("Nothing was restored. This backup holds techniques of your own with their "
                   "recordings, and there is no place to keep them on this device.")};

    // The user's own techniques first, so the sessions and the plan can name them by the ids
    // they get here; if the rest fails they are taken back.
    CustomTechniqueBackup::Restore custom(db, m_voiceDir);
    if (!custom.take(contents->customTechniques, &error))
        return {tr("Nothing was restored. %1").arg(error)};
    JsonImport::renameTechniques(&*contents, custom.idMap());
    JsonImport::Result result =
        JsonImport::merge(db, *contents, [&report](qsizetype done, qsizetype total) {
            if (report && total > 0)
                report(double(done) / double(total));
        });
    if (!result.ok) {
        custom.undo();
        return {tr("Nothing was restored. %1").arg(result.error)};
    }
    result.customTechniquesAdded = custom.added();
    return {restoredMessage(result), result.changed()};
}

QString TransferController::restoredMessage(const JsonImport::Result &result)
{
    const QString added = tr("%n session(s) restored", "", result.sessionsAdded);
    QString message =
        result.sessionsAlreadyPresent == 0
            ? added + QLatin1Char('.')
            : tr("%1; %n were already here.", "", result.sessionsAlreadyPresent).arg(added);
    if (result.customTechniquesAdded > 0)
        message += QLatin1Char(' ') + tr("%n technique(s) of your own restored, with their "
                                         "recordings.",
                                         "", result.customTechniquesAdded);
    if (result.planRestored)
        message += QLatin1Char(' ') + tr("Your plan was restored.");
    if (result.planKept)
        message += QLatin1Char(' ') + tr("This phone already has a plan: it was kept.");
    if (result.healthAnswersAdded > 0)
        message += QLatin1Char(' ') +
                   tr("%n health-checklist answer(s) restored.", "", result.healthAnswersAdded);
    return message;
}

QString TransferController::shareFile(const QString &path, const QString &kind)
{
    const QString mime = kind == QLatin1String("pdf")   ? QStringLiteral("application/pdf")
                         : kind == QLatin1String("csv") ? QStringLiteral("text/csv")
                                                        : QStringLiteral("application/json");
    if (!m_sharer->share(path, mime, tr("Unknot export")))
        return tr("The share sheet could not be opened.");
    return {};
}

bool TransferController::startExport(const QString &kind, const QUrl &target)
{
    const QString path = localPath(target);
    return startJob([this, kind, path](const QSqlDatabase &db, const Report &report) {
        report(-1);
        return exportWith(db, kind, path);
    });
}

bool TransferController::startShare(const QString &kind)
{
    if (!m_sharer) {
        emit finished(tr("Sharing is not available on this device."));
        return false;
    }
    const QString folder = m_sharer->shareFolder();
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + suggestedFileName(kind);
    return startJob([this, kind, path](const QSqlDatabase &db, const Report &report) {
        report(-1);
        Outcome outcome = exportWith(db, kind, path);
        if (outcome.message.isEmpty()) {
            outcome.sharePath = path;
            outcome.shareKind = kind;
        }
        return outcome;
    });
}

bool TransferController::startRestore(const QUrl &source)
{
    const QString path = localPath(source);
    return startJob([this, path](const QSqlDatabase &db, const Report &report) {
        return restoreWith(db, path, report);
    });
}

bool TransferController::writeExport(const QString &kind, const QString &path, QString *error)
{
    const Outcome outcome = exportWith(m_db, kind, path);
    if (error)
        *error = outcome.message;
    return outcome.message.isEmpty();
}

QString TransferController::exportTo(const QString &kind, const QUrl &target)
{
    QString error;
    if (!writeExport(kind, localPath(target), &error)) {
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
    return shareFile(path, kind);
}

QString TransferController::importFrom(const QUrl &source)
{
    const Outcome outcome = restoreWith(m_db, localPath(source), {});
    if (outcome.changed)
        emit imported();
    return outcome.message;
}

} // namespace unknot
