// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop build is for development and tests: nobody follows a session on it with their
// hands full, so the screen saver is left alone (an org.freedesktop.ScreenSaver inhibit would
// go here if that changes).
#include "platform/screenawake.h"

namespace unknot {

namespace {
class DesktopScreenAwake final : public ScreenAwake
{
public:
    void setKeepAwake(bool) override {}
};
} // namespace

std::unique_ptr<ScreenAwake> createPlatformScreenAwake()
{
    return std::make_unique<DesktopScreenAwake>();
}

} // namespace unknot
