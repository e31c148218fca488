// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/clearance.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace unknot {

struct Technique;

// Why starting a technique deserves a second thought, worked out from what the user recorded:
// the practitioner's clearance of each region worked, and the health-checklist items ticked.
namespace StartCheck {

struct Reason
{
    enum class Kind {
        NotCleared,  // the practitioner said not to work on the region
        NotRecorded, // no clearance recorded, and the user asked to block such regions
        HealthFlag,  // the technique carries a health flag the user ticked
    };
    Kind kind;
    QString regionId; // NotCleared, NotRecorded
    QString flag;     // HealthFlag
};

struct Result
{
    // True: the session must not start (the block setting); false with reasons: it may start
    // once the user confirms; false without: it starts as usual.
    bool blocked = false;
    QList<Reason> reasons;
};

// The full region ids a session works on. `where` is a region id (a two-sided technique then
// works both sides of it unless `thisSideOnly`), or a side: "left", "right", or "both"/"" for
// every side the technique has.
QStringList regionsWorked(const Technique &technique, const QString &where, bool thisSideOnly);

// Regions without an entry in `clearances` count as Unknown.
Result check(const QStringList &regionIds, const QHash<QString, Clearance> &clearances,
             const QStringList &techniqueFlags, const QStringList &tickedFlags,
             bool blockUncleared);

} // namespace StartCheck
} // namespace unknot
