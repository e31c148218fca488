// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/technique.h"

#include "content/regions.h"

#include <cmath>

namespace unknot {

int StepTiming::totalMilliseconds() const
{
    if (isRepetitions())
        return int(std::lround(reps * tempoSeconds * 1000.0));
    return seconds * 1000;
}

bool Technique::serves(const QString &regionId) const
{
    if (!regions.contains(Regions::baseOf(regionId)))
        return false;
    return sides.contains(Regions::sideOf(regionId));
}

int Technique::totalMilliseconds() const
{
    int total = 0;
    for (const Step &s : steps)
        total += s.timing.totalMilliseconds();
    return total * int(sides.size());
}

} // namespace unknot
