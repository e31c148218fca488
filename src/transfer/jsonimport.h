// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminder.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace unknot {

// Restoring from a JSON export (see ExportFormat). The file is parsed and checked completely
// before anything is written; then everything is merged in one transaction, or nothing is.
namespace JsonImport {

struct Session
{
    QString techniqueId;
    QString regionId;
    QString sides;
    qint64 startedAt = 0; // ms since epoch, UTC
    int utcOffsetMin = 0;
    std::optional<qint64> endedAt;
    int stepsCompleted = 0;
    int stepsTotal = 0;
    bool completed = false;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    bool stoppedForPain = false;
    QString note;
};
struct RegionStatus
{
    QString regionId;
    QString clearance;
    QString clearedBy;
    QString note;
    qint64 updatedAt = 0;
};
struct Contents
{
    QList<Session> sessions;
    QList<unknot::Reminder> reminders;
    QList<RegionStatus> regionStatus;
    QMap<QString, QString> settings;
};
struct Result
{
    bool ok = false;
    QString error; // in plain words, when !ok
    int sessionsAdded = 0;
    int sessionsAlreadyPresent = 0;
};

// Parses and validates; on failure `error` says what is wrong with the file.
std::optional<Contents> parse(const QByteArray &json, QString *error);
// Merges into `db`: sessions already present (same technique started at the same millisecond)
// are skipped, reminders identical to one present are skipped, a region's clearance is taken
// when newer than the one present, settings already present are kept.
Result merge(QSqlDatabase db, const Contents &contents);
// parse() then merge().
Result importJson(QSqlDatabase db, const QByteArray &json);

} // namespace JsonImport
} // namespace unknot
