// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/jsonexport.h"

#include "reminders/reminderjson.h"
#include "storage/migrations.h"
#include "storage/sessionrepository.h"
#include "transfer/exportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace unknot {

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
    const SessionRepository repository(db);
    const auto ms = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
    };
    const auto optionalInt = [](std::optional<int> v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    const bool read = repository.forEachOldestFirst([&](const SessionRecord &r) {
        sessions.append(
            QJsonObject{{QStringLiteral("id"), r.id},
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
    if (!read) {
        if (error)
            *error = repository.errorText();
        return {};
    }

    const std::optional<QJsonArray> reminders = ReminderJson::exportAll(db, error);
    if (!reminders)
        return {};

    QJsonArray regionStatus;
    if (!q.exec(QStringLiteral("SELECT region_id, clearance, cleared_by, note, updated_at, "
                               "cleared_on FROM region_status ORDER BY region_id")))
        return failed();
    while (q.next()) {
        regionStatus.append(QJsonObject{{QStringLiteral("regionId"), q.value(0).toString()},
                                        {QStringLiteral("clearance"), q.value(1).toString()},
                                        {QStringLiteral("clearedBy"), q.value(2).toString()},
                                        {QStringLiteral("note"), q.value(3).toString()},
                                        {QStringLiteral("updatedAt"), q.value(4).toLongLong()},
                                        {QStringLiteral("clearedOn"), q.value(5).toString()}});
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
