// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/technique.h"

#include <QUrl>

namespace unknot {

// Which source a step's words come from, in order: its clip (bundled narration, or the user's
// own recording of a custom technique), else the device's speech, else captions with a chime.
// A step without a clip gets a speech address ("unknot-speech:<words>") that the session's
// output (session/speakingclipoutput.h) speaks, or answers with the chime.
namespace CueVoice {

enum class Source { Narration, Recording, Speech, Captions };

QUrl cueClipOf(const Technique &technique, const Step &step);
QUrl speechUrl(const QString &words);
bool isSpeech(const QUrl &clip);
QString wordsOf(const QUrl &speechClip);
// What a cue clip is heard as, given whether speech works: for the session screen's label.
Source sourceOf(const Technique &technique, const QUrl &cueClip, bool speechWorks);
// "narration", "recording", "speech", "captions": the names QML sees.
QString sourceName(Source source);

} // namespace CueVoice
} // namespace unknot
