// SPDX-License-Identifier: GPL-3.0-or-later
// Plan files arrive from other phones through the share sheet and "Open with": any bytes must
// read as a usable plan or give a clear error, never crash; what is accepted must be valid and
// survive being written and read again unchanged.
#include "plan/planfile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    // Ids starting with "x" are "not on this phone", so the unknown-technique path runs too.
    const auto isKnown = [](const QString &id) {
        return !id.startsWith(QLatin1Char('x'));
    };
    const unknot::PlanFile::Contents c = unknot::PlanFile::parse(json, isKnown);
    if (c.ok == !c.error.isEmpty())
        std::abort();
    if (!c.ok)
        return 0;
    if (c.entries.isEmpty() || c.entries.size() > unknot::PlanFile::kMaxEntries)
        std::abort();
    for (const unknot::PlanEntry &e : c.entries)
        if (!e.problem().isEmpty() || !isKnown(e.techniqueId))
            std::abort();
    const unknot::PlanFile::Contents again =
        unknot::PlanFile::parse(unknot::PlanFile::write(c.entries, {}), isKnown);
    if (!again.ok || again.entries != c.entries)
        std::abort();
    return 0;
}
