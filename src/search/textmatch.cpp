// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/textmatch.h"

#include <QList>

#include <algorithm>

namespace unknot::TextMatch {

namespace {

constexpr int kExact = 100;
constexpr int kPrefix = 80;
constexpr int kTypo = 60;
constexpr int kPrefixTypo = 50;
constexpr qsizetype kMinPrefix = 2;
constexpr qsizetype kMinTypoLength = 4;
constexpr qsizetype kTwoTyposLength = 8;

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('`') || c == QChar(0x2019) ||
           c == QChar(0x2018) || c == QChar(0x02BC) || c == QChar(0x00B4);
}

int allowedTypos(qsizetype length)
{
    return length >= kTwoTyposLength ? 2 : length >= kMinTypoLength ? 1 : 0;
}

} // namespace

QString singular(const QString &w)
{
    if (w.size() > 4 && w.endsWith(QLatin1String("ies")))
        return w.chopped(3) + QLatin1Char('y');
    if (w.size() > 4 && w.endsWith(QLatin1String("ves")))
        return w.chopped(3) + QLatin1Char('f');
    for (const char *ending : {"ches", "shes", "sses", "xes"}) {
        if (w.size() > 4 && w.endsWith(QLatin1String(ending)))
            return w.chopped(2);
    }
    if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")) &&
        !w.endsWith(QLatin1String("us")) && !w.endsWith(QLatin1String("is")))
        return w.chopped(1);
    return w;
}

QStringList words(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || isApostrophe(c))
            continue; // "é" -> "e", "golfer's" -> "golfers"
        plain.append(c.isLetterOrNumber() ? c : QChar(QLatin1Char(' ')));
    }
    QStringList out;
    for (const QString &w : plain.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << singular(w);
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    // Optimal string alignment: Levenshtein plus swapping two neighbouring letters.
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

int wordScore(const QString &typed, const QString &word)
{
    if (typed.isEmpty() || word.isEmpty())
        return 0;
    if (typed == word)
        return kExact;
    if (typed.size() >= kMinPrefix && word.startsWith(typed))
        return kPrefix;
    const int typos = allowedTypos(typed.size());
    if (typos == 0)
        return 0;
    if (std::abs(typed.size() - word.size()) <= typos && editDistance(typed, word) <= typos)
        return kTypo;
    // A typo in a word not finished yet: "carpl tun" -> "carpal tunnel".
    if (word.size() > typed.size() && editDistance(typed, word.left(typed.size())) <= 1 &&
        typed.size() >= kMinTypoLength + 1)
        return kPrefixTypo;
    return 0;
}

} // namespace unknot::TextMatch
