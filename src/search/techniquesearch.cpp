// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/techniquesearch.h"

#include "content/contentterms.h"
#include "content/regions.h"
#include "search/textmatch.h"

#include <QSet>

#include <algorithm>

namespace unknot {

namespace {

// Words that say little on their own: they may be typed, but need not match anything.
bool isFiller(const QString &word)
{
    static const QSet<QString> filler = {
        QStringLiteral("pain"),    QStringLiteral("painful"),   QStringLiteral("ache"),
        QStringLiteral("aching"),  QStringLiteral("sore"),      QStringLiteral("soreness"),
        QStringLiteral("tight"),   QStringLiteral("tightness"), QStringLiteral("stiff"),
        QStringLiteral("hurt"),    QStringLiteral("hurting"),   QStringLiteral("my"),
        QStringLiteral("the"),     QStringLiteral("a"),         QStringLiteral("an"),
        QStringLiteral("of"),      QStringLiteral("in"),        QStringLiteral("on"),
        QStringLiteral("for"),     QStringLiteral("and"),       QStringLiteral("with"),
        QStringLiteral("i"),       QStringLiteral("have"),      QStringLiteral("release"),
        QStringLiteral("problem"), QStringLiteral("help")};
    return filler.contains(word);
}

constexpr double kTitleWeight = 1.0;
constexpr double kConditionWeight = 1.1;
constexpr double kRegionWeight = 0.8;
constexpr double kGoalWeight = 0.6;

} // namespace

void TechniqueSearch::setContent(const QList<Technique> &techniques,
                                 const QList<Condition> &conditions)
{
    m_entries.clear();
    m_conditions = conditions;
    for (const Technique &t : techniques) {
        Entry e;
        e.techniqueId = t.id;
        e.title = t.title;
        e.fields.append({TextMatch::words(t.title), kTitleWeight, {}, {}});
        for (const QString &base : t.regions) {
            QStringList names;
            if (Regions::isCentreBase(base))
                names << Regions::displayName(base);
            else
                names << Regions::displayName(Regions::onSide(base, Side::Left))
                      << Regions::displayName(Regions::onSide(base, Side::Right));
            // The ids too ("forearm-wrist", "calf-achilles") name the area in the app's words.
            names << base;
            QStringList words;
            for (const QString &n : std::as_const(names))
                words += TextMatch::words(n);
            words.removeDuplicates();
            // No reason shown for a region: its names carry a side, and a search has none.
            e.fields.append({words, kRegionWeight, {}, {}});
        }
        for (const QString &goal : t.goals)
            e.fields.append({TextMatch::words(ContentTerms::goalName(goal)),
                             kGoalWeight,
                             ContentTerms::goalName(goal),
                             {}});
        for (const Condition &c : conditions) {
            bool serves = c.techniques.contains(t.id);
            for (const QString &r : c.regions)
                serves = serves || t.regions.contains(r);
            if (!serves)
                continue;
            e.fields.append({TextMatch::words(c.name), kConditionWeight, c.name, c.note});
            for (const QString &synonym : c.synonyms)
                e.fields.append({TextMatch::words(synonym), kConditionWeight, c.name, c.note});
        }
        m_entries.append(e);
    }
}

QStringList TechniqueSearch::queryWords(const QString &query)
{
    QStringList typed = TextMatch::words(query.left(kMaxQueryChars));
    if (typed.size() > kMaxQueryWords)
        typed.resize(kMaxQueryWords);
    return typed;
}

// The field's score for the typed words: the mean of each matching word's best score; words
// that match nothing count as zero and are reported through `matched`.
int TechniqueSearch::fieldScore(const QStringList &typed, const QStringList &words, int *matched)
{
    int total = 0;
    *matched = 0;
    for (const QString &t : typed) {
        int best = 0;
        for (const QString &w : words)
            best = std::max(best, TextMatch::wordScore(t, w));
        if (best > 0)
            ++*matched;
        total += best;
    }
    return typed.isEmpty() ? 0 : total / int(typed.size());
}

QList<TechniqueSearch::Hit> TechniqueSearch::search(const QString &query) const
{
    const QStringList typed = queryWords(query);
    QStringList needed;
    for (const QString &w : typed) {
        if (!isFiller(w))
            needed << w;
    }
    QList<Hit> hits;
    if (typed.isEmpty())
        return hits;
    for (const Entry &e : m_entries) {
        // Each word typed takes its best match anywhere in the entry ("elbow release");
        // the field that matches most words, best, gives the reason.
        int total = 0;
        bool allNeeded = true;
        for (const QString &t : typed) {
            int best = 0;
            for (const Field &f : e.fields) {
                for (const QString &w : f.words)
                    best = std::max(best, int(TextMatch::wordScore(t, w) * f.weight));
            }
            if (best == 0 && needed.contains(t))
                allNeeded = false;
            total += best;
        }
        if (!allNeeded || total == 0)
            continue;
        Hit hit;
        hit.techniqueId = e.techniqueId;
        hit.score = total / int(typed.size());
        int bestField = -1;
        int bestMatched = 0;
        for (const Field &f : e.fields) {
            int matched = 0;
            const int score = int(fieldScore(typed, f.words, &matched) * f.weight);
            if (matched > bestMatched || (matched == bestMatched && score > bestField)) {
                bestMatched = matched;
                bestField = score;
                hit.reason = f.reason;
                hit.note = f.note;
            }
        }
        hits.append(hit);
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.score > b.score; });
    return hits;
}

QList<Condition> TechniqueSearch::matchingConditions(const QString &query) const
{
    const QStringList typed = queryWords(query);
    QList<Condition> out;
    if (typed.isEmpty())
        return out;
    for (const Condition &c : m_conditions) {
        QStringList words = TextMatch::words(c.name);
        for (const QString &s : c.synonyms)
            words += TextMatch::words(s);
        bool all = true;
        bool any = false;
        for (const QString &t : typed) {
            int best = 0;
            for (const QString &w : std::as_const(words))
                best = std::max(best, TextMatch::wordScore(t, w));
            any = any || best > 0;
            all = all && (best > 0 || isFiller(t));
        }
        if (all && any)
            out.append(c);
    }
    return out;
}

} // namespace unknot
