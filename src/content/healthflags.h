// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace unknot {

// The health checklist's conditions, as the ids a technique's "healthFlags" lists
// (assets/content/FORMAT.md): a technique carries a flag when that condition is a reason not to
// do it, or to ask a practitioner first. The words a user reads for each are the checklist's
// (onboarding); each flag on a technique is also spelt out in one of its contraindications.
namespace HealthFlags {

inline constexpr QLatin1String kRecentInjuryOrSurgery("recent-injury-or-surgery");
inline constexpr QLatin1String kFracture("fracture");
inline constexpr QLatin1String kWoundOrInfection("wound-or-infection");
inline constexpr QLatin1String kBloodThinners("blood-thinners");
inline constexpr QLatin1String kWorseningNumbness("worsening-numbness");
inline constexpr QLatin1String kPregnancy("pregnancy");
inline constexpr QLatin1String kDiabeticFeet("diabetic-feet");
inline constexpr QLatin1String kSteroidInjection("steroid-injection");

// Every flag, in the checklist's order.
const QStringList &ids();
bool isKnown(const QString &id);

} // namespace HealthFlags
} // namespace unknot
