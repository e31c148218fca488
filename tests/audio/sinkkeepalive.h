// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>

// Plays digital silence into the default sink for as long as it lives. An idle null sink
// renders nothing, so its monitor would skip the quiet moments; kept busy, one recorded sample
// is one sample of time and windows in the recording line up with the clock.
class SinkKeepAlive
{
public:
    SinkKeepAlive();
    ~SinkKeepAlive();
    bool start();

private:
    QProcess m_process;
};
