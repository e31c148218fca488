// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace unknot {

// The health checklist the user answers during onboarding (and again from More): one item per
// health flag that content can carry (Technique::healthFlags(), src/content/healthflags.h), in
// the order the screen asks them.
class HealthChecklist
{
    Q_DECLARE_TR_FUNCTIONS(HealthChecklist)

public:
    struct Item
    {
        QString flag;     // the content's health-flag id, e.g. "blood-thinners"
        QString question; // what the checklist shows
        QString caution;  // what a technique carrying the flag says to a user who ticked it
    };

    // Every item, translated.
    static QList<Item> items();
    // The item for `flag`; an item with an empty flag when there is none.
    static Item item(const QString &flag);
    static bool isKnownFlag(const QString &flag);
};

} // namespace unknot
