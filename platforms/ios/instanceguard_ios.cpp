// SPDX-License-Identifier: GPL-3.0-or-later
// iOS runs one instance of an app by itself: no guard.
#include "platform/instanceguard.h"

namespace unknot {

std::unique_ptr<InstanceGuard> createInstanceGuard(const QString &)
{
    return nullptr;
}

} // namespace unknot
