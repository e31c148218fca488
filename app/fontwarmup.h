// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <future>

// Reads the system's font configuration on a thread of its own. The first thing that asks for a
// font pays for it (on Linux, fontconfig parsing its configuration files), and at start-up that
// is the QML loader thread, in the middle of compiling the UI: warmed here, the cost moves off
// that path. The font database is thread-safe; whoever gets there second waits for the first.
class FontWarmup
{
public:
    FontWarmup();
    ~FontWarmup(); // waits for the thread

private:
    std::future<void> m_done;
};
