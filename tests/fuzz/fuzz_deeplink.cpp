// SPDX-License-Identifier: GPL-3.0-or-later
// unknot:// links arrive from the command line and from notifications: any text must parse to
// a link or to a clear error, never crash.
#include "links/deeplink.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    using Kind = unknot::DeepLink::Kind;
    const unknot::DeepLink link = unknot::DeepLink::parse(text);
    // Exactly one of: something to open (with what it names), or an error to show.
    const bool valid = link.kind != Kind::Invalid;
    if (valid != link.error.isEmpty())
        std::abort();
    const bool namesTechnique = link.kind == Kind::OpenTechnique || link.kind == Kind::StartSession;
    if (namesTechnique == link.techniqueId.isEmpty() && link.kind != Kind::NewReminder)
        std::abort();
    if ((link.kind == Kind::OpenRegion) == link.regionId.isEmpty() &&
        link.kind != Kind::NewReminder)
        std::abort();
    // A reminder link keeps only usable parts: a real time of day, known days, a short label.
    if (link.kind == Kind::NewReminder && (link.minuteOfDay < -1 || link.minuteOfDay > 1439 ||
                                           (link.weekdays & ~127) != 0 || link.label.size() > 80))
        std::abort();
    return 0;
}
