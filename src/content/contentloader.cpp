// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentloader.h"

#include "logging.h"
#include "regions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace unknot {

namespace {

constexpr int kFormatVersion = 1;
constexpr int kMinSteps = 4;
constexpr int kMaxSteps = 8;

const QStringList kStepKinds = {QStringLiteral("position"), QStringLiteral("locate"),
                                QStringLiteral("pin"),      QStringLiteral("move"),
                                QStringLiteral("release"),  QStringLiteral("shift"),
                                QStringLiteral("rest")};
const QStringList kGoals = {QStringLiteral("flexibility"),     QStringLiteral("range-of-motion"),
                            QStringLiteral("lower-back-pain"), QStringLiteral("carpal-tunnel"),
                            QStringLiteral("running"),         QStringLiteral("scar-tissue")};
const QStringList kEquipment = {QStringLiteral("none"),        QStringLiteral("massage-ball"),
                                QStringLiteral("foam-roller"), QStringLiteral("wall"),
                                QStringLiteral("chair"),       QStringLiteral("table"),
                                QStringLiteral("towel"),       QStringLiteral("step")};
const QStringList kIntensities = {QStringLiteral("gentle"), QStringLiteral("moderate"),
                                  QStringLiteral("firm")};

// Collects the problems of one technique; the technique is kept only if there are none.
class TechniqueValidator
{
public:
    TechniqueValidator(const QString &file, const QString &id, QList<ContentProblem> &out)
        : m_file(file), m_id(id), m_out(out)
    {}

    void report(const QString &field, const QString &message)
    {
        m_out.append({m_file, m_id, field, message});
        m_ok = false;
    }
    bool ok() const { return m_ok; }

    QString requireText(const QJsonObject &o, const QString &key, const QString &field)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            report(field, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isString()) {
            report(field, QStringLiteral("must be text"));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            report(field, QStringLiteral("is empty"));
        return s;
    }

    QStringList requireTextList(const QJsonObject &o, const QString &key, const QString &field,
                                const QStringList &allowed = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            report(field, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isArray()) {
            report(field, QStringLiteral("must be a list"));
            return {};
        }
        QStringList items;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty()) {
                report(itemField, QStringLiteral("must be non-empty text"));
                continue;
            }
            const QString s = a.at(i).toString().trimmed();
            if (!allowed.isEmpty() && !allowed.contains(s)) {
                report(itemField, QStringLiteral("\"%1\" is not one of: %2")
                                      .arg(s, allowed.join(QLatin1String(", "))));
                continue;
            }
            items << s;
        }
        if (a.isEmpty())
            report(field, QStringLiteral("is an empty list"));
        return items;
    }

private:
    QString m_file;
    QString m_id;
    QList<ContentProblem> &m_out;
    bool m_ok = true;
};

bool parseSide(const QString &s, TechniqueSide &side)
{
    static const QHash<QString, TechniqueSide> sides = {
        {QStringLiteral("centre"), TechniqueSide::Centre},
        {QStringLiteral("left"), TechniqueSide::Left},
        {QStringLiteral("right"), TechniqueSide::Right},
        {QStringLiteral("both"), TechniqueSide::Both}};
    const auto it = sides.find(s);
    if (it == sides.end())
        return false;
    side = *it;
    return true;
}

StepTiming parseTiming(const QJsonValue &v, const QString &field, TechniqueValidator &check)
{
    StepTiming t;
    if (!v.isObject()) {
        check.report(field, v.isUndefined() ? QStringLiteral("is missing")
                                            : QStringLiteral("must be an object"));
        return t;
    }
    const QJsonObject o = v.toObject();
    const bool hold = o.contains(QLatin1String("seconds"));
    const bool reps =
        o.contains(QLatin1String("reps")) || o.contains(QLatin1String("tempoSeconds"));
    if (hold == reps) {
        check.report(field, QStringLiteral("needs either \"seconds\" (a hold) or \"reps\" with "
                                           "\"tempoSeconds\", not both and not neither"));
        return t;
    }
    if (hold) {
        const double s = o.value(QLatin1String("seconds")).toDouble(-1);
        if (s != std::floor(s) || s < 3 || s > 120)
            check.report(field + QLatin1String(".seconds"),
                         QStringLiteral("must be a whole number of seconds from 3 to 120"));
        else
            t.seconds = int(s);
        return t;
    }
    const double r = o.value(QLatin1String("reps")).toDouble(-1);
    const double tempo = o.value(QLatin1String("tempoSeconds")).toDouble(-1);
    if (r != std::floor(r) || r < 1 || r > 20)
        check.report(field + QLatin1String(".reps"),
                     QStringLiteral("must be a whole number of repetitions from 1 to 20"));
    else
        t.reps = int(r);
    if (!(tempo >= 1 && tempo <= 10))
        check.report(field + QLatin1String(".tempoSeconds"),
                     QStringLiteral("must be from 1 to 10 seconds per repetition"));
    else
        t.tempoSeconds = tempo;
    return t;
}

} // namespace

QString ContentProblem::toString() const
{
    QString where = file;
    if (!techniqueId.isEmpty())
        where += QStringLiteral(", technique \"%1\"").arg(techniqueId);
    if (!field.isEmpty())
        where += QStringLiteral(", field \"%1\"").arg(field);
    return where + QLatin1String(": ") + message;
}

ContentLoader::ContentLoader(QString audioDir) : m_audioDir(std::move(audioDir)) {}

QString ContentLoader::stepAudioPath(const QString &audioDir, const QString &techniqueId,
                                     int stepIndex)
{
    return QStringLiteral("%1/steps/%2/%3.mp3")
        .arg(audioDir, techniqueId)
        .arg(stepIndex + 1, 2, 10, QLatin1Char('0'));
}

ContentLoadResult ContentLoader::loadDirectory(const QString &contentDir) const
{
    ContentLoadResult result;
    QStringList seenIds;
    const QDir dir(contentDir);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        result.problems.append({contentDir, {}, {}, QStringLiteral("no technique files found")});
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            result.problems.append(
                {name, {}, {}, QStringLiteral("cannot be read: %1").arg(f.errorString())});
            continue;
        }
        parseFile(f.readAll(), name, result, seenIds);
    }
    for (const ContentProblem &p : std::as_const(result.problems))
        qCWarning(lcContent).noquote() << p.toString();
    qCInfo(lcContent) << "loaded" << result.techniques.size() << "techniques with"
                      << result.problems.size() << "problems";
    return result;
}

void ContentLoader::parseFile(const QByteArray &json, const QString &fileName,
                              ContentLoadResult &result, QStringList &seenIds) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems.append({fileName,
                                {},
                                {},
                                QStringLiteral("is not valid JSON (%1 at character %2)")
                                    .arg(error.errorString())
                                    .arg(error.offset)});
        return;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("formatVersion")).toInt(-1) != kFormatVersion) {
        result.problems.append({fileName,
                                {},
                                QStringLiteral("formatVersion"),
                                QStringLiteral("must be %1").arg(kFormatVersion)});
        return;
    }
    const QJsonValue list = root.value(QLatin1String("techniques"));
    if (!list.isArray()) {
        result.problems.append({fileName,
                                {},
                                QStringLiteral("techniques"),
                                QStringLiteral("must be a list of techniques")});
        return;
    }

    static const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    const QJsonArray techniques = list.toArray();
    for (qsizetype index = 0; index < techniques.size(); ++index) {
        const QJsonObject o = techniques.at(index).toObject();
        const QString rawId = o.value(QLatin1String("id")).toString();
        const QString label = rawId.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : rawId;
        TechniqueValidator check(fileName, label, result.problems);
        if (!techniques.at(index).isObject()) {
            check.report({}, QStringLiteral("must be an object"));
            continue;
        }

        Technique t;
        t.sourceFile = fileName;
        t.id = check.requireText(o, QStringLiteral("id"), QStringLiteral("id"));
        if (!t.id.isEmpty() && !kIdPattern.match(t.id).hasMatch())
            check.report(QStringLiteral("id"),
                         QStringLiteral("must be lowercase words joined by hyphens"));
        if (!t.id.isEmpty() && seenIds.contains(t.id))
            check.report(
                QStringLiteral("id"),
                QStringLiteral("is used by another technique already; ids must be unique"));
        t.title = check.requireText(o, QStringLiteral("title"), QStringLiteral("title"));

        t.regions = check.requireTextList(o, QStringLiteral("regions"), QStringLiteral("regions"));
        for (qsizetype i = 0; i < t.regions.size(); ++i) {
            if (!Regions::isKnownBase(t.regions.at(i)))
                check.report(
                    QStringLiteral("regions[%1]").arg(i),
                    QStringLiteral("\"%1\" is not a known region id (known: %2)")
                        .arg(t.regions.at(i), Regions::baseIds().join(QLatin1String(", "))));
        }
        const QString side = check.requireText(o, QStringLiteral("side"), QStringLiteral("side"));
        if (!side.isEmpty() && !parseSide(side, t.side)) {
            check.report(
                QStringLiteral("side"),
                QStringLiteral("\"%1\" is not one of: both, left, right, centre").arg(side));
        } else if (!side.isEmpty()) {
            for (const QString &r : std::as_const(t.regions)) {
                if (Regions::isKnownBase(r) &&
                    Regions::isCentreBase(r) != (t.side == TechniqueSide::Centre)) {
                    check.report(QStringLiteral("side"),
                                 QStringLiteral("\"%1\" does not fit region \"%2\": use \"centre\" "
                                                "for neck, upper-back and lower-back only")
                                     .arg(side, r));
                    break;
                }
            }
        }
        t.goals =
            check.requireTextList(o, QStringLiteral("goals"), QStringLiteral("goals"), kGoals);
        t.purpose = check.requireText(o, QStringLiteral("purpose"), QStringLiteral("purpose"));
        t.startingPosition = check.requireText(o, QStringLiteral("startingPosition"),
                                               QStringLiteral("startingPosition"));
        t.equipment = check.requireTextList(o, QStringLiteral("equipment"),
                                            QStringLiteral("equipment"), kEquipment);
        t.intensity =
            check.requireText(o, QStringLiteral("intensity"), QStringLiteral("intensity"));
        if (!t.intensity.isEmpty() && !kIntensities.contains(t.intensity))
            check.report(
                QStringLiteral("intensity"),
                QStringLiteral("\"%1\" is not one of: gentle, moderate, firm").arg(t.intensity));
        t.cautions =
            check.requireTextList(o, QStringLiteral("cautions"), QStringLiteral("cautions"));
        t.contraindications = check.requireTextList(o, QStringLiteral("contraindications"),
                                                    QStringLiteral("contraindications"));

        const QJsonValue stepsValue = o.value(QLatin1String("steps"));
        const QJsonArray steps = stepsValue.toArray();
        if (!stepsValue.isArray()) {
            check.report(QStringLiteral("steps"), stepsValue.isUndefined()
                                                      ? QStringLiteral("is missing")
                                                      : QStringLiteral("must be a list of steps"));
        } else if (steps.size() < kMinSteps || steps.size() > kMaxSteps) {
            check.report(QStringLiteral("steps"),
                         QStringLiteral("has %1 steps; a technique needs %2 to %3")
                             .arg(steps.size())
                             .arg(kMinSteps)
                             .arg(kMaxSteps));
        }
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString field = QStringLiteral("steps[%1]").arg(i);
            if (!steps.at(i).isObject()) {
                check.report(field, QStringLiteral("must be an object"));
                continue;
            }
            const QJsonObject so = steps.at(i).toObject();
            Step s;
            s.kind = check.requireText(so, QStringLiteral("kind"), field + QLatin1String(".kind"));
            if (!s.kind.isEmpty() && !kStepKinds.contains(s.kind))
                check.report(field + QLatin1String(".kind"),
                             QStringLiteral("\"%1\" is not one of: %2")
                                 .arg(s.kind, kStepKinds.join(QLatin1String(", "))));
            s.text = check.requireText(so, QStringLiteral("text"), field + QLatin1String(".text"));
            s.cue = check.requireText(so, QStringLiteral("cue"), field + QLatin1String(".cue"));
            s.timing = parseTiming(so.value(QLatin1String("timing")),
                                   field + QLatin1String(".timing"), check);
            if (!m_audioDir.isEmpty() && !t.id.isEmpty()) {
                s.audioPath = stepAudioPath(m_audioDir, t.id, int(i));
                if (!QFile::exists(s.audioPath))
                    check.report(field + QLatin1String(".cue"),
                                 QStringLiteral("has no narration clip (expected %1); run "
                                                "tools/make-narration.sh")
                                     .arg(s.audioPath));
            }
            t.steps.append(s);
        }

        if (!t.id.isEmpty())
            seenIds.append(t.id);
        if (check.ok())
            result.techniques.append(t);
    }
}

} // namespace unknot
