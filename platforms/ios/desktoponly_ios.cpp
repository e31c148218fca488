// SPDX-License-Identifier: GPL-3.0-or-later
// What iOS does itself: it keeps one instance of the app and hands it every link
// (links/linkreceiver.h), and it has no Back key.
#include "platform/appbackground.h"
#include "platform/instanceguard.h"

namespace unknot {

std::unique_ptr<InstanceGuard> createInstanceGuard(const QString &)
{
    return nullptr;
}

std::unique_ptr<AppBackground> createAppBackground()
{
    return nullptr;
}

} // namespace unknot
