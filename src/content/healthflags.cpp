// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/healthflags.h"

namespace unknot::HealthFlags {

const QStringList &ids()
{
    static const QStringList all = {kRecentInjuryOrSurgery, kFracture,          kWoundOrInfection,
                                    kBloodThinners,         kWorseningNumbness, kPregnancy,
                                    kDiabeticFeet,          kSteroidInjection};
    return all;
}

bool isKnown(const QString &id)
{
    return ids().contains(id);
}

} // namespace unknot::HealthFlags
