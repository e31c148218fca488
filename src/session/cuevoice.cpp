// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/cuevoice.h"

#include "base/resourcepaths.h"
#include "custom/customtechniquerules.h"

namespace unknot::CueVoice {

namespace {
constexpr QLatin1String kSpeechScheme("unknot-speech");
} // namespace

QUrl cueClipOf(const Technique &, const Step &step)
{
    if (!step.audioPath.isEmpty())
        return ResourcePaths::toUrl(step.audioPath);
    return speechUrl(step.cue.isEmpty() ? step.text : step.cue);
}

QUrl speechUrl(const QString &words)
{
    QUrl url;
    url.setScheme(kSpeechScheme);
    url.setPath(words, QUrl::DecodedMode);
    return url;
}

bool isSpeech(const QUrl &clip)
{
    return clip.scheme() == kSpeechScheme;
}

QString wordsOf(const QUrl &speechClip)
{
    return speechClip.path(QUrl::FullyDecoded);
}

Source sourceOf(const Technique &technique, const QUrl &cueClip, bool speechWorks)
{
    if (isSpeech(cueClip) || cueClip.isEmpty())
        return speechWorks && !cueClip.isEmpty() ? Source::Speech : Source::Captions;
    return CustomTechniqueRules::isCustomId(technique.id) ? Source::Recording : Source::Narration;
}

QString sourceName(Source source)
{
    switch (source) {
    case Source::Narration:
        return QStringLiteral("narration");
    case Source::Recording:
        return QStringLiteral("recording");
    case Source::Speech:
        return QStringLiteral("speech");
    case Source::Captions:
        break;
    }
    return QStringLiteral("captions");
}

} // namespace unknot::CueVoice
