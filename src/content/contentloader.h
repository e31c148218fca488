// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "technique.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace unknot {

// One defect in the content, located so a content author can find and fix it.
struct ContentProblem
{
    QString file;        // file name, e.g. "legs.json"
    QString techniqueId; // empty when the whole file is affected
    QString field;       // e.g. "steps[2].timing"; empty when not about one field
    QString message;     // plain words

    QString toString() const;
    bool operator==(const ContentProblem &) const = default;
};

struct ContentLoadResult
{
    QList<Technique> techniques;
    QList<ContentProblem> problems;
};

// Reads the technique files (see assets/content/FORMAT.md) and validates every technique. A
// broken technique is left out and reported; the others still load.
class ContentLoader
{
public:
    // `audioDir` is where narration lives; a step whose clip is missing is a defect.
    // An empty audioDir skips the audio check (used by the fuzzer).
    explicit ContentLoader(QString audioDir);

    ContentLoadResult loadDirectory(const QString &contentDir) const;
    // Parses one file's bytes; `fileName` is used in reports. `seenIds` carries ids across files.
    void parseFile(const QByteArray &json, const QString &fileName, ContentLoadResult &result,
                   QStringList &seenIds) const;

    static QString stepAudioPath(const QString &audioDir, const QString &techniqueId,
                                 int stepIndex);

private:
    QString m_audioDir;
};

} // namespace unknot
