// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace unknot {

// One step of the schema's history. Steps run in order, each in its own transaction, each
// ending with PRAGMA user_version = version. Never edit a released step: append a new one.
struct Migration
{
    int version;
    QStringList statements;
};

namespace Migrations {
const QList<Migration> &all();
int latestVersion();
// Brings `db` from its current user_version up to `target` (default: latest).
bool migrate(QSqlDatabase &db, QString *error, int target = -1);
int currentVersion(QSqlDatabase &db);
} // namespace Migrations

} // namespace unknot
