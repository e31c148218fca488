// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace unknot {

// The text size the user chose for the whole phone, as a factor of the normal size: Android's
// font scale, iOS's Dynamic Type (the body style's size over its default 17 pt). 1 on
// desktops, which offer the app's own setting instead (AppSettings::appTextScale). Defined by
// the platform library (platforms/<os>/); read at start and whenever the app returns to the
// screen, where such a change is made.
qreal systemTextScale();

} // namespace unknot
