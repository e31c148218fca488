// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace unknot {

// Keeps the display from dimming and locking while a guided session runs: the user's hands are
// busy and the captions must stay readable. Each OS implements it under platforms/<os>/.
class ScreenAwake
{
public:
    virtual ~ScreenAwake() = default;
    virtual void setKeepAwake(bool on) = 0;
};

// The running OS's implementation (defined in platforms/<os>/, linked into the app only).
std::unique_ptr<ScreenAwake> createPlatformScreenAwake();

} // namespace unknot
