// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planentry.h"
#include "reminders/reminder.h"
#include "storage/sessionrecord.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
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
struct HealthAnswer
{
    QString flag; // a health-checklist flag id (safety/healthchecklist.h)
    qint64 answeredAt = 0;
};
struct Contents
{
    QList<Session> sessions;
    QList<unknot::Reminder> reminders;
    QList<RegionStatus> regionStatus;
    QList<HealthAnswer> healthAnswers;
    std::optional<QList<PlanEntry>> plan; // none: the file has no plan (format 1)
    // As CustomTechniques::carry() writes them; taken by CustomTechniqueBackup::Restore,
    // merge() leaves them alone.
    QList<QJsonObject> customTechniques;
    QMap<QString, QString> settings;
};
struct Result
{
    bool ok = false;
    QString error; // in plain words, when !ok
    int sessionsAdded = 0;
    int sessionsAlreadyPresent = 0;
    int healthAnswersAdded = 0;
    bool planRestored = false;
    bool planKept = false; // the file had a plan, and this phone's own was kept
    int customTechniquesAdded = 0;
    // Whether the records changed, so the screens read them again.
    bool changed() const
    {
        return sessionsAdded > 0 || healthAnswersAdded > 0 || planRestored ||
               customTechniquesAdded > 0 || clearancesTaken > 0 || remindersChanged;
    }
    int clearancesTaken = 0;
    bool remindersChanged = false;
};

// The plan entries a backup may hold.
inline constexpr int kMaxPlanEntries = 1000;

// Parses and validates; on failure `error` says what is wrong with the file.
std::optional<Contents> parse(const QByteArray &json, QString *error);
// Renames technique ids in the sessions and the plan (a custom technique restored under a new
// id, see CustomTechniqueBackup::Restore::idMap()).
void renameTechniques(Contents *contents, const QHash<QString, QString> &newIds);
// Merges into `db`: sessions already present (same technique started at the same millisecond)
// are skipped, reminders identical to one present are skipped, a region's clearance is taken
// when newer than the one present, ticked health-checklist answers are added (one already
// ticked keeps its date), the plan is taken only when this phone has none (a plan here is never
// replaced without asking: the plan file does that), settings already present are kept.
// progress, when given, is told how many of the sessions have been merged (from any thread:
// it is called on the one merge() runs on).
using Progress = std::function<void(qsizetype done, qsizetype total)>;
Result merge(QSqlDatabase db, const Contents &contents, const Progress &progress = {});
// parse() then merge().
Result importJson(QSqlDatabase db, const QByteArray &json, const Progress &progress = {});

} // namespace JsonImport
} // namespace unknot
