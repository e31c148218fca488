// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/planfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

namespace unknot::PlanFile {

namespace {

const char kFormatName[] = "unknot-plan";
const char *const kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanFile", text);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return id.size() <= 100 && pattern.match(id).hasMatch();
}

Contents failure(const QString &message)
{
    Contents c;
    c.error = message;
    return c;
}

// One entry of the file, or the reason it cannot be one.
std::optional<PlanEntry> readEntry(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = tr("is not an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    PlanEntry e;
    e.techniqueId = o.value(QLatin1String("technique")).toString();
    if (!isValidId(e.techniqueId)) {
        *error = tr("does not name a technique");
        return std::nullopt;
    }
    const std::optional<PlanEntry::Side> side =
        sideFromKey(o.value(QLatin1String("side")).toString());
    if (!side) {
        *error = tr("has no side (both, left or right)");
        return std::nullopt;
    }
    e.side = *side;
    const std::optional<PlanEntry::Frequency> frequency =
        frequencyFromKey(o.value(QLatin1String("frequency")).toString());
    if (!frequency) {
        *error = tr("has no frequency (daily, weekly or weekdays)");
        return std::nullopt;
    }
    e.frequency = *frequency;
    if (e.frequency == PlanEntry::Frequency::TimesPerWeek) {
        const QJsonValue times = o.value(QLatin1String("timesPerWeek"));
        const double n = times.toDouble(-1);
        if (!times.isDouble() || n != int(n) || n < 1 || n > 7) {
            *error = tr("needs timesPerWeek from 1 to 7");
            return std::nullopt;
        }
        e.timesPerWeek = int(n);
    }
    if (e.frequency == PlanEntry::Frequency::Weekdays) {
        const QJsonValue days = o.value(QLatin1String("days"));
        if (!days.isArray() || days.toArray().size() > 7) {
            *error = tr("needs its days (mon to sun)");
            return std::nullopt;
        }
        const QJsonArray dayList = days.toArray();
        for (const QJsonValue &day : dayList) {
            int bit = -1;
            for (int i = 0; i < 7; ++i)
                if (day.toString() == QLatin1String(kDayNames[i]))
                    bit = i;
            if (bit < 0) {
                *error = tr("names a day that is not mon to sun");
                return std::nullopt;
            }
            e.weekdays |= 1 << bit;
        }
    }
    if (const QString problem = e.problem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return e;
}

} // namespace

QByteArray write(const QList<PlanEntry> &entries, const QDateTime &exportedAt,
                 const QList<QJsonObject> &carried)
{
    QJsonArray list;
    for (const PlanEntry &e : entries) {
        QJsonObject o{{QStringLiteral("technique"), e.techniqueId},
                      {QStringLiteral("side"), sideKey(e.side)},
                      {QStringLiteral("frequency"), frequencyKey(e.frequency)}};
        if (e.frequency == PlanEntry::Frequency::TimesPerWeek)
            o.insert(QStringLiteral("timesPerWeek"), e.timesPerWeek);
        if (e.frequency == PlanEntry::Frequency::Weekdays) {
            QJsonArray days;
            for (int i = 0; i < 7; ++i)
                if (e.weekdays & (1 << i))
                    days.append(QLatin1String(kDayNames[i]));
            o.insert(QStringLiteral("days"), days);
        }
        list.append(o);
    }
    QJsonArray techniques;
    for (const QJsonObject &t : carried)
        techniques.append(t);
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        // The lowest version that says what the file holds: without custom techniques any
        // version 1 reader can use it.
        {QStringLiteral("version"), carried.isEmpty() ? 1 : kFormatVersion},
        {QStringLiteral("exportedAt"), exportedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("entries"), list},
        {QStringLiteral("customTechniques"),
         QJsonObject{{QStringLiteral("version"), kCustomTechniquesVersion},
                     {QStringLiteral("techniques"), techniques}}},
    };
    // Compact when recordings are inside: indentation would only add bytes to the base64.
    return QJsonDocument(root).toJson(carried.isEmpty() ? QJsonDocument::Indented
                                                        : QJsonDocument::Compact);
}

Contents parse(const QByteArray &json, const std::function<bool(const QString &)> &isKnown)
{
    if (json.size() > kMaxBytes)
        return failure(tr("This file is too large to be an Unknot plan (more than %1 MiB).")
                           .arg(kMaxBytes / 1024 / 1024));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failure(tr("This file is not an Unknot plan (it is not readable JSON)."));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormatName))
        return failure(tr("This file is not an Unknot plan."));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
        return failure(tr("This plan file has no valid format version."));
    if (version.toInt() > kFormatVersion)
        return failure(tr("This plan was made by a newer version of Unknot. Update the app to "
                          "open it."));

    Contents c;
    const QJsonValue custom = root.value(QLatin1String("customTechniques"));
    if (!custom.isUndefined()) {
        const QJsonValue customVersion = custom.toObject().value(QLatin1String("version"));
        const QJsonValue techniques = custom.toObject().value(QLatin1String("techniques"));
        if (!custom.isObject() || !customVersion.isDouble() || !techniques.isArray())
            return failure(tr("The custom techniques in this plan file are damaged."));
        if (customVersion.toInt() > kCustomTechniquesVersion)
            return failure(tr("This plan's custom techniques were made by a newer version of "
                              "Unknot. Update the app to open it."));
        const QJsonArray carried = techniques.toArray();
        if (carried.size() > kMaxCustomTechniques)
            return failure(tr("This plan file carries more custom techniques than Unknot "
                              "accepts (%1).")
                               .arg(kMaxCustomTechniques));
        for (qsizetype i = 0; i < carried.size(); ++i) {
            QStringList problems;
            const std::optional<CustomTechniques::Checked> checked =
                carried.at(i).isObject()
                    ? CustomTechniques::checkCarried(carried.at(i).toObject(), &problems)
                    : std::nullopt;
            if (!checked)
                return failure(tr("Custom technique %1 in this plan file cannot be used: %2")
                                   .arg(i + 1)
                                   .arg(problems.isEmpty() ? tr("it is not an object.")
                                                           : problems.join(QLatin1Char(' '))));
            if (!isValidId(checked->carriedId) ||
                std::any_of(c.techniques.cbegin(), c.techniques.cend(),
                            [&](const CustomTechniques::Checked &other) {
                                return other.carriedId == checked->carriedId;
                            }))
                return failure(
                    tr("Custom technique %1 in this plan file has no id of its own.").arg(i + 1));
            c.recordingsCarried += int(checked->audio.size());
            c.techniques.append(*checked);
        }
    }
    if (c.techniques.isEmpty() && json.size() > kMaxBytesWithoutTechniques)
        return failure(tr("This file is too large to be an Unknot plan (more than %1 KiB).")
                           .arg(kMaxBytesWithoutTechniques / 1024));

    const QJsonValue entries = root.value(QLatin1String("entries"));
    if (!entries.isArray())
        return failure(tr("This plan file lists no techniques."));
    const QJsonArray list = entries.toArray();
    if (list.size() > kMaxEntries)
        return failure(
            tr("This plan has more techniques than Unknot accepts (%1).").arg(kMaxEntries));
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString problem;
        const std::optional<PlanEntry> e = readEntry(list.at(i), &problem);
        if (!e)
            return failure(tr("Technique %1 of the plan %2.").arg(i + 1).arg(problem));
        const bool carried = std::any_of(
            c.techniques.cbegin(), c.techniques.cend(),
            [&](const CustomTechniques::Checked &t) { return t.carriedId == e->techniqueId; });
        if (!carried && !isKnown(e->techniqueId)) {
            if (!c.unknownTechniques.contains(e->techniqueId))
                c.unknownTechniques.append(e->techniqueId);
            continue;
        }
        c.entries.append(*e);
    }
    if (c.entries.isEmpty() && c.unknownTechniques.isEmpty())
        return failure(tr("This plan is empty."));
    if (c.entries.isEmpty())
        return failure(tr("None of this plan's techniques are in this version of Unknot: %1.")
                           .arg(c.unknownTechniques.join(QStringLiteral(", "))));
    c.ok = true;
    return c;
}

} // namespace unknot::PlanFile
