// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/reminderjson.h"

#include "content/regions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace unknot::ReminderJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReminderJson", text);
}

// Reminders created from 1970 to 2200.
constexpr qint64 kMaxMs = 7258118400000;

bool wholeNumber(const QJsonValue &v, qint64 min, qint64 max, qint64 *out)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) ||
        d > double(max))
        return false;
    *out = qint64(d);
    return true;
}

bool printable(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

} // namespace

std::optional<QJsonArray> exportAll(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT minute_of_day, weekdays, technique_id, region_id, label, "
                               "enabled, skip_if_done, created_at FROM reminders ORDER BY id"))) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QJsonArray list;
    while (q.next()) {
        list.append(QJsonObject{{QStringLiteral("minuteOfDay"), q.value(0).toInt()},
                                {QStringLiteral("weekdays"), q.value(1).toInt()},
                                {QStringLiteral("techniqueId"), q.value(2).toString()},
                                {QStringLiteral("regionId"), q.value(3).toString()},
                                {QStringLiteral("label"), q.value(4).toString()},
                                {QStringLiteral("enabled"), q.value(5).toBool()},
                                {QStringLiteral("skipIfDone"), q.value(6).toBool()},
                                {QStringLiteral("createdAt"), q.value(7).toLongLong()}});
    }
    return list;
}

std::optional<QList<Reminder>> parse(const QJsonArray &list, QString *error)
{
    QList<Reminder> reminders;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString place = tr("Reminder %1").arg(i + 1);
        const auto fail = [&](const QString &message) {
            if (error)
                *error = message;
            return std::nullopt;
        };
        const auto wrong = [&](const char *key, const QString &expected) {
            return fail(tr("%1: \"%2\" should be %3.").arg(place, QLatin1String(key), expected));
        };
        if (!list.at(i).isObject())
            return fail(tr("%1 is not a reminder.").arg(place));
        const QJsonObject o = list.at(i).toObject();
        Reminder r;
        qint64 number = 0;
        if (!wholeNumber(o.value(QLatin1String("minuteOfDay")), 0, 1439, &number))
            return wrong("minuteOfDay", tr("a whole number from 0 to 1439"));
        r.minuteOfDay = int(number);
        if (!wholeNumber(o.value(QLatin1String("weekdays")), 1, ReminderRules::kAllWeekdays,
                         &number))
            return wrong("weekdays", tr("a whole number from 1 to 127"));
        r.weekdays = int(number);
        if (!wholeNumber(o.value(QLatin1String("createdAt")), 0, kMaxMs, &number))
            return wrong("createdAt", tr("a whole number from 0 to %1").arg(kMaxMs));
        r.createdAt = QDateTime::fromMSecsSinceEpoch(number, Qt::UTC);
        const auto text = [&](const char *key, QString *out) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return true; // absent: empty
            *out = v.toString();
            return v.isString();
        };
        if (!text("techniqueId", &r.techniqueId) ||
            (!r.techniqueId.isEmpty() && !ReminderRules::isWellFormedId(r.techniqueId)))
            return wrong("techniqueId", tr("a technique id or empty"));
        if (!text("regionId", &r.regionId) ||
            (!r.regionId.isEmpty() && !Regions::isKnownId(r.regionId)))
            return wrong("regionId", tr("a body region id or empty"));
        if (!text("label", &r.label) || r.label.size() > ReminderRules::kMaxLabelLength ||
            !printable(r.label))
            return wrong("label",
                         tr("text of up to %1 characters").arg(ReminderRules::kMaxLabelLength));
        const QJsonValue enabled = o.value(QLatin1String("enabled"));
        if (!enabled.isBool())
            return wrong("enabled", tr("true or false"));
        r.enabled = enabled.toBool();
        const QJsonValue skip = o.value(QLatin1String("skipIfDone"));
        if (!skip.isUndefined() && !skip.isBool())
            return wrong("skipIfDone", tr("true or false"));
        r.skipIfDone = skip.toBool();
        reminders << r;
    }
    return reminders;
}

bool merge(QSqlDatabase db, const QList<Reminder> &reminders, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO reminders (minute_of_day, weekdays, technique_id, region_id, label, "
        "enabled, skip_if_done, created_at) SELECT :minute, :weekdays, :technique_id, "
        ":region_id, :label, :enabled, :skip_if_done, :created_at WHERE NOT EXISTS (SELECT 1 "
        "FROM reminders WHERE minute_of_day = :minute AND weekdays = :weekdays AND "
        "technique_id = :technique_id AND region_id = :region_id)"));
    for (const Reminder &r : reminders) {
        q.bindValue(QStringLiteral(":minute"), r.minuteOfDay);
        q.bindValue(QStringLiteral(":weekdays"), r.weekdays);
        // NOT NULL columns: a null QString would bind as NULL.
        q.bindValue(QStringLiteral(":technique_id"),
                    r.techniqueId.isNull() ? QStringLiteral("") : r.techniqueId);
        q.bindValue(QStringLiteral(":region_id"),
                    r.regionId.isNull() ? QStringLiteral("") : r.regionId);
        q.bindValue(QStringLiteral(":label"), r.label.isNull() ? QStringLiteral("") : r.label);
        q.bindValue(QStringLiteral(":enabled"), r.enabled ? 1 : 0);
        q.bindValue(QStringLiteral(":skip_if_done"), r.skipIfDone ? 1 : 0);
        q.bindValue(QStringLiteral(":created_at"), r.createdAt.toMSecsSinceEpoch());
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace unknot::ReminderJson
