// SPDX-License-Identifier: GPL-3.0-or-later
// Android keeps one instance (launchMode singleTask) and hands it every link through
// QDesktopServices (links/linkreceiver.h): nothing to guard.
#include "platform/instanceguard.h"

namespace unknot {

std::unique_ptr<InstanceGuard> createInstanceGuard(const QString &)
{
    return nullptr;
}

} // namespace unknot
