// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/jsonexport.h"

#include "plan/planrepository.h"
#include "reminders/reminderjson.h"
#include "safety/clearancerepository.h"
#include "safety/healthanswerrepository.h"
#include "storage/migrations.h"
#include "storage/sessionrepository.h"
#include "transfer/customtechniquebackup.h"
#include "transfer/exportformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace unknot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonExport", text);
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool exportSessions(const QSqlDatabase &db, QJsonArray *out, QString *error)
{
    const SessionRepository repository(db);
    const auto ms = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
    };
    const auto optionalInt = [](std::optional<int> v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    const bool read = repository.forEachOldestFirst([&](const SessionRecord &r) {
        out->append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("techniqueId"), r.techniqueId},
                                {QStringLiteral("regionId"), r.regionId},
                                {QStringLiteral("sides"), r.sides},
                                {QStringLiteral("startedAt"), ms(r.startedAt)},
                                {QStringLiteral("utcOffsetMin"), r.startedAt.offsetFromUtc() / 60},
                                {QStringLiteral("endedAt"), ms(r.endedAt)},
                                {QStringLiteral("stepsCompleted"), r.stepsCompleted},
                                {QStringLiteral("stepsTotal"), r.stepsTotal},
                                {QStringLiteral("completed"), r.completed},
                                {QStringLiteral("painBefore"), optionalInt(r.painBefore)},
                                {QStringLiteral("painAfter"), optionalInt(r.painAfter)},
                                {QStringLiteral("stoppedForPain"), r.stoppedForPain},
                                {QStringLiteral("note"), r.note}});
    });
    return read || failWith(error, repository.errorText());
}

// Every recorded clearance in full: the state (cleared with care included), the day, the
// practitioner, the note, and when the user last changed it (restore keeps the newer).
bool exportRegionStatus(const QSqlDatabase &db, QJsonArray *out, QString *error)
{
    const ClearanceRepository repository(db);
    const QList<RegionClearance> all = repository.all();
    if (!repository.errorText().isEmpty())
        return failWith(error, repository.errorText());
    for (const RegionClearance &c : all)
        out->append(
            QJsonObject{{QStringLiteral("regionId"), c.regionId},
                        {QStringLiteral("clearance"), clearanceName(c.clearance)},
                        {QStringLiteral("clearedBy"), c.clearedBy},
                        {QStringLiteral("note"), c.note},
                        {QStringLiteral("updatedAt"), c.updatedAt},
                        {QStringLiteral("clearedOn"),
                         c.clearedOn.isValid() ? c.clearedOn.toString(Qt::ISODate) : QString()}});
    return true;
}

bool exportHealthAnswers(const QSqlDatabase &db, QJsonArray *out, QString *error)
{
    const HealthAnswerRepository repository(db);
    const std::optional<QList<HealthAnswerRepository::Answer>> answers = repository.answers();
    if (!answers)
        return failWith(error, repository.errorText());
    for (const HealthAnswerRepository::Answer &a : *answers)
        out->append(QJsonObject{{QStringLiteral("flag"), a.flag},
                                {QStringLiteral("answeredAt"), a.answeredAt}});
    return true;
}

bool exportPlan(const QSqlDatabase &db, QJsonObject *out, QString *error)
{
    const PlanRepository repository(db);
    const QList<PlanEntry> entries = repository.entries();
    if (!repository.errorText().isEmpty())
        return failWith(error, repository.errorText());
    QJsonArray list;
    for (const PlanEntry &e : entries)
        list.append(
            QJsonObject{{QStringLiteral("techniqueId"), e.techniqueId},
                        {QStringLiteral("side"), sideKey(e.side)},
                        {QStringLiteral("frequency"), frequencyKey(e.frequency)},
                        {QStringLiteral("timesPerWeek"), e.timesPerWeek},
                        {QStringLiteral("weekdays"), e.weekdays},
                        {QStringLiteral("addedOn"),
                         e.addedOn.isValid() ? e.addedOn.toString(Qt::ISODate) : QString()}});
    *out = QJsonObject{{QStringLiteral("entries"), list}};
    return true;
}

bool exportSettings(const QSqlDatabase &db, QJsonObject *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key")))
        return failWith(error, q.lastError().text());
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toString());
    return true;
}

} // namespace

QByteArray exportJson(QSqlDatabase db, const QDateTime &exportedAt, QString *error,
                      const QString &voiceDir)
{
    QJsonArray sessions, regionStatus, healthAnswers;
    QJsonObject plan, settings;
    if (!exportSessions(db, &sessions, error))
        return {};
    const std::optional<QJsonArray> reminders = ReminderJson::exportAll(db, error);
    if (!reminders || !exportRegionStatus(db, &regionStatus, error) ||
        !exportHealthAnswers(db, &healthAnswers, error) || !exportPlan(db, &plan, error) ||
        !exportSettings(db, &settings, error))
        return {};

    const QJsonObject root{{QStringLiteral("format"), ExportFormat::kName},
                           {QStringLiteral("formatVersion"), ExportFormat::kVersion},
                           {QStringLiteral("schemaVersion"), Migrations::currentVersion(db)},
                           {QStringLiteral("exportedAt"), exportedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("sessions"), sessions},
                           {QStringLiteral("reminders"), *reminders},
                           {QStringLiteral("regionStatus"), regionStatus},
                           {QStringLiteral("healthAnswers"), healthAnswers},
                           {QStringLiteral("plan"), plan},
                           {QStringLiteral("settings"), settings}};
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!voiceDir.isEmpty()) {
        // The techniques (their recordings are most of a backup) are written out one at a time
        // after the rest, so the export holds the file and one technique, never every
        // recording three times over as one document would (base64 as UTF-16, then as text).
        json.truncate(json.lastIndexOf('}'));
        while (json.endsWith('\n') || json.endsWith(' '))
            json.chop(1);
        json += ",\n    \"customTechniques\": [";
        bool first = true;
        bool tooLarge = false;
        const bool read = CustomTechniqueBackup::forEach(
            db, voiceDir,
            [&](const QJsonObject &carried) {
                json += first ? "\n" : ",\n";
                json += QJsonDocument(carried).toJson(QJsonDocument::Compact);
                first = false;
                tooLarge = json.size() > ExportFormat::kMaxBytes;
                return !tooLarge;
            },
            error);
        if (!read && !tooLarge)
            return {};
        json += "\n    ]\n}\n";
    }
    if (json.size() > ExportFormat::kMaxBytes) {
        failWith(error, tr("The backup would be larger than the %1 MB a backup may be: the "
                           "recordings of your own techniques take most of it. Delete "
                           "recordings you no longer need and try again.")
                            .arg(ExportFormat::kMaxBytes / (1024 * 1024)));
        return {};
    }
    return json;
}

} // namespace unknot
