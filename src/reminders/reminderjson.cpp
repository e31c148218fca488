// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminders/reminderjson.h"

#include "content/regions.h"
#include "reminders/reminderrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

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
    const ReminderRepository repository(std::move(db));
    const QList<Reminder> reminders = repository.all();
    if (!repository.errorText().isEmpty()) {
        if (error)
            *error = repository.errorText();
        return std::nullopt;
    }
    QJsonArray list;
    for (const Reminder &r : reminders) {
        QJsonObject o{{QStringLiteral("minuteOfDay"), r.minuteOfDay},
                      {QStringLiteral("weekdays"), r.weekdays},
                      {QStringLiteral("techniqueId"), r.techniqueId},
                      {QStringLiteral("regionId"), r.regionId},
                      {QStringLiteral("label"), r.label},
                      {QStringLiteral("enabled"), r.enabled},
                      {QStringLiteral("skipIfDone"), r.skipIfDone},
                      {QStringLiteral("createdAt"), r.createdAt.toMSecsSinceEpoch()}};
        // Only on plan reminders: the other reminders' entries stay as older versions wrote them.
        if (r.forPlan())
            o.insert(QStringLiteral("plan"), ReminderRules::planTargetName(r.plan));
        list.append(o);
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
        QString plan;
        const std::optional<Reminder::PlanTarget> target =
            text("plan", &plan) ? ReminderRules::planTargetFromName(plan) : std::nullopt;
        if (!target)
            return wrong("plan", tr("\"open\", \"start\" or empty"));
        r.plan = *target;
        if (r.forPlan() && (!r.techniqueId.isEmpty() || !r.regionId.isEmpty()))
            return fail(
                tr("%1 is for the plan and should name no technique or region.").arg(place));
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
    ReminderRepository repository(std::move(db));
    for (const Reminder &r : reminders) {
        if (!repository.addUnlessPresent(r)) {
            if (error)
                *error = repository.errorText();
            return false;
        }
    }
    return true;
}

} // namespace unknot::ReminderJson
