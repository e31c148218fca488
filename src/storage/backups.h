// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace unknot {

// Daily copies of the database, made with VACUUM INTO, kept in a "backups" folder next to it:
// at most one a day, the newest kKept are kept. Each backup is written under a
// temporary name and renamed when complete, so a half-written copy never counts.
class Backups
{
public:
    static constexpr int kKept = 7;

    explicit Backups(QString databasePath);

    QString folder() const;
    // Newest first.
    QStringList list() const;
    QString latest() const;
    QString pathFor(QDate day) const;

    // Makes today's backup if there is none yet, with a connection of its own (so it may run
    // on any thread), then prunes old ones. Returns the new backup's path, or "" when none was
    // needed or it failed (error says why).
    QString makeDaily(QDate today, QString *error = nullptr) const;

private:
    QString m_databasePath;
};

} // namespace unknot
