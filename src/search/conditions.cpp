// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/conditions.h"

#include "content/regions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace unknot::Conditions {

namespace {

constexpr int kMaxNameChars = 40;
constexpr int kMaxNoteChars = 240;

const QStringList &conditionFields()
{
    static const QStringList fields = {QStringLiteral("id"),       QStringLiteral("name"),
                                       QStringLiteral("synonyms"), QStringLiteral("techniques"),
                                       QStringLiteral("regions"),  QStringLiteral("note")};
    return fields;
}

QStringList textList(const QJsonObject &o, const QString &key, const QString &where,
                     QList<ContentProblem> &problems)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        problems.append({QLatin1String(kFileName),
                         {},
                         where + QLatin1Char(' ') + key,
                         QStringLiteral("must be a list")});
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a) {
        const QString s = item.toString().trimmed();
        if (!item.isString() || s.isEmpty())
            problems.append({QLatin1String(kFileName),
                             {},
                             where + QLatin1Char(' ') + key,
                             QStringLiteral("entries must be non-empty text")});
        else if (out.contains(s))
            problems.append({QLatin1String(kFileName),
                             {},
                             where + QLatin1Char(' ') + key,
                             QStringLiteral("lists \"%1\" twice").arg(s)});
        else
            out << s;
    }
    return out;
}

} // namespace

ConditionsLoadResult load(const QString &fileName, const QStringList &knownTechniques)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ConditionsLoadResult r;
        r.problems.append({QLatin1String(kFileName),
                           {},
                           {},
                           QStringLiteral("cannot open %1: %2").arg(fileName, file.errorString())});
        return r;
    }
    return read(file.readAll(), knownTechniques);
}

ConditionsLoadResult read(const QByteArray &json, const QStringList &knownTechniques)
{
    static const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    ConditionsLoadResult r;
    const QString file = QLatin1String(kFileName);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        r.problems.append(
            {file, {}, {}, QStringLiteral("is not a JSON object: %1").arg(error.errorString())});
        return r;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("formatVersion")).toInt() != 1)
        r.problems.append({file, {}, QStringLiteral("formatVersion"), QStringLiteral("must be 1")});
    const QJsonValue list = root.value(QLatin1String("conditions"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        r.problems.append(
            {file, {}, QStringLiteral("conditions"), QStringLiteral("must be a non-empty list")});
        return r;
    }
    QSet<QString> ids;
    QSet<QString> names;
    const QJsonArray a = list.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        Condition c;
        c.id = o.value(QLatin1String("id")).toString();
        // Problems name the condition in their field: "condition \"tennis-elbow\" name".
        const QString where = kIdPattern.match(c.id).hasMatch()
                                  ? QStringLiteral("condition \"%1\"").arg(c.id)
                                  : QStringLiteral("condition %1").arg(i + 1);
        auto report = [&](const QString &field, const QString &message) {
            r.problems.append(
                {file, {}, field.isEmpty() ? where : where + QLatin1Char(' ') + field, message});
        };
        if (!a.at(i).isObject()) {
            report({}, QStringLiteral("must be an object"));
            continue;
        }
        if (!kIdPattern.match(c.id).hasMatch())
            report(QStringLiteral("id"),
                   QStringLiteral("must be lowercase words joined by hyphens, like "
                                  "\"tennis-elbow\""));
        else if (ids.contains(c.id))
            report(QStringLiteral("id"), QStringLiteral("\"%1\" is used twice").arg(c.id));
        ids.insert(c.id);
        c.name = o.value(QLatin1String("name")).toString().trimmed();
        if (c.name.isEmpty())
            report(QStringLiteral("name"), QStringLiteral("is missing or empty"));
        else if (c.name.size() > kMaxNameChars)
            report(QStringLiteral("name"),
                   QStringLiteral("is longer than %1 characters").arg(kMaxNameChars));
        else if (names.contains(c.name.toCaseFolded()))
            report(QStringLiteral("name"), QStringLiteral("\"%1\" is used twice").arg(c.name));
        names.insert(c.name.toCaseFolded());
        c.synonyms = textList(o, QStringLiteral("synonyms"), where, r.problems);
        c.techniques = textList(o, QStringLiteral("techniques"), where, r.problems);
        c.regions = textList(o, QStringLiteral("regions"), where, r.problems);
        for (const QString &t : std::as_const(c.techniques)) {
            if (!knownTechniques.isEmpty() && !knownTechniques.contains(t))
                report(QStringLiteral("techniques"),
                       QStringLiteral("\"%1\" is not a technique id").arg(t));
        }
        for (const QString &region : std::as_const(c.regions)) {
            if (!Regions::isKnownBase(region))
                report(QStringLiteral("regions"),
                       QStringLiteral("\"%1\" is not a base region id").arg(region));
        }
        if (c.techniques.isEmpty() && c.regions.isEmpty())
            report({}, QStringLiteral("names no techniques and no regions; it would find "
                                      "nothing"));
        const QJsonValue note = o.value(QLatin1String("note"));
        if (!note.isUndefined()) {
            c.note = note.toString().trimmed();
            if (!note.isString() || c.note.isEmpty())
                report(QStringLiteral("note"), QStringLiteral("must be non-empty text"));
            else if (c.note.size() > kMaxNoteChars)
                report(QStringLiteral("note"),
                       QStringLiteral("is longer than %1 characters").arg(kMaxNoteChars));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!conditionFields().contains(it.key()))
                report(it.key(), QStringLiteral("is not a condition field (%1)")
                                     .arg(conditionFields().join(QLatin1String(", "))));
        }
        r.conditions.append(c);
    }
    return r;
}

} // namespace unknot::Conditions
