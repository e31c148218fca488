// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop has no Back key: Escape on the first screen leaves the window where it is.
#include "platform/appbackground.h"

namespace unknot {

std::unique_ptr<AppBackground> createAppBackground()
{
    return nullptr;
}

} // namespace unknot
