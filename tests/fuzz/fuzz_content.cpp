// SPDX-License-Identifier: GPL-3.0-or-later
// Technique files are data a content author edits by hand: any bytes must load to techniques
// and reports, never crash, and every technique that loads must be one the app can run.
#include "content/contentloader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // No audio folder: the audio check touches the file system, which is not under test here.
    const unknot::ContentLoader loader{QString()};
    unknot::ContentLoadResult result;
    loader.parseFile(bytes, QStringLiteral("fuzz.json"), result);

    for (const unknot::ContentProblem &p : std::as_const(result.problems)) {
        if (p.file != QLatin1String("fuzz.json") || p.message.isEmpty())
            std::abort();
    }
    QStringList ids;
    for (const unknot::Technique &t : std::as_const(result.techniques)) {
        // What the player relies on: an id, 4 to 8 steps, each with a positive duration.
        if (t.id.isEmpty() || ids.contains(t.id) || t.steps.size() < 4 || t.steps.size() > 8)
            std::abort();
        for (const unknot::Step &s : t.steps) {
            if (s.cue.isEmpty() || s.text.isEmpty() || s.timing.totalMilliseconds() <= 0)
                std::abort();
        }
        ids << t.id;
    }
    return 0;
}
