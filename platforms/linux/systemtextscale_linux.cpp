// SPDX-License-Identifier: GPL-3.0-or-later
// Desktops have no app-wide text size setting Qt reports apart from the font itself, whose
// size the user's desktop already sets; the app's own setting (AppSettings) scales further.
#include "platform/systemtextscale.h"

namespace unknot {

qreal systemTextScale()
{
    return 1.0;
}

} // namespace unknot
