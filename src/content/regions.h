// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/side.h"

#include <QString>
#include <QStringList>

namespace unknot {

// The region ids shared by content, body map and storage (the list is in regions.cpp). A region id
// is a base area ("shoulder") plus a side suffix for limbs ("shoulder-left").
namespace Regions {

// Every region id, ordered head to feet, left before right.
const QStringList &allIds();
// The base areas, ordered head to feet.
const QStringList &baseIds();
bool isKnownId(const QString &regionId);
bool isKnownBase(const QString &baseId);
bool isCentreBase(const QString &baseId);
QString baseOf(const QString &regionId);
Side sideOf(const QString &regionId);
// The region id of a base area on a side: ("shoulder", Left) -> "shoulder-left".
QString onSide(const QString &baseId, Side side);
// Translated name a user reads and a screen reader speaks, e.g. "Left shoulder".
QString displayName(const QString &regionId);

} // namespace Regions
} // namespace unknot
