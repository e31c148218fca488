// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/technique.h"
#include "search/conditions.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace unknot {

// Finds techniques by what a user types: a title, a region ("elbow"), a goal ("running") or a
// name people know their problem by ("tennis elbow", from conditions.json). Forgiving: case,
// accents, apostrophes, plurals, unfinished words and small typos do not matter. Every word
// typed must match (words like "pain" or "my" may match nothing).
class TechniqueSearch
{
public:
    struct Hit
    {
        QString techniqueId;
        int score = 0;  // higher first
        QString reason; // the condition or region that matched, when not the title
        QString note;   // the matched condition's note, if any
    };

    // Queries longer than this are cut; they are typed by no one.
    static constexpr qsizetype kMaxQueryChars = 100;
    static constexpr qsizetype kMaxQueryWords = 8;

    void setContent(const QList<Technique> &techniques, const QList<Condition> &conditions);
    QList<Hit> search(const QString &query) const;
    // The conditions whose own name or synonyms match the query, e.g. to show their notes.
    QList<Condition> matchingConditions(const QString &query) const;

private:
    struct Field
    {
        QStringList words;
        double weight = 1;
        QString reason; // shown as why it matched; empty for the title
        QString note;
    };
    struct Entry
    {
        QString techniqueId;
        QString title;
        QList<Field> fields;
    };

    static QStringList queryWords(const QString &query);
    static int fieldScore(const QStringList &typed, const QStringList &words, int *matched);

    QList<Entry> m_entries;
    QList<Condition> m_conditions;
};

} // namespace unknot
