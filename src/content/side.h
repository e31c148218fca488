// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unknot {

// The one side type of the app: a region's side, a technique's sides, a planned step's side.
enum class Side { Centre, Left, Right };

// "left", "right", or "" for the centre: the spelling kept in records and shown to QML.
QString sideName(Side side);
// The other limb side; the centre stays the centre.
Side otherSide(Side side);

} // namespace unknot
