// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace unknot::TextMatch {

// Words as search compares them: accents and apostrophes dropped, case folded, punctuation as
// spaces, and plural endings taken off ("Golfer's Elbows" -> "golfer", "elbow").
QStringList words(const QString &text);
// One word reduced to its singular form ("calves" -> "calf", "knees" -> "knee").
QString singular(const QString &word);
// Edits (insert, delete, replace, swap two neighbours) that turn a into b.
int editDistance(const QString &a, const QString &b);

// How well a typed word matches a word of a text: 100 the same word, 80 the start of it
// ("carp" in "carpal"), 60 the same word with a typo, 50 the start of it with a typo; 0 not
// at all. Typos count only in words of four letters or more (two in words of eight or more).
int wordScore(const QString &typed, const QString &word);

} // namespace unknot::TextMatch
