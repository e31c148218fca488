// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace unknot {

class Catalog;
class FileSharer;

// Export (CSV, JSON, PDF report) and restore (JSON) for QML. On phones exports go to the share
// sheet; on desktops QML asks for a place with a save dialog and calls exportTo().
class TransferController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Export and restore are provided by the app core")
    Q_PROPERTY(bool canShare READ canShare CONSTANT)

public:
    // `sharer` (null: no share sheet) must outlive the controller.
    TransferController(QSqlDatabase db, const Catalog *catalog, FileSharer *sharer,
                       QObject *parent = nullptr);
    ~TransferController() override;

    bool canShare() const { return m_sharer != nullptr; }

    // kind: "csv", "json" or "pdf".
    Q_INVOKABLE QString suggestedFileName(const QString &kind) const;
    // Writes the export to `target`; returns "" or what went wrong in plain words.
    Q_INVOKABLE QString exportTo(const QString &kind, const QUrl &target);
    // Writes the export to the share folder and opens the share sheet.
    Q_INVOKABLE QString share(const QString &kind);
    // Restores from a JSON export; emits imported() when anything changed. Returns a sentence
    // for the user either way.
    Q_INVOKABLE QString importFrom(const QUrl &source);

    // For tests and the benchmark: write an export to a local path.
    bool writeExport(const QString &kind, const QString &path, QString *error);

signals:
    void imported();

private:
    QSqlDatabase m_db;
    const Catalog *m_catalog;
    FileSharer *m_sharer;
};

} // namespace unknot
