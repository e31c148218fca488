// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/technique.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace unknot {

// One defect in the content, located so a content author can find and fix it.
struct ContentProblem
{
    QString file;        // file name, e.g. "legs.json"
    QString techniqueId; // its id, or "#N" (its place in the file) when it has no usable id;
                         // empty when the whole file is affected
    QString field;       // e.g. "title", "regions", "step 3 timing"; empty when about a whole
                         // technique or file
    QString message;     // plain words, e.g. "is missing"

    QString toString() const;
    bool operator==(const ContentProblem &) const = default;
};

struct ContentLoadResult
{
    QList<Technique> techniques;
    QList<ContentProblem> problems;
    // The file each technique id was first seen in (broken techniques too), so that a second
    // use of an id is reported even across files.
    QHash<QString, QString> fileOfId;
};

// Reads the technique files (see assets/content/FORMAT.md) and validates every technique. A
// broken technique is left out and reported; a broken file is reported; the rest still load.
class ContentLoader
{
public:
    // `audioDir` is where narration lives; a step whose clip is missing is a defect.
    // An empty audioDir skips the audio check (used by the fuzzer).
    explicit ContentLoader(QString audioDir);

    ContentLoadResult loadDirectory(const QString &contentDir) const;
    // Parses one file's bytes into `result`; `fileName` is used in reports.
    void parseFile(const QByteArray &json, const QString &fileName,
                   ContentLoadResult &result) const;

    // "steps/<technique-id>/<NN>.mp3", relative to the audio folder; NN counts from 01.
    static QString stepClipName(const QString &techniqueId, int stepIndex);
    // "safety/<id>.mp3": the technique's first caution, spoken as a session starts.
    static QString safetyClipName(const QString &techniqueId);
    static QString stepAudioPath(const QString &audioDir, const QString &techniqueId,
                                 int stepIndex);

private:
    // Links between techniques (firmerVersions): every id exists, no chain leads back.
    static void checkLinks(ContentLoadResult &result);

    QString m_audioDir;
};

} // namespace unknot
