// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/startcheck.h"

#include "content/regions.h"
#include "content/technique.h"

namespace unknot::StartCheck {

QStringList regionsWorked(const Technique &technique, const QString &where, bool thisSideOnly)
{
    const bool bothLimbSides =
        technique.sides.contains(Side::Left) && technique.sides.contains(Side::Right);
    QStringList out;
    const auto add = [&out](const QString &id) {
        if (!id.isEmpty() && !out.contains(id))
            out << id;
    };
    if (Regions::isKnownId(where)) {
        const QString base = Regions::baseOf(where);
        if (Regions::isCentreBase(base) || !bothLimbSides || thisSideOnly) {
            add(where);
        } else {
            add(Regions::onSide(base, Side::Left));
            add(Regions::onSide(base, Side::Right));
        }
        return out;
    }
    QList<Side> sides;
    if (where == QLatin1String("left"))
        sides = {Side::Left};
    else if (where == QLatin1String("right"))
        sides = {Side::Right};
    else
        sides = {Side::Left, Side::Right};
    for (const QString &base : technique.regions) {
        if (Regions::isCentreBase(base)) {
            add(base);
            continue;
        }
        for (Side side : sides) {
            if (technique.sides.contains(side))
                add(Regions::onSide(base, side));
        }
    }
    return out;
}

Result check(const QStringList &regionIds, const QHash<QString, Clearance> &clearances,
             const QStringList &techniqueFlags, const QStringList &tickedFlags, bool blockUncleared)
{
    Result result;
    for (const QString &region : regionIds) {
        switch (clearances.value(region, Clearance::Unknown)) {
        case Clearance::NotCleared:
            result.reasons << Reason{Reason::Kind::NotCleared, region, {}};
            result.blocked = result.blocked || blockUncleared;
            break;
        case Clearance::Unknown:
            if (blockUncleared) {
                result.reasons << Reason{Reason::Kind::NotRecorded, region, {}};
                result.blocked = true;
            }
            break;
        case Clearance::Cleared:
        case Clearance::ClearedWithCare:
            break;
        }
    }
    for (const QString &flag : techniqueFlags) {
        if (tickedFlags.contains(flag))
            result.reasons << Reason{Reason::Kind::HealthFlag, {}, flag};
    }
    return result;
}

} // namespace unknot::StartCheck
