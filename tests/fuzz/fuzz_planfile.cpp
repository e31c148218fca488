// SPDX-License-Identifier: GPL-3.0-or-later
// Plan files arrive from other phones through the share sheet and "Open with": any bytes must
// read as a usable plan or give a clear error, never crash; what is accepted must be valid and
// survive being written and read again unchanged, custom techniques and recordings included
// (seed: corpus/planfile/custom.json, two techniques with small WAV recordings).
#include "plan/planfile.h"

#include <QJsonArray>
#include <QSet>

#include <cstdint>
#include <cstdlib>

namespace {

// A checked technique as carry() writes it again (its id as it came, its recordings).
QJsonObject carriedAgain(const unknot::CustomTechniques::Checked &t)
{
    QJsonObject definition = t.definition;
    definition.insert(QStringLiteral("id"), t.carriedId);
    QJsonArray recordings;
    for (auto it = t.audio.cbegin(); it != t.audio.cend(); ++it)
        recordings.append(
            QJsonObject{{QStringLiteral("step"), it.key()},
                        {QStringLiteral("file"), t.suffixes.value(it.key())},
                        {QStringLiteral("data"), QString::fromLatin1(it->toBase64())}});
    return {{QStringLiteral("definition"), definition}, {QStringLiteral("recordings"), recordings}};
}

} // namespace

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
    QSet<QString> carriedIds;
    QList<QJsonObject> carried;
    int recordings = 0;
    for (const unknot::CustomTechniques::Checked &t : c.techniques) {
        if (carriedIds.contains(t.carriedId) || t.fingerprint.isEmpty())
            std::abort();
        carriedIds.insert(t.carriedId);
        for (auto it = t.audio.cbegin(); it != t.audio.cend(); ++it) {
            const QString suffix = t.suffixes.value(it.key());
            if (it->isEmpty() || it->size() > unknot::CustomTechniques::kMaxCarriedRecordingBytes ||
                (suffix != QLatin1String("wav") && suffix != QLatin1String("m4a")))
                std::abort();
        }
        recordings += int(t.audio.size());
        carried.append(carriedAgain(t));
    }
    if (recordings != c.recordingsCarried)
        std::abort();
    for (const unknot::PlanEntry &e : c.entries)
        if (!e.problem().isEmpty() ||
            (!isKnown(e.techniqueId) && !carriedIds.contains(e.techniqueId)))
            std::abort();
    const unknot::PlanFile::Contents again =
        unknot::PlanFile::parse(unknot::PlanFile::write(c.entries, {}, carried), isKnown);
    if (!again.ok || again.entries != c.entries || again.techniques.size() != c.techniques.size())
        std::abort();
    for (qsizetype i = 0; i < c.techniques.size(); ++i)
        if (again.techniques.at(i).fingerprint != c.techniques.at(i).fingerprint ||
            again.techniques.at(i).carriedId != c.techniques.at(i).carriedId)
            std::abort();
    return 0;
}
