// SPDX-License-Identifier: GPL-3.0-or-later
#include "custom/customtechniquerules.h"

#include "content/authoringrules.h"
#include "content/regions.h"
#include "content/techniquereader.h"

#include <QJsonArray>
#include <QUuid>

namespace unknot::CustomTechniqueRules {

namespace {

constexpr QLatin1String kId("id");
constexpr QLatin1String kRegion("region");
constexpr QLatin1String kSide("side");
constexpr QLatin1String kSteps("steps");
constexpr QLatin1String kText("text");
constexpr QLatin1String kCue("cue");
constexpr QLatin1String kTiming("timing");
constexpr QLatin1String kSeconds("seconds");
constexpr QLatin1String kReps("reps");
constexpr QLatin1String kTempo("tempoSeconds");
constexpr QLatin1String kRecording("recording");

// The texts copied between draft and definition as they are.
const QStringList &textFields()
{
    static const QStringList fields = {QStringLiteral("title"), QStringLiteral("purpose"),
                                       QStringLiteral("startingPosition"),
                                       QStringLiteral("intensity")};
    return fields;
}

const QStringList &listFields()
{
    static const QStringList fields = {QStringLiteral("goals"), QStringLiteral("equipment"),
                                       QStringLiteral("cautions"),
                                       QStringLiteral("contraindications")};
    return fields;
}

QJsonArray nonBlank(const QVariant &list)
{
    QJsonArray out;
    for (const QVariant &v : list.toList()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

// A number from QML as JSON: whole numbers stay whole, so the reader's range check reads them.
QJsonValue number(const QVariant &v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? QJsonValue(d) : QJsonValue();
}

} // namespace

QString newId()
{
    return kIdPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isCustomId(const QString &id)
{
    return id.startsWith(kIdPrefix);
}

QVariantMap newDraft(const QString &regionId)
{
    const QString base = Regions::isKnownBase(regionId) ? regionId : Regions::baseOf(regionId);
    QVariantList steps;
    // The typical order of FORMAT.md: the user fills in the words and times.
    for (const char *kind :
         {"position", "locate", "pin", "move", "release", "shift", "move", "rest"}) {
        steps << QVariantMap{{QStringLiteral("kind"), QString::fromLatin1(kind)},
                             {kText, QString()},
                             {kCue, QString()},
                             {kTiming, QStringLiteral("hold")},
                             {kSeconds, 10},
                             {kReps, 5},
                             {kTempo, 3},
                             {kRecording, QString()}};
    }
    return {
        {kId, QString()},
        {kRegion, base},
        {kSide, Regions::isCentreBase(base) ? QStringLiteral("centre") : QStringLiteral("both")},
        {QStringLiteral("title"), QString()},
        {QStringLiteral("purpose"), QString()},
        {QStringLiteral("startingPosition"), QString()},
        {QStringLiteral("intensity"), QStringLiteral("gentle")},
        {QStringLiteral("goals"), QStringList{QStringLiteral("flexibility")}},
        {QStringLiteral("equipment"), QStringList{QStringLiteral("none")}},
        {QStringLiteral("cautions"), QStringList{QString()}},
        {QStringLiteral("contraindications"), QStringList{QString()}},
        {kSteps, steps}};
}

QJsonObject definitionFromDraft(const QVariantMap &draft)
{
    QJsonObject o;
    o.insert(kId, draft.value(kId).toString());
    for (const QString &field : textFields())
        o.insert(field, draft.value(field).toString().trimmed());
    o.insert(QStringLiteral("regions"), QJsonArray{draft.value(kRegion).toString()});
    o.insert(kSide, draft.value(kSide).toString());
    for (const QString &field : listFields())
        o.insert(field, nonBlank(draft.value(field)));
    QJsonArray steps;
    for (const QVariant &sv : draft.value(kSteps).toList()) {
        const QVariantMap s = sv.toMap();
        QJsonObject step;
        step.insert(QStringLiteral("kind"), s.value(QStringLiteral("kind")).toString());
        const QString text = s.value(kText).toString().trimmed();
        const QString cue = s.value(kCue).toString().trimmed();
        step.insert(kText, text);
        step.insert(kCue, cue.isEmpty() ? text : cue);
        QJsonObject timing;
        if (s.value(kTiming).toString() == kReps) {
            timing.insert(kReps, number(s.value(kReps)));
            timing.insert(kTempo, number(s.value(kTempo)));
        } else {
            timing.insert(kSeconds, number(s.value(kSeconds)));
        }
        step.insert(kTiming, timing);
        steps.append(step);
    }
    o.insert(kSteps, steps);
    return o;
}

QVariantMap draftFromDefinition(const QJsonObject &o, const QMap<int, QString> &voices)
{
    QVariantMap draft;
    draft.insert(kId, o.value(kId).toString());
    for (const QString &field : textFields())
        draft.insert(field, o.value(field).toString());
    draft.insert(kRegion, o.value(QStringLiteral("regions")).toArray().at(0).toString());
    draft.insert(kSide, o.value(kSide).toString());
    for (const QString &field : listFields())
        draft.insert(field, o.value(field).toArray().toVariantList());
    QVariantList steps;
    const QJsonArray stepArray = o.value(kSteps).toArray();
    for (qsizetype i = 0; i < stepArray.size(); ++i) {
        const QJsonObject s = stepArray.at(i).toObject();
        const QJsonObject timing = s.value(kTiming).toObject();
        const bool reps = timing.contains(kReps);
        const QString text = s.value(kText).toString();
        const QString cue = s.value(kCue).toString();
        steps << QVariantMap{{QStringLiteral("kind"), s.value(QStringLiteral("kind")).toString()},
                             {kText, text},
                             // The same words were spoken: the editor shows the cue as unset.
                             {kCue, cue == text ? QString() : cue},
                             {kTiming, reps ? kReps : QStringLiteral("hold")},
                             {kSeconds, reps ? 10 : timing.value(kSeconds).toInt()},
                             {kReps, reps ? timing.value(kReps).toInt() : 5},
                             {kTempo, reps ? timing.value(kTempo).toDouble() : 3.0},
                             {kRecording, voices.value(int(i))}};
    }
    draft.insert(kSteps, steps);
    return draft;
}

QMap<int, QString> voiceFilesOf(const QVariantMap &draft)
{
    QMap<int, QString> out;
    const QVariantList steps = draft.value(kSteps).toList();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString file = steps.at(i).toMap().value(kRecording).toString();
        if (!file.isEmpty())
            out.insert(int(i), file);
    }
    return out;
}

Technique check(const QJsonObject &definition, QList<ContentProblem> &problems)
{
    const QString id = definition.value(kId).toString();
    TechniqueCheck reader(kSourceName, id, problems);
    // No narration folder: a custom step's voice is its recording, or speech, or captions.
    Technique t = readTechnique(definition, QString(), reader);
    t.sourceFile = kSourceName;
    if (!isCustomId(id))
        problems.append(
            {kSourceName, id, kId,
             QStringLiteral("must start with \"%1\"; it is made by the app").arg(kIdPrefix)});
    // The style rules too, all at once: the user sees every problem in one go.
    problems += AuthoringRules::checkStyle(t);
    return t;
}

} // namespace unknot::CustomTechniqueRules
