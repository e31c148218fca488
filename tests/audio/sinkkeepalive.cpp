// SPDX-License-Identifier: GPL-3.0-or-later
#include "sinkkeepalive.h"

SinkKeepAlive::SinkKeepAlive() = default;

SinkKeepAlive::~SinkKeepAlive()
{
    m_process.kill();
    m_process.waitForFinished(3000);
}

bool SinkKeepAlive::start()
{
    m_process.start(QStringLiteral("pacat"),
                    {QStringLiteral("--playback"), QStringLiteral("--raw"),
                     QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
                     QStringLiteral("--rate=16000"), QStringLiteral("--latency-msec=20"),
                     QStringLiteral("/dev/zero")});
    return m_process.waitForStarted(5000);
}
