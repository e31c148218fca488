// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/authoringrules.h"

#include "content/contentterms.h"
#include "content/healthflags.h"
#include "content/regions.h"

#include <QHash>
#include <QRegularExpression>

namespace unknot {

namespace {

// Limits from assets/content/FORMAT.md.
constexpr int kMaxLongTextChars = 300; // purpose, startingPosition
constexpr int kMaxSafetyChars = 200;   // each caution and contraindication
constexpr int kMinTechniques = 26;
constexpr int kMinScarTechniques = 2;

// Regions most people ask about: each needs a choice of techniques.
const QStringList &bigRegions()
{
    static const QStringList ids = {
        QStringLiteral("lower-back"),    QStringLiteral("hamstring"),
        QStringLiteral("quadriceps"),    QStringLiteral("calf-achilles"),
        QStringLiteral("forearm-wrist"), QStringLiteral("shoulder")};
    return ids;
}

// Goals that must be served in particular regions.
const QList<std::pair<QString, QStringList>> &goalRegions()
{
    static const QList<std::pair<QString, QStringList>> pairs = {
        {QStringLiteral("range-of-motion"),
         {QStringLiteral("shoulder"), QStringLiteral("elbow"), QStringLiteral("hip"),
          QStringLiteral("hand")}},
        {QStringLiteral("lower-back-pain"), {QStringLiteral("lower-back")}},
        {QStringLiteral("carpal-tunnel"), {QStringLiteral("forearm-wrist")}},
        {QStringLiteral("running"),
         {QStringLiteral("hamstring"), QStringLiteral("quadriceps"),
          QStringLiteral("calf-achilles")}}};
    return pairs;
}

// Capitalised inside a sentence-case title because they are names.
const QStringList &titleProperNouns()
{
    static const QStringList words = {QStringLiteral("Achilles")};
    return words;
}

// Pieces ending in . ! or ?, the way a reader counts sentences.
qsizetype sentenceCount(const QString &text)
{
    static const QRegularExpression kBreak(QStringLiteral("(?<=[.!?])\\s+"));
    return text.trimmed().split(kBreak, Qt::SkipEmptyParts).size();
}

// The words by which a contraindication names each health-checklist condition.
const QList<std::pair<QString, QRegularExpression>> &flagWords()
{
    const auto words = [](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern),
                                  QRegularExpression::CaseInsensitiveOption);
    };
    static const QList<std::pair<QString, QRegularExpression>> pairs = {
        {HealthFlags::kRecentInjuryOrSurgery,
         words("\\b(injury|injured|surgery|operation|tear|strain|sprain|dislocation|"
               "whiplash)\\b")},
        {HealthFlags::kFracture, words("\\bfractures?\\b")},
        {HealthFlags::kWoundOrInfection,
         words("\\b(wounds?|broken skin|cuts?|infection|infected|fever)\\b")},
        {HealthFlags::kBloodThinners, words("\\bblood[- ]thinn(ing|ers?)\\b")},
        {HealthFlags::kWorseningNumbness, words("\\b(numb|numbness|weak|weakness)\\b")},
        {HealthFlags::kPregnancy, words("\\bpregnan(t|cy)\\b")},
        {HealthFlags::kDiabeticFeet, words("\\bdiabet(es|ic)\\b")},
        {HealthFlags::kSteroidInjection, words("\\bsteroid\\b")}};
    return pairs;
}

class StyleCheck
{
public:
    StyleCheck(const Technique &t, QList<ContentProblem> &out) : m_t(t), m_out(out) {}

    void report(const QString &field, const QString &message)
    {
        m_out.append({m_t.sourceFile, m_t.id, field, message});
    }

    // A sentence (or a few): capital first letter, closing punctuation, no double spaces.
    void prose(const QString &field, const QString &text, int maxChars, int minSentences,
               int maxSentences)
    {
        if (text.isEmpty())
            return; // the reader has reported it
        if (text.contains(QLatin1String("  ")))
            report(field, QStringLiteral("contains a double space"));
        if (maxChars > 0 && text.size() > maxChars)
            report(field, QStringLiteral("is %1 characters long; keep it to %2 or fewer")
                              .arg(text.size())
                              .arg(maxChars));
        if (text.front().isLower())
            report(field, QStringLiteral("must start with a capital letter"));
        if (!QStringLiteral(".!?").contains(text.back()))
            report(field, QStringLiteral("must end with . ! or ?"));
        const qsizetype n = sentenceCount(text);
        if (n < minSentences || n > maxSentences)
            report(field, QStringLiteral("has %1 sentences; it needs %2 to %3")
                              .arg(n)
                              .arg(minSentences)
                              .arg(maxSentences));
    }

    void title()
    {
        const QString &title = m_t.title;
        if (title.isEmpty())
            return;
        const QString field = QStringLiteral("title");
        if (!title.front().isUpper())
            report(field, QStringLiteral("must start with a capital letter"));
        const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (words[i].front().isUpper() && !titleProperNouns().contains(words[i]))
                report(field, QStringLiteral("is written in sentence case: \"%1\" should be "
                                             "lower case")
                                  .arg(words[i]));
        }
        if (QStringLiteral(".!?").contains(title.back()))
            report(field, QStringLiteral("must not end with punctuation"));
    }

private:
    const Technique &m_t;
    QList<ContentProblem> &m_out;
};

} // namespace

namespace AuthoringRules {

QList<ContentProblem> checkFileName(const QString &fileName)
{
    static const QRegularExpression kName(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*\\.json$"));
    if (kName.match(fileName).hasMatch())
        return {};
    return {{fileName,
             {},
             {},
             QStringLiteral("the file name must be lowercase words joined by hyphens, ending "
                            "in .json")}};
}

QList<ContentProblem> checkStyle(const Technique &t)
{
    QList<ContentProblem> problems;
    StyleCheck check(t, problems);
    check.title();
    check.prose(QStringLiteral("purpose"), t.purpose, kMaxLongTextChars, 1, 2);
    static const QRegularExpression kPromise(QStringLiteral("\\b(cure|cures|cured|heal|heals|"
                                                            "guarantee)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch promise = kPromise.match(t.purpose);
    if (promise.hasMatch())
        check.report(QStringLiteral("purpose"),
                     QStringLiteral("says \"%1\"; make no cure or healing promises")
                         .arg(promise.captured()));
    check.prose(QStringLiteral("startingPosition"), t.startingPosition, kMaxLongTextChars, 1, 2);
    for (qsizetype i = 0; i < t.cautions.size(); ++i)
        check.prose(QStringLiteral("cautions entry %1").arg(i + 1), t.cautions[i], kMaxSafetyChars,
                    1, 2);
    static const QRegularExpression kWhenToStop(QStringLiteral("^(Stop|Ease off)\\b"));
    for (qsizetype i = 0; i < t.cautions.size(); ++i) {
        if (!kWhenToStop.match(t.cautions[i]).hasMatch())
            check.report(QStringLiteral("cautions entry %1").arg(i + 1),
                         QStringLiteral("must say when to stop (\"Stop if ...\" or \"Ease off "
                                        "...\"); where to press belongs in \"placement\""));
    }
    for (qsizetype i = 0; i < t.placement.size(); ++i)
        check.prose(QStringLiteral("placement entry %1").arg(i + 1), t.placement[i],
                    kMaxSafetyChars, 1, 2);
    for (qsizetype i = 0; i < t.contraindications.size(); ++i)
        check.prose(QStringLiteral("contraindications entry %1").arg(i + 1), t.contraindications[i],
                    kMaxSafetyChars, 1, 2);
    for (qsizetype i = 0; i < t.steps.size(); ++i) {
        const Step &s = t.steps[i];
        // Lengths are the reader's; a step text is one sentence or a short phrase.
        check.prose(QStringLiteral("step %1 text").arg(i + 1), s.text, 0, 1, 99);
        check.prose(QStringLiteral("step %1 cue").arg(i + 1), s.cue, 0, 1, 3);
    }
    return problems;
}

QList<ContentProblem> checkGuidance(const Technique &t)
{
    QList<ContentProblem> problems;
    if (!t.frequency.isSet())
        problems << ContentProblem{t.sourceFile, t.id, QStringLiteral("frequency"),
                                   QStringLiteral("is missing; say how often to do it "
                                                  "({\"perDay\": N} or {\"perWeek\": N})")};
    return problems;
}

QList<ContentProblem> checkSafety(const Technique &t)
{
    QList<ContentProblem> problems;
    StyleCheck check(t, problems);
    const QString field = QStringLiteral("healthFlags");
    if (t.healthFlags().isEmpty())
        check.report(field, QStringLiteral("lists no health flag; name the health-checklist "
                                           "conditions that concern this technique"));
    for (const auto &[flag, words] : flagWords()) {
        const bool flagged = t.healthFlags().contains(flag);
        qsizetype naming = -1;
        for (qsizetype i = 0; i < t.contraindications.size() && naming < 0; ++i) {
            if (words.match(t.contraindications[i]).hasMatch())
                naming = i;
        }
        if (flagged && naming < 0)
            check.report(field, QStringLiteral("lists \"%1\", but no contraindication says so; "
                                               "spell it out for the reader")
                                    .arg(flag));
        else if (!flagged && naming >= 0)
            check.report(QStringLiteral("contraindications entry %1").arg(naming + 1),
                         QStringLiteral("names a health-checklist condition (\"%1\"), but "
                                        "healthFlags does not list it")
                             .arg(flag));
    }
    // Places no pin may press on (nerves, vessels, the spine, joints' soft hollows): a step
    // sentence naming one must be telling the user to keep off it.
    static const QRegularExpression kKeepOffZone(
        QStringLiteral("\\b(middle of (your|the) buttock|groin|inner thigh|front of (your|the) "
                       "neck|throat|back of (your|the) knee|on (your|the) (lower )?spine|wrist "
                       "crease|elbow crease)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kKeepingOff(
        QStringLiteral("\\b(off|away|never|not|avoid|out of|clear of)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kSentenceBreak(QStringLiteral("(?<=[.!?;])\\s+"));
    // A gentle technique that asks for firm or deep pressure is not gentle.
    static const QRegularExpression kStrongPressure(
        QStringLiteral("\\b(firm|firmly|deeper|harder|hard)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const bool gentle = t.intensity == QLatin1String("gentle");
    for (qsizetype i = 0; i < t.steps.size(); ++i) {
        for (const auto &[key, value] : {std::pair{QStringLiteral("text"), t.steps[i].text},
                                         std::pair{QStringLiteral("cue"), t.steps[i].cue}}) {
            const QString stepField = QStringLiteral("step %1 %2").arg(i + 1).arg(key);
            for (const QString &sentence : value.split(kSentenceBreak, Qt::SkipEmptyParts)) {
                const QRegularExpressionMatch zone = kKeepOffZone.match(sentence);
                if (zone.hasMatch() && !kKeepingOff.match(sentence).hasMatch())
                    check.report(stepField, QStringLiteral("places pressure on the %1; pin beside "
                                                           "it, or say to keep off it")
                                                .arg(zone.captured().toLower()));
            }
            const QRegularExpressionMatch strong = kStrongPressure.match(value);
            if (gentle && strong.hasMatch())
                check.report(stepField,
                             QStringLiteral("says \"%1\" in a gentle technique; ask for light "
                                            "pressure, or make the technique moderate or firm")
                                 .arg(strong.captured()));
        }
    }

    // Pressure targets: every step that presses says how hard, within what the intensity
    // promises (the pressure guide: 3 gentle, 6 moderate, 8 firm; 9-10 always means ease off).
    static const QHash<QString, int> kMaxPressureFor = {{QStringLiteral("gentle"), 3},
                                                        {QStringLiteral("moderate"), 6},
                                                        {QStringLiteral("firm"), 8}};
    static const QStringList kPressing = {QStringLiteral("pin"), QStringLiteral("move"),
                                          QStringLiteral("shift")};
    for (qsizetype i = 0; i < t.steps.size(); ++i) {
        const Step &s = t.steps[i];
        const QString stepField = QStringLiteral("step %1 pressure").arg(i + 1);
        const int cap = kMaxPressureFor.value(t.intensity, 8);
        if (kPressing.contains(s.kind) && s.pressure < 0)
            check.report(stepField, QStringLiteral("is missing; a \"%1\" step needs a target on "
                                                   "the 0-10 pressure scale")
                                        .arg(s.kind));
        else if (s.pressure > cap)
            check.report(stepField, QStringLiteral("is %1, above %2 for a %3 technique")
                                        .arg(s.pressure)
                                        .arg(cap)
                                        .arg(t.intensity));
    }

    // Firm pressure, and a ball or roller under body weight, bruise someone whose blood clots
    // slowly.
    const bool bruising = t.intensity == QLatin1String("firm") ||
                          t.equipment.contains(QLatin1String("massage-ball")) ||
                          t.equipment.contains(QLatin1String("foam-roller"));
    if (bruising && !t.healthFlags().contains(HealthFlags::kBloodThinners))
        check.report(field, QStringLiteral("lacks \"blood-thinners\": firm pressure and ball or "
                                           "roller work can bruise"));
    return problems;
}

QList<ContentProblem> checkCoverage(const QList<Technique> &techniques)
{
    QList<ContentProblem> problems;
    const QString library = QStringLiteral("library");
    const auto report = [&](const QString &message) {
        problems.append({library, {}, {}, message});
    };
    if (techniques.size() < kMinTechniques)
        report(QStringLiteral("too few techniques: %1, at least %2 needed")
                   .arg(techniques.size())
                   .arg(kMinTechniques));
    const auto serves = [&](const QString &goal, const QString &region) {
        return std::any_of(techniques.begin(), techniques.end(), [&](const Technique &t) {
            return (goal.isEmpty() || t.goals.contains(goal)) &&
                   (region.isEmpty() || t.regions.contains(region));
        });
    };
    for (const QString &region : Regions::baseIds()) {
        const auto count =
            std::count_if(techniques.begin(), techniques.end(),
                          [&](const Technique &t) { return t.regions.contains(region); });
        const int need = bigRegions().contains(region) ? 2 : 1;
        if (count < need)
            report(QStringLiteral("too few techniques for region \"%1\": %2, at least %3 needed")
                       .arg(region)
                       .arg(count)
                       .arg(need));
    }
    for (const QString &goal : ContentTerms::goals()) {
        if (!serves(goal, {}))
            report(QStringLiteral("no technique serves the goal \"%1\"").arg(goal));
    }
    for (const auto &[goal, regions] : goalRegions()) {
        for (const QString &region : regions) {
            if (!serves(goal, region))
                report(QStringLiteral("no technique serves the goal \"%1\" in region \"%2\"")
                           .arg(goal, region));
        }
    }
    // A firmer version is firmer, and works the same place.
    const QStringList intensities = ContentTerms::intensities();
    for (const Technique &t : techniques) {
        for (const QString &id : t.firmerVersionIds) {
            const auto firmer = std::find_if(techniques.begin(), techniques.end(),
                                             [&](const Technique &o) { return o.id == id; });
            if (firmer == techniques.end())
                continue; // the loader has reported it
            const bool sharesRegion =
                std::any_of(t.regions.begin(), t.regions.end(),
                            [&](const QString &r) { return firmer->regions.contains(r); });
            if (intensities.indexOf(firmer->intensity) <= intensities.indexOf(t.intensity) ||
                !sharesRegion)
                problems.append({t.sourceFile, t.id, QStringLiteral("firmerVersions"),
                                 QStringLiteral("\"%1\" is not a firmer version of this "
                                                "technique: it must be more intense and work a "
                                                "region this one works")
                                     .arg(id)});
        }
    }
    const auto scar = std::count_if(techniques.begin(), techniques.end(), [](const Technique &t) {
        return t.goals.contains(QLatin1String("scar-tissue"));
    });
    if (scar < kMinScarTechniques)
        report(QStringLiteral("too few scar-tissue techniques: %1, at least %2 needed")
                   .arg(scar)
                   .arg(kMinScarTechniques));
    return problems;
}

} // namespace AuthoringRules
} // namespace unknot
