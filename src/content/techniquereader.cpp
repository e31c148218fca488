// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/techniquereader.h"

#include "content/contentterms.h"
#include "content/healthflags.h"
#include "content/regions.h"
#include "content/steppicture.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace unknot {

namespace {

// The names in `folder`, without asking anything of each entry: a filtered listing (QDir's
// QDir::Files) asks each bundled clip whether it is hidden, which reads the size stored in
// front of its data, and with the kernel's fault-around that made the whole narration (5 MB)
// resident at start-up. Nothing else is bundled in the narration folders.
QSet<QString> namesIn(const QString &folder)
{
    QSet<QString> names;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        names.insert(it.fileName());
    }
    return names;
}

// Limits from assets/content/FORMAT.md.
constexpr int kMaxContraindications = 6;
constexpr int kMaxPlacementNotes = 4;
constexpr int kMaxFirmer = 2;
constexpr int kMaxPerDay = 3;
constexpr int kMaxPerWeek = 6;   // 7 a week is once a day
constexpr int kMaxPressure = 10; // the pressure guide's scale: 0 none .. 10 worst
constexpr int kMinSteps = 4;
constexpr int kMaxSteps = 8;
constexpr int kMaxTitleChars = 60;
constexpr int kMaxStepTextChars = 90;
constexpr int kMaxCueChars = 220;
constexpr int kMinHoldSeconds = 3;
constexpr int kMaxHoldSeconds = 120;
constexpr int kMinReps = 3;
constexpr int kMaxReps = 12;
constexpr double kMinTempoSeconds = 2;
constexpr double kMaxTempoSeconds = 8;

const QStringList &techniqueFields()
{
    static const QStringList fields = {QStringLiteral("id"),
                                       QStringLiteral("title"),
                                       QStringLiteral("regions"),
                                       QStringLiteral("side"),
                                       QStringLiteral("goals"),
                                       QStringLiteral("purpose"),
                                       QStringLiteral("startingPosition"),
                                       QStringLiteral("equipment"),
                                       QStringLiteral("intensity"),
                                       QStringLiteral("cautions"),
                                       QStringLiteral("contraindications"),
                                       QStringLiteral("healthFlags"),
                                       QStringLiteral("placement"),
                                       QStringLiteral("firmerVersions"),
                                       QStringLiteral("frequency"),
                                       QStringLiteral("steps")};
    return fields;
}

const QStringList &stepFields()
{
    static const QStringList fields = {QStringLiteral("kind"),     QStringLiteral("text"),
                                       QStringLiteral("cue"),      QStringLiteral("timing"),
                                       QStringLiteral("pressure"), QStringLiteral("picture")};
    return fields;
}

constexpr QLatin1String kTimingShapes("use {\"seconds\": N} for a hold or {\"reps\": N, "
                                      "\"tempoSeconds\": T} for repetitions");

QString joined(const QStringList &list)
{
    return list.join(QLatin1String(", "));
}

// Content problems are for content authors and stay in English (not tr()), so the English
// plural rule is all there is to follow.
QString entries(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 entry") : QStringLiteral("%1 entries").arg(n);
}

// The value as a content author wrote it: numbers as numbers, anything else by its type.
QString describeValue(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble()) : describeJsonType(v);
}

QString stepField(qsizetype index, const QString &key = {})
{
    const QString step = QStringLiteral("step %1").arg(index + 1);
    return key.isEmpty() ? step : step + QLatin1Char(' ') + key;
}

// Reads fields of one JSON object, reporting each defect against the technique.
class FieldReader
{
public:
    explicit FieldReader(TechniqueCheck &check) : m_check(check) {}

    QString text(const QJsonObject &o, const QString &key, const QString &field, int maxChars = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            m_check.report(field, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isString()) {
            m_check.report(field,
                           QStringLiteral("must be text, but is %1").arg(describeJsonType(v)));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            m_check.report(field, QStringLiteral("is empty"));
        else if (maxChars > 0 && s.size() > maxChars)
            m_check.report(field, QStringLiteral("is %1 characters long; keep it to %2 or fewer")
                                      .arg(s.size())
                                      .arg(maxChars));
        return s;
    }

    // A list of short texts with `min`..`max` entries (max < 0: no upper limit), each one of
    // `allowed` when that is given (`unknownWhat` says what an unknown entry is not).
    QStringList textList(const QJsonObject &o, const QString &key, int min, int max,
                         const QStringList &allowed = {}, const QString &unknownWhat = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            m_check.report(key, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isArray()) {
            m_check.report(key,
                           QStringLiteral("must be a list, but is %1").arg(describeJsonType(v)));
            return {};
        }
        const QJsonArray a = v.toArray();
        const QString range = max < 0 ? QStringLiteral("at least %1").arg(entries(min))
                                      : QStringLiteral("%1 to %2").arg(min).arg(entries(max));
        if (a.isEmpty() && min > 0)
            m_check.report(key, QStringLiteral("is an empty list; it needs %1").arg(range));
        else if (!a.isEmpty() && (a.size() < min || (max >= 0 && a.size() > max)))
            m_check.report(key,
                           QStringLiteral("has %1; it needs %2").arg(entries(a.size()), range));
        QStringList items;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue item = a.at(i);
            const QString s = item.toString().trimmed();
            if (!item.isString() || s.isEmpty()) {
                m_check.report(key, QStringLiteral("entry %1 must be text, but is %2")
                                        .arg(i + 1)
                                        .arg(item.isString() ? QStringLiteral("empty")
                                                             : describeJsonType(item)));
            } else if (!allowed.isEmpty() && !allowed.contains(s)) {
                m_check.report(key, QStringLiteral("\"%1\" is not %2; use one of: %3")
                                        .arg(s, unknownWhat, joined(allowed)));
            } else if (items.contains(s)) {
                m_check.report(key, QStringLiteral("lists \"%1\" twice").arg(s));
            } else {
                items << s;
            }
        }
        return items;
    }

    void rejectUnknownKeys(const QJsonObject &o, const QStringList &known,
                           const QString &fieldPrefix, const QString &what)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                m_check.report(fieldPrefix + it.key(),
                               QStringLiteral("is not a %1 field; check its spelling (%1 fields: "
                                              "%2)")
                                   .arg(what, joined(known)));
        }
    }

private:
    TechniqueCheck &m_check;
};

// A whole number in [min, max], or -1 after reporting why not.
int wholeNumber(const QJsonObject &o, const QString &key, int min, int max, const QString &field,
                TechniqueCheck &check)
{
    const QJsonValue v = o.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
        check.report(field, QStringLiteral("\"%1\" must be a whole number from %2 to %3, but is %4")
                                .arg(key)
                                .arg(min)
                                .arg(max)
                                .arg(describeValue(v)));
        return -1;
    }
    return int(d);
}

StepTiming readTiming(const QJsonObject &step, const QString &field, TechniqueCheck &check)
{
    StepTiming t;
    const QJsonValue v = step.value(QLatin1String("timing"));
    if (v.isUndefined()) {
        check.report(field, QStringLiteral("is missing; ") + kTimingShapes);
        return t;
    }
    if (!v.isObject()) {
        check.report(field,
                     QStringLiteral("must be an object, but is %1; ").arg(describeJsonType(v)) +
                         kTimingShapes);
        return t;
    }
    const QJsonObject o = v.toObject();
    const QString seconds = QStringLiteral("seconds");
    const QString reps = QStringLiteral("reps");
    const QString tempo = QStringLiteral("tempoSeconds");
    for (const QString &key : o.keys()) {
        if (key != seconds && key != reps && key != tempo) {
            check.report(field,
                         QStringLiteral("has an unknown key \"%1\"; ").arg(key) + kTimingShapes);
            return t;
        }
    }
    if (o.isEmpty()) {
        check.report(field, QStringLiteral("is empty; ") + kTimingShapes);
    } else if (o.contains(seconds) && (o.contains(reps) || o.contains(tempo))) {
        check.report(field, QStringLiteral("mixes a hold and repetitions; ") + kTimingShapes);
    } else if (o.contains(seconds)) {
        t.seconds =
            std::max(0, wholeNumber(o, seconds, kMinHoldSeconds, kMaxHoldSeconds, field, check));
    } else if (!o.contains(tempo)) {
        check.report(field, QStringLiteral("has \"reps\" but no \"tempoSeconds\" (seconds per "
                                           "repetition)"));
    } else if (!o.contains(reps)) {
        check.report(field, QStringLiteral("has \"tempoSeconds\" but no \"reps\" (how many "
                                           "repetitions)"));
    } else {
        t.reps = std::max(0, wholeNumber(o, reps, kMinReps, kMaxReps, field, check));
        const QJsonValue tv = o.value(tempo);
        const double ts = tv.toDouble();
        if (!tv.isDouble() || ts < kMinTempoSeconds || ts > kMaxTempoSeconds) {
            check.report(field, QStringLiteral("\"tempoSeconds\" must be from %1 to %2 seconds "
                                               "per repetition, but is %3")
                                    .arg(kMinTempoSeconds)
                                    .arg(kMaxTempoSeconds)
                                    .arg(describeValue(tv)));
        } else {
            t.tempoSeconds = ts;
        }
    }
    return t;
}

Frequency readFrequency(const QJsonValue &v, TechniqueCheck &check)
{
    const QString field = QStringLiteral("frequency");
    constexpr QLatin1String kShapes("use {\"perDay\": N} (1 to 3) or {\"perWeek\": N} (1 to 6)");
    Frequency f;
    const QJsonObject o = v.toObject();
    const bool perDay = o.contains(QLatin1String("perDay"));
    if (!v.isObject() || o.size() != 1 || (!perDay && !o.contains(QLatin1String("perWeek")))) {
        check.report(field, QStringLiteral("must be one of two shapes; ") + kShapes);
        return f;
    }
    if (perDay)
        f.perDay =
            std::max(0, wholeNumber(o, QStringLiteral("perDay"), 1, kMaxPerDay, field, check));
    else
        f.perWeek =
            std::max(0, wholeNumber(o, QStringLiteral("perWeek"), 1, kMaxPerWeek, field, check));
    return f;
}

// The active-release pattern of FORMAT.md; only meaningful once every step kind is valid.
void checkPattern(const QStringList &kinds, TechniqueCheck &check)
{
    const QString field = QStringLiteral("steps");
    if (kinds.first() != QLatin1String("position"))
        check.report(field, QStringLiteral("step 1 must be \"position\" (set up and shorten the "
                                           "muscle), but is \"%1\"")
                                .arg(kinds.first()));
    const qsizetype firstPin = kinds.indexOf(QLatin1String("pin"));
    const qsizetype firstMove = kinds.indexOf(QLatin1String("move"));
    if (firstPin < 0)
        check.report(field, QStringLiteral("has no \"pin\" step"));
    if (firstMove < 0)
        check.report(field, QStringLiteral("has no \"move\" step"));
    if (firstPin >= 0 && firstMove >= 0 && firstPin > firstMove)
        check.report(field, QStringLiteral("moves (step %1) before the first pin (step %2); pin "
                                           "the tight spot first")
                                .arg(firstMove + 1)
                                .arg(firstPin + 1));
    if (!kinds.contains(QLatin1String("release")))
        check.report(field, QStringLiteral("has no \"release\" step"));
    const qsizetype shift = kinds.indexOf(QLatin1String("shift"));
    if (shift < 0)
        check.report(field, QStringLiteral("has no \"shift\" step (move the pin and repeat)"));
    else if (kinds.indexOf(QLatin1String("move"), shift + 1) < 0)
        check.report(
            field,
            QStringLiteral("has no \"move\" step after the \"shift\" (step %1)").arg(shift + 1));
    if (kinds.last() != QLatin1String("rest") && kinds.last() != QLatin1String("release"))
        check.report(field, QStringLiteral("the last step must be \"rest\" or \"release\", but "
                                           "is \"%1\"")
                                .arg(kinds.last()));
}

QList<Step> readSteps(const QJsonObject &o, const QString &techniqueId, const QList<Side> &sides,
                      const QString &audioDir, TechniqueCheck &check)
{
    FieldReader read(check);
    QList<Step> steps;
    const QJsonValue v = o.value(QLatin1String("steps"));
    if (v.isUndefined()) {
        check.report(QStringLiteral("steps"), QStringLiteral("is missing"));
        return steps;
    }
    if (!v.isArray()) {
        check.report(QStringLiteral("steps"),
                     QStringLiteral("must be a list of steps, but is %1").arg(describeJsonType(v)));
        return steps;
    }
    const QJsonArray a = v.toArray();
    // The clips present, from one listing of the technique's folder: asking for each file
    // would touch every clip's data in the bundled resources (megabytes read at start-up).
    QSet<QString> clipsPresent;
    if (!audioDir.isEmpty() && !techniqueId.isEmpty()) {
        const QString folder = QFileInfo(ContentLoader::stepClipName(techniqueId, 0)).path();
        const QSet<QString> names = namesIn(audioDir + QLatin1Char('/') + folder);
        for (const QString &name : names)
            clipsPresent.insert(folder + QLatin1Char('/') + name);
    }
    if (a.isEmpty())
        check.report(QStringLiteral("steps"),
                     QStringLiteral("is empty; a technique needs %1 to %2 steps")
                         .arg(kMinSteps)
                         .arg(kMaxSteps));
    else if (a.size() < kMinSteps || a.size() > kMaxSteps)
        check.report(QStringLiteral("steps"), QStringLiteral("has %1 steps; a technique needs %2 "
                                                             "to %3")
                                                  .arg(a.size())
                                                  .arg(kMinSteps)
                                                  .arg(kMaxSteps));

    static const QRegularExpression kRepeatOtherSide(
        QStringLiteral("\\brepeat\\b[^.]*\\bother side\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kSideWord(QStringLiteral("\\b(left|right)\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kDigit(QStringLiteral("[0-9]"));
    bool kindsValid = true;
    QStringList kinds;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isObject()) {
            check.report(stepField(i), QStringLiteral("must be an object with kind, text, cue "
                                                      "and timing, but is %1")
                                           .arg(describeJsonType(a.at(i))));
            kindsValid = false;
            continue;
        }
        const QJsonObject so = a.at(i).toObject();
        Step s;
        s.kind = read.text(so, QStringLiteral("kind"), stepField(i, QStringLiteral("kind")));
        if (!s.kind.isEmpty() && !ContentTerms::stepKinds().contains(s.kind)) {
            check.report(stepField(i, QStringLiteral("kind")),
                         QStringLiteral("\"%1\" is not a kind of step; use one of: %2")
                             .arg(s.kind, joined(ContentTerms::stepKinds())));
        }
        kindsValid = kindsValid && ContentTerms::stepKinds().contains(s.kind);
        kinds << s.kind;
        s.text = read.text(so, QStringLiteral("text"), stepField(i, QStringLiteral("text")),
                           kMaxStepTextChars);
        s.cue =
            read.text(so, QStringLiteral("cue"), stepField(i, QStringLiteral("cue")), kMaxCueChars);
        const QRegularExpressionMatch digit = kDigit.match(s.cue);
        if (digit.hasMatch())
            check.report(stepField(i, QStringLiteral("cue")),
                         QStringLiteral("contains the digit \"%1\"; spell numbers out in words "
                                        "that are spoken")
                             .arg(digit.captured()));
        if (sides.size() > 1 || sides.value(0) == Side::Centre) {
            // The session runs the second side itself (each-side): telling the user to do it
            // again would make them do it twice, or end a session that is only half done.
            for (const auto &[key, value] : {std::pair{QStringLiteral("text"), s.text},
                                             std::pair{QStringLiteral("cue"), s.cue}}) {
                if (kRepeatOtherSide.match(value).hasMatch())
                    check.report(stepField(i, key),
                                 QStringLiteral("tells the user to repeat on the other side; a "
                                                "technique worked one side at a time has side "
                                                "\"each-side\" (centre) or \"both\" (limbs), "
                                                "and the app runs the second side itself"));
            }
        }
        if (sides == QList<Side>{Side::Left, Side::Right}) {
            for (const auto &[key, value] : {std::pair{QStringLiteral("text"), s.text},
                                             std::pair{QStringLiteral("cue"), s.cue}}) {
                const QRegularExpressionMatch word = kSideWord.match(value);
                if (word.hasMatch())
                    check.report(stepField(i, key),
                                 QStringLiteral("says \"%1\", but this technique is done on both "
                                                "sides and the app announces each side; say "
                                                "\"the working arm\", \"the other hand\" and so "
                                                "on")
                                     .arg(word.captured()));
            }
        }
        s.timing = readTiming(so, stepField(i, QStringLiteral("timing")), check);
        if (so.contains(QLatin1String("pressure")))
            s.pressure = wholeNumber(so, QStringLiteral("pressure"), 0, kMaxPressure,
                                     stepField(i, QStringLiteral("pressure")), check);
        read.rejectUnknownKeys(so, stepFields(), stepField(i) + QLatin1Char(' '),
                               QStringLiteral("step"));
        if (!audioDir.isEmpty() && !techniqueId.isEmpty()) {
            const QString clip = ContentLoader::stepClipName(techniqueId, int(i));
            s.audioPath = audioDir + QLatin1Char('/') + clip;
            if (!clipsPresent.contains(clip))
                check.report(stepField(i, QStringLiteral("cue")),
                             QStringLiteral("has no narration clip (%1 is missing); run "
                                            "tools/make-narration.sh")
                                 .arg(clip));
        }
        steps.append(s);
    }
    if (kindsValid && a.size() >= kMinSteps && a.size() <= kMaxSteps)
        checkPattern(kinds, check);
    return steps;
}

} // namespace

TechniqueCheck::TechniqueCheck(QString file, QString techniqueId, QList<ContentProblem> &out)
    : m_file(std::move(file)), m_techniqueId(std::move(techniqueId)), m_out(out)
{}

void TechniqueCheck::report(const QString &field, const QString &message)
{
    m_out.append({m_file, m_techniqueId, field, message});
    m_ok = false;
}

QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

Technique readTechnique(const QJsonObject &o, const QString &audioDir, TechniqueCheck &check)
{
    static const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    FieldReader read(check);
    Technique t;

    t.id = read.text(o, QStringLiteral("id"), QStringLiteral("id"));
    if (!t.id.isEmpty() && !kIdPattern.match(t.id).hasMatch()) {
        check.report(QStringLiteral("id"),
                     QStringLiteral("\"%1\" must be lowercase letters and digits in words joined "
                                    "by hyphens, like \"calf-ball-release\"")
                         .arg(t.id));
        t.id.clear(); // no audio path can be derived from it
    }
    t.title = read.text(o, QStringLiteral("title"), QStringLiteral("title"), kMaxTitleChars);

    t.regions = read.textList(o, QStringLiteral("regions"), 1, 3, Regions::baseIds(),
                              QStringLiteral("a known region"));
    const QString side = read.text(o, QStringLiteral("side"), QStringLiteral("side"));
    static const QHash<QString, QList<Side>> kSides = {
        {QStringLiteral("both"), {Side::Left, Side::Right}},
        {QStringLiteral("left"), {Side::Left}},
        {QStringLiteral("right"), {Side::Right}},
        {QStringLiteral("centre"), {Side::Centre}},
        {QStringLiteral("each-side"), {Side::Centre, Side::Centre}}};
    if (!side.isEmpty() && !kSides.contains(side)) {
        check.report(QStringLiteral("side"),
                     QStringLiteral("\"%1\" is not a side; use one of: both, left, right, "
                                    "centre, each-side")
                         .arg(side));
    } else if (!side.isEmpty()) {
        t.sides = kSides.value(side);
        for (const QString &r : std::as_const(t.regions)) {
            if (Regions::isCentreBase(r) != t.isCentre()) {
                check.report(QStringLiteral("side"),
                             QStringLiteral("\"%1\" does not fit region \"%2\": \"centre\" and "
                                            "\"each-side\" are for neck, upper-back and "
                                            "lower-back, and only for them")
                                 .arg(side, r));
                break;
            }
        }
    }
    t.goals = read.textList(o, QStringLiteral("goals"), 1, -1, ContentTerms::goals(),
                            QStringLiteral("a known goal"));
    t.purpose = read.text(o, QStringLiteral("purpose"), QStringLiteral("purpose"));
    t.startingPosition =
        read.text(o, QStringLiteral("startingPosition"), QStringLiteral("startingPosition"));
    t.equipment = read.textList(o, QStringLiteral("equipment"), 1, -1, ContentTerms::equipment(),
                                QStringLiteral("known equipment"));
    if (t.equipment.size() > 1 && t.equipment.contains(QLatin1String("none")))
        check.report(QStringLiteral("equipment"),
                     QStringLiteral("lists \"none\" together with other equipment; \"none\" must "
                                    "be the only entry"));
    t.intensity = read.text(o, QStringLiteral("intensity"), QStringLiteral("intensity"));
    if (!t.intensity.isEmpty() && !ContentTerms::intensities().contains(t.intensity))
        check.report(QStringLiteral("intensity"),
                     QStringLiteral("\"%1\" is not an intensity; use one of: %2")
                         .arg(t.intensity, joined(ContentTerms::intensities())));
    t.cautions = read.textList(o, QStringLiteral("cautions"), 1, 4);
    t.contraindications =
        read.textList(o, QStringLiteral("contraindications"), 1, kMaxContraindications);
    // Optional in the reader (a technique without any is simply never raised by the health
    // checklist); the authoring rules require it of bundled content.
    if (o.contains(QLatin1String("healthFlags")))
        t.healthFlagIds =
            read.textList(o, QStringLiteral("healthFlags"), 0, int(HealthFlags::ids().size()),
                          HealthFlags::ids(), QStringLiteral("a health flag"));
    if (o.contains(QLatin1String("placement")))
        t.placement = read.textList(o, QStringLiteral("placement"), 0, kMaxPlacementNotes);
    if (o.contains(QLatin1String("firmerVersions"))) {
        t.firmerVersionIds = read.textList(o, QStringLiteral("firmerVersions"), 0, kMaxFirmer);
        if (t.firmerVersionIds.contains(t.id))
            check.report(QStringLiteral("firmerVersions"),
                         QStringLiteral("lists the technique itself"));
    }
    if (o.contains(QLatin1String("frequency")))
        t.frequency = readFrequency(o.value(QLatin1String("frequency")), check);
    t.steps = readSteps(o, t.id, t.sides, audioDir, check);
    if (!audioDir.isEmpty() && !t.id.isEmpty()) {
        // Optional here (a missing clip leaves the line shown but unspoken); the narration
        // check requires it of bundled content.
        const QString clip = ContentLoader::safetyClipName(t.id);
        if (namesIn(audioDir + QLatin1Char('/') + QFileInfo(clip).path())
                .contains(QFileInfo(clip).fileName()))
            t.safetyAudioPath = audioDir + QLatin1Char('/') + clip;
    }
    StepPictures::read(o, t, check);
    read.rejectUnknownKeys(o, techniqueFields(), {}, QStringLiteral("technique"));
    return t;
}

} // namespace unknot
