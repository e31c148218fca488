// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/jsonexport.h"

#include "reminders/reminderjson.h"
#include "storage/migrations.h"
#include "transfer/exportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace unknot {

namespace {
QJsonValue optional(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toLongLong());
}
} // namespace

QByteArray exportJson(QSqlDatabase db, const QDateTime &exportedAt, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failed = [&q, error] {
        if (error)
            *error = q.lastError().text();
        return QByteArray();
    };

    QJsonArray sessions;
    if (!q.exec(QStringLiteral(
            "SELECT id, technique_id, region_id, sides, started_at, utc_offset_min, ended_at, "
            "steps_completed, steps_total, completed, pain_before, pain_after, stopped_for_pain, "
            "note FROM sessions ORDER BY started_at, id")))
        return failed();
    while (q.next()) {
        sessions.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                    {QStringLiteral("techniqueId"), q.value(1).toString()},
                                    {QStringLiteral("regionId"), q.value(2).toString()},
                                    {QStringLiteral("sides"), q.value(3).toString()},
                                    {QStringLiteral("startedAt"), q.value(4).toLongLong()},
                                    {QStringLiteral("utcOffsetMin"), q.value(5).toInt()},
                                    {QStringLiteral("endedAt"), optional(q.value(6))},
                                    {QStringLiteral("stepsCompleted"), q.value(7).toInt()},
                                    {QStringLiteral("stepsTotal"), q.value(8).toInt()},
                                    {QStringLiteral("completed"), q.value(9).toBool()},
                                    {QStringLiteral("painBefore"), optional(q.value(10))},
                                    {QStringLiteral("painAfter"), optional(q.value(11))},
                                    {QStringLiteral("stoppedForPain"), q.value(12).toBool()},
                                    {QStringLiteral("note"), q.value(13).toString()}});
    }

    const std::optional<QJsonArray> reminders = ReminderJson::exportAll(db, error);
    if (!reminders)
        return {};

    QJsonArray regionStatus;
    if (!q.exec(QStringLiteral("SELECT region_id, clearance, cleared_by, note, updated_at "
                               "FROM region_status ORDER BY region_id")))
        return failed();
    while (q.next()) {
        regionStatus.append(QJsonObject{{QStringLiteral("regionId"), q.value(0).toString()},
                                        {QStringLiteral("clearance"), q.value(1).toString()},
                                        {QStringLiteral("clearedBy"), q.value(2).toString()},
                                        {QStringLiteral("note"), q.value(3).toString()},
                                        {QStringLiteral("updatedAt"), q.value(4).toLongLong()}});
    }

    QJsonObject settings;
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings ORDER BY key")))
        return failed();
    while (q.next())
        settings.insert(q.value(0).toString(), q.value(1).toString());

    const QJsonObject root{{QStringLiteral("format"), ExportFormat::kName},
                           {QStringLiteral("formatVersion"), ExportFormat::kVersion},
                           {QStringLiteral("schemaVersion"), Migrations::currentVersion(db)},
                           {QStringLiteral("exportedAt"), exportedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("sessions"), sessions},
                           {QStringLiteral("reminders"), *reminders},
                           {QStringLiteral("regionStatus"), regionStatus},
                           {QStringLiteral("settings"), settings}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace unknot
