// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace unknot {

// Keeps the display from dimming and locking while a guided session runs: the user's hands are
// busy and the captions must stay readable. Each OS implements it under platforms/<os>/.
class ScreenAwake
{
public:
    ScreenAwake() = default;
    virtual ~ScreenAwake() = default;
    Q_DISABLE_COPY_MOVE(ScreenAwake)

    virtual void setKeepAwake(bool on) = 0;
};

} // namespace unknot
