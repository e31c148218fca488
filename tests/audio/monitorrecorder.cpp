// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitorrecorder.h"

#include <cmath>
#include <cstring>

MonitorRecorder::MonitorRecorder(const QString &source) : m_source(source) {}

bool MonitorRecorder::start()
{
    m_process.start(QStringLiteral("parec"),
                    {QStringLiteral("--device=%1").arg(m_source), QStringLiteral("--raw"),
                     QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
                     QStringLiteral("--rate=%1").arg(kSampleRate),
                     QStringLiteral("--latency-msec=20")});
    return m_process.waitForStarted(5000);
}

qsizetype MonitorRecorder::sampleCount()
{
    m_pcm += m_process.readAllStandardOutput();
    return m_pcm.size() / 2;
}

double MonitorRecorder::rms(qsizetype from, qsizetype to) const
{
    to = std::min(to, m_pcm.size() / 2);
    if (to <= from)
        return 0;
    double sum = 0;
    for (qsizetype i = from; i < to; ++i) {
        qint16 s;
        std::memcpy(&s, m_pcm.constData() + i * 2, 2);
        sum += double(s) * s;
    }
    return std::sqrt(sum / double(to - from));
}

double MonitorRecorder::loudShare(qsizetype from, qsizetype to, double threshold) const
{
    const qsizetype window = kSampleRate / 20;
    int loud = 0;
    int total = 0;
    for (qsizetype w = from; w + window <= to; w += window) {
        ++total;
        loud += rms(w, w + window) > threshold ? 1 : 0;
    }
    return total ? double(loud) / total : 0;
}

void MonitorRecorder::stop()
{
    m_process.terminate();
    m_process.waitForFinished(3000);
}
