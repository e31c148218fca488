// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrationcheck.h"

#include "content/contentloader.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <cmath>

namespace {

// Rules shared with tools/narration_manifest.py (the script checks the same when it renders).
constexpr qint64 kDurationToleranceMs = 100; // decoders differ by a frame or two
constexpr double kMinWordsPerSecond = 1.5;
constexpr double kMaxWordsPerSecond = 4.0;
constexpr double kPaddingSeconds = 0.2; // 0.1 s of silence kept at each end
constexpr double kLongestSingleWordSeconds = 1.5;
constexpr float kSilentPeak = 0.05f;
constexpr int kHoldAfterCueMs = 2000;

struct Decoded
{
    QString error;
    qint64 milliseconds = 0;
    float peak = 0;
};

// Decodes a whole file with Qt Multimedia (GStreamer on Linux), as the app's player would.
Decoded decode(const QString &path)
{
    Decoded out;
    QAudioDecoder decoder;
    qint64 frames = 0;
    int sampleRate = 0;
    QEventLoop loop;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer buffer = decoder.read();
        const QAudioFormat format = buffer.format();
        sampleRate = format.sampleRate();
        frames += buffer.frameCount();
        const char *data = buffer.constData<char>();
        const int bytesPerSample = format.bytesPerSample();
        for (qsizetype i = 0; i < buffer.sampleCount(); ++i)
            out.peak = std::max(out.peak,
                                std::abs(format.normalizedSampleValue(data + i * bytesPerSample)));
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
                     [&](QAudioDecoder::Error) {
                         out.error = decoder.errorString();
                         if (out.error.isEmpty())
                             out.error = QStringLiteral("decoder error");
                         loop.quit();
                     });
    // A guard against a decoder that never finishes, not a wait for something to happen.
    QTimer::singleShot(30000, &loop, [&] {
        out.error = QStringLiteral("decoding did not finish within 30 s");
        loop.quit();
    });
    decoder.setSource(QUrl::fromLocalFile(path));
    decoder.start();
    loop.exec();
    decoder.stop();
    if (out.error.isEmpty() && (frames == 0 || sampleRate <= 0))
        out.error = QStringLiteral("no audio in it");
    if (sampleRate > 0)
        out.milliseconds = frames * 1000 / sampleRate;
    return out;
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int wordCount(const QString &text)
{
    return int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

} // namespace

NarrationCheck::NarrationCheck(QString contentDir, QString audioDir)
    : m_contentDir(std::move(contentDir)), m_audioDir(std::move(audioDir))
{}

NarrationCheck::Report NarrationCheck::run() const
{
    Report report;
    QStringList &problems = report.problems;
    const QDir audio(m_audioDir);

    QFile manifestFile(audio.filePath(QStringLiteral("manifest.json")));
    QJsonObject clips;
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        problems << QStringLiteral("manifest.json: cannot be read");
    } else {
        clips = QJsonDocument::fromJson(manifestFile.readAll())
                    .object()
                    .value(QLatin1String("clips"))
                    .toObject();
        if (clips.isEmpty())
            problems << QStringLiteral("manifest.json: lists no clips");
    }

    // Every step needs a clip made from its current cue, short enough for its hold.
    const unknot::ContentLoadResult content = unknot::ContentLoader({}).loadDirectory(m_contentDir);
    for (const unknot::ContentProblem &p : content.problems)
        problems << QStringLiteral("content: ") + p.toString();
    for (const unknot::Technique &t : content.techniques) {
        for (int i = 0; i < t.steps.size(); ++i) {
            const unknot::Step &step = t.steps.at(i);
            const QString clip = unknot::ContentLoader::stepClipName(t.id, i);
            const QJsonObject entry = clips.value(clip).toObject();
            if (entry.isEmpty()) {
                problems << clip + QStringLiteral(": not in the manifest; run "
                                                  "tools/make-narration.sh");
                continue;
            }
            if (entry.value(QLatin1String("textSha256")).toString() != sha256Hex(step.cue))
                problems << clip + QStringLiteral(": stale, step %1's cue changed after its "
                                                  "audio was made; run tools/make-narration.sh")
                                       .arg(i + 1);
            const int durationMs = entry.value(QLatin1String("durationMs")).toInt();
            if (!step.timing.isRepetitions() &&
                step.timing.seconds * 1000 < durationMs + kHoldAfterCueMs)
                problems << clip + QStringLiteral(": the hold of %1 s does not outlast the "
                                                  "%2 ms cue by %3 s")
                                       .arg(step.timing.seconds)
                                       .arg(durationMs)
                                       .arg(kHoldAfterCueMs / 1000);
        }
    }
    // Every technique's safety line (its first caution) is spoken from a clip of its own.
    for (const unknot::Technique &t : content.techniques) {
        if (!requireSafetyClips)
            break;
        const QString clip = unknot::ContentLoader::safetyClipName(t.id);
        const QJsonObject entry = clips.value(clip).toObject();
        if (entry.value(QLatin1String("textSha256")).toString() != sha256Hex(t.safetyLine()))
            problems << clip + QStringLiteral(": missing or stale (not the first caution); run "
                                              "tools/make-narration.sh");
    }
    for (const QString &clip : requiredSharedClips) {
        if (!clips.contains(clip))
            problems << clip + QStringLiteral(": not in the manifest; run "
                                              "tools/make-narration.sh");
    }

    // Every clip the manifest lists: present, decodable, audible, as long as recorded and as
    // long as its words need.
    for (auto it = clips.begin(); it != clips.end(); ++it) {
        const QString clip = it.key();
        const QJsonObject entry = it.value().toObject();
        ++report.clipCount;
        const QString path = audio.filePath(clip);
        if (!QFile::exists(path)) {
            problems << clip + QStringLiteral(": is missing");
            continue;
        }
        const qint64 bytes = QFileInfo(path).size();
        if (bytes != entry.value(QLatin1String("bytes")).toInteger())
            problems << clip + QStringLiteral(": is %1 bytes, the manifest says %2")
                                   .arg(bytes)
                                   .arg(entry.value(QLatin1String("bytes")).toInteger());
        const Decoded decoded = decode(path);
        if (!decoded.error.isEmpty()) {
            problems << clip + QStringLiteral(": does not decode (%1)").arg(decoded.error);
            continue;
        }
        report.totalMilliseconds += decoded.milliseconds;
        const qint64 recordedMs = entry.value(QLatin1String("durationMs")).toInteger();
        if (std::abs(decoded.milliseconds - recordedMs) > kDurationToleranceMs)
            problems << clip + QStringLiteral(": lasts %1 ms, the manifest says %2 ms")
                                   .arg(decoded.milliseconds)
                                   .arg(recordedMs);
        if (decoded.peak < kSilentPeak)
            problems << clip + QStringLiteral(": is silent (peak %1)").arg(decoded.peak, 0, 'f', 3);
        const QString text = entry.value(QLatin1String("text")).toString();
        const int words = wordCount(text);
        const double seconds = decoded.milliseconds / 1000.0;
        const double rate = words / std::max(seconds - kPaddingSeconds, 0.05);
        const bool shortWord = words == 1 && seconds <= kLongestSingleWordSeconds;
        if (words > 0 && !shortWord && (rate < kMinWordsPerSecond || rate > kMaxWordsPerSecond))
            problems << clip + QStringLiteral(": %1 words in %2 s is %3 words per second, "
                                              "outside %4 to %5; is it the clip of another "
                                              "text, or cut short?")
                                   .arg(words)
                                   .arg(seconds, 0, 'f', 2)
                                   .arg(rate, 0, 'f', 1)
                                   .arg(kMinWordsPerSecond)
                                   .arg(kMaxWordsPerSecond);
    }

    // Nothing on disk that the manifest does not know, and the whole under the limit.
    QDirIterator files(m_audioDir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        report.totalBytes += QFileInfo(path).size();
        const QString clip = audio.relativeFilePath(path);
        if (clip != QLatin1String("manifest.json") && !clips.contains(clip))
            problems << clip + QStringLiteral(": on disk but not in the manifest");
    }
    if (report.totalBytes >= sizeLimitBytes)
        problems << QStringLiteral("narration: %1 bytes in all, the limit is %2")
                        .arg(report.totalBytes)
                        .arg(sizeLimitBytes);
    problems.sort();
    return report;
}
