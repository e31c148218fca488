// SPDX-License-Identifier: GPL-3.0-or-later
// unknot:// links arrive from the command line and from notifications: any text must parse to
// a link or to a clear error, never crash.
#include "links/deeplink.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const unknot::DeepLink link = unknot::DeepLink::parse(text);
    // Exactly one of: a technique to open or start, or an error to show.
    const bool valid = link.kind != unknot::DeepLink::Kind::Invalid;
    if (valid && (link.techniqueId.isEmpty() || !link.error.isEmpty()))
        std::abort();
    if (!valid && (link.error.isEmpty() || !link.techniqueId.isEmpty()))
        std::abort();
    return 0;
}
