// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace unknot {

// One of the user's own techniques as stored: its definition in the content format
// (assets/content/FORMAT.md) and the recording file of each step that has one.
struct StoredCustomTechnique
{
    QString id;
    QJsonObject definition;
    QMap<int, QString> voiceFiles; // step index -> file name inside the voice folder
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Reads and writes `custom_techniques` and `custom_step_voices` (migration 7). A technique and
// its recordings are written in one transaction: stored whole or not at all. Validation is the
// caller's (custom/customtechniquerules.h).
class CustomTechniqueRepository
{
public:
    explicit CustomTechniqueRepository(QSqlDatabase db);

    // Oldest first. An empty list with errorText() set when the read failed.
    QList<StoredCustomTechnique> all() const;
    std::optional<StoredCustomTechnique> byId(const QString &id) const;
    // Adds or replaces (keeping the first creation time); the step recordings are replaced by
    // `technique.voiceFiles`. False when the write failed.
    bool save(const StoredCustomTechnique &technique);
    // False when there was none (or the write failed). Its recordings' rows go with it.
    bool remove(const QString &id);
    // Every recording file some technique refers to.
    QStringList referencedVoiceFiles() const;
    QString errorText() const { return m_error; }

private:
    bool fail(const class QSqlQuery &query) const;
    QMap<int, QString> voicesOf(const QString &id) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace unknot
