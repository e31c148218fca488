// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminder.h"
#include "storage/sessionrecord.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace unknot {

// Restoring from a JSON export (see ExportFormat). The file is parsed and checked completely
// before anything is written; then everything is merged in one transaction, or nothing is.
namespace JsonImport {

// A session as the history keeps it (the file's startedAt and utcOffsetMin become one
// QDateTime in the offset it was recorded in).
using Session = SessionRecord;
struct RegionStatus
{
    QString regionId;
    QString clearance;
    QString clearedOn; // YYYY-MM-DD or empty (files from before it was recorded have none)
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
// progress, when given, is told how many of the sessions have been merged (from any thread:
// it is called on the one merge() runs on).
using Progress = std::function<void(qsizetype done, qsizetype total)>;
Result merge(QSqlDatabase db, const Contents &contents, const Progress &progress = {});
// parse() then merge().
Result importJson(QSqlDatabase db, const QByteArray &json, const Progress &progress = {});

} // namespace JsonImport
} // namespace unknot
