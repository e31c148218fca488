// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace unknot {

class CustomTechniques;

// The user's own techniques in the backup (the "customTechniques" list, ExportFormat version 2):
// each exactly as CustomTechniques::carry() writes it for a plan file, so one set of rules reads
// both. Everything here runs on the transfer thread, with that thread's database connection.
namespace CustomTechniqueBackup {

// A backup holds at most this many (the editor makes one at a time; thousands are not a user's).
inline constexpr int kMaxTechniques = 1000;

// Hands each stored technique, oldest first, with its recordings from `voiceDir`, to `take`
// (one at a time: a backup holds them written out, not all at once in memory). `take` returns
// false to stop; then so does this. False with `error` set when they cannot be read.
bool forEach(const QSqlDatabase &db, const QString &voiceDir,
             const std::function<bool(const QJsonObject &carried)> &take, QString *error);

// The list's shape: objects whose definition has a custom technique's id, none twice. The
// definitions and recordings themselves are checked when taken (CustomTechniques::takeCarried).
std::optional<QList<QJsonObject>> parse(const QJsonArray &list, QString *error);

// Takes a backup's techniques onto this phone. One already here with the same definition is
// used as it is (restoring the same backup twice adds nothing); any other is added under a new
// id by CustomTechniques::takeCarried, which checks it by the bundled content's rules and its
// recordings by size and kind, and writes the recordings before the row. idMap() then says
// which id each of the backup's ids has here, so sessions and plan entries follow their
// technique. A failure, here or later in the restore (undo()), removes every technique and
// recording this restore added: nothing is left half restored.
class Restore
{
public:
    Restore(QSqlDatabase db, QString voiceDir);
    ~Restore();

    bool take(const QList<QJsonObject> &carried, QString *error);
    const QHash<QString, QString> &idMap() const { return m_idMap; }
    int added() const { return int(m_added.size()); }
    // Removes what take() added (their rows and recording files).
    void undo();

private:
    std::unique_ptr<CustomTechniques> m_custom;
    QSqlDatabase m_db;
    QHash<QString, QString> m_idMap;
    QStringList m_added;
};

} // namespace CustomTechniqueBackup
} // namespace unknot
