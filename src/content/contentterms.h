// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace unknot {

// The fixed vocabularies of the content format (assets/content/FORMAT.md) and the translated
// words a user reads for them.
namespace ContentTerms {

// Why people do a technique, in the order the goal filter shows them.
const QStringList &goals();
const QStringList &equipment();
const QStringList &intensities();
const QStringList &stepKinds();

// "carpal-tunnel" -> "Carpal tunnel"; an unknown id is returned unchanged.
QString goalName(const QString &goalId);
// "massage-ball" -> "Massage ball"; "none" -> "No equipment".
QString equipmentName(const QString &equipmentId);
// "gentle" -> "Gentle".
QString intensityName(const QString &intensityId);
// "pin" -> "Pin", "shift" -> "Move the pin".
QString stepKindName(const QString &kindId);

} // namespace ContentTerms
} // namespace unknot
