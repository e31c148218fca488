// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Checks that the narration in an audio folder (clips + manifest.json, see
// assets/content/FORMAT.md) is complete and fresh for the techniques in a content folder:
// every step has a clip made from its current cue, every clip decodes, is not silent, lasts as
// long as the manifest says and as long as its words need, holds outlast their cues, and the
// whole stays under a size limit.
class NarrationCheck
{
public:
    NarrationCheck(QString contentDir, QString audioDir);

    // Shared clips the player needs besides the step clips ("shared/chime.mp3", ...).
    // Every technique has its safety line spoken (safety/<id>.mp3, its first caution).
    bool requireSafetyClips = false;
    QStringList requiredSharedClips;
    qint64 sizeLimitBytes = 8'000'000;

    struct Report
    {
        QStringList problems; // "<clip>: <what is wrong>", sorted
        int clipCount = 0;
        qint64 totalBytes = 0; // every file in the audio folder, manifest included
        qint64 totalMilliseconds = 0;
    };
    Report run() const;

private:
    QString m_contentDir;
    QString m_audioDir;
};
