// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/jsonimport.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace unknot {

class Catalog;
class FileSharer;

// Export (CSV, JSON, PDF report) and restore (JSON) for QML. On phones exports go to the share
// sheet; on desktops QML asks for a place with a save dialog. The start* calls do the work on
// a thread of their own, with a database connection of its own, so the UI keeps drawing while
// years of history are read or written; progress says how far it is and finished() what came
// of it.
class TransferController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Export and restore are provided by the app core")
    Q_PROPERTY(bool canShare READ canShare CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // From 0 to 1 while busy, or -1 when how far it is cannot be told.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)

public:
    // `sharer` (null: no share sheet) must outlive the controller. `voiceDir` is where the
    // user's own techniques keep their recordings (empty: the backup leaves those techniques
    // out, and a backup holding some is restored without them only after saying so).
    TransferController(QSqlDatabase db, const Catalog *catalog, FileSharer *sharer,
                       QObject *parent = nullptr, QString voiceDir = {});
    ~TransferController() override; // waits for work in progress

    bool canShare() const { return m_sharer != nullptr; }
    bool busy() const { return m_worker != nullptr; }
    double progress() const { return m_progress; }

    // kind: "csv", "json" or "pdf".
    Q_INVOKABLE QString suggestedFileName(const QString &kind) const;

    // In the background; each returns false (and does nothing) while another is running.
    // Writes the export to `target`.
    Q_INVOKABLE bool startExport(const QString &kind, const QUrl &target);
    // Writes the export to the share folder, then opens the share sheet.
    Q_INVOKABLE bool startShare(const QString &kind);
    // Restores from a JSON export; emits imported() when anything changed. All of it is done
    // on the thread (reading, checking, decoding and writing the recordings, the database).
    Q_INVOKABLE bool startRestore(const QUrl &source);

    // The same, done before they return (tests, the benchmark): "" or what went wrong, and
    // for a restore a sentence for the user either way.
    Q_INVOKABLE QString exportTo(const QString &kind, const QUrl &target);
    Q_INVOKABLE QString share(const QString &kind);
    Q_INVOKABLE QString importFrom(const QUrl &source);
    bool writeExport(const QString &kind, const QString &path, QString *error);

signals:
    void imported();
    void busyChanged();
    void progressChanged();
    // A start* call is done: message is for the user ("" after an export that went well).
    void finished(const QString &message);

private:
    // What a job hands back to the GUI thread.
    struct Outcome
    {
        Outcome() = default;
        Outcome(QString message, bool changed = false)
            : message(std::move(message)), changed(changed)
        {}
        QString message;
        bool changed = false; // the records changed: the screens read them again
        QString sharePath;
        QString shareKind;
    };
    using Report = std::function<void(double)>;
    using Job = std::function<Outcome(const QSqlDatabase &db, const Report &report)>;
    bool startJob(Job job);
    void setProgress(double progress);
    void jobDone(const Outcome &outcome);
    Outcome exportWith(const QSqlDatabase &db, const QString &kind, const QString &path) const;
    Outcome restoreWith(const QSqlDatabase &db, const QString &path, const Report &report) const;
    QString shareFile(const QString &path, const QString &kind);
    static QString restoredMessage(const JsonImport::Result &result);

    QSqlDatabase m_db;
    const Catalog *m_catalog;
    FileSharer *m_sharer;
    QString m_voiceDir;
    QPointer<QThread> m_worker;
    double m_progress = 0;
};

} // namespace unknot
