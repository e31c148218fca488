// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>

// Records a PulseAudio source (a sink's monitor) as 16-bit mono samples, for tests that must
// hear what the app played.
class MonitorRecorder
{
public:
    static constexpr int kSampleRate = 16000;

    explicit MonitorRecorder(const QString &source);
    bool start();
    // Samples recorded so far (draining the recorder's output).
    qsizetype sampleCount();
    // Root-mean-square level of the samples in [from, to), on the 16-bit scale.
    double rms(qsizetype from, qsizetype to) const;
    // Share of 50 ms windows in [from, to) whose level is above `threshold`.
    double loudShare(qsizetype from, qsizetype to, double threshold) const;
    void stop();
    // The samples recorded so far (16-bit mono at kSampleRate).
    QByteArray pcm() const { return m_pcm; }

private:
    QString m_source;
    QProcess m_process;
    QByteArray m_pcm;
};
