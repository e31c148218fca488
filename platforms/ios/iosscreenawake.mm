// SPDX-License-Identifier: GPL-3.0-or-later
// iOS: the idle timer (auto-lock) is disabled while a session runs. UIKit state is only
// touched on the main thread.
#include "iosplatform.h"

#import <UIKit/UIKit.h>

namespace unknot {

namespace {
class IosScreenAwake final : public ScreenAwake
{
public:
    void setKeepAwake(bool on) override
    {
        dispatch_async(dispatch_get_main_queue(), ^{
          [UIApplication sharedApplication].idleTimerDisabled = on ? YES : NO;
        });
    }
};
} // namespace

std::unique_ptr<ScreenAwake> createIosScreenAwake()
{
    return std::make_unique<IosScreenAwake>();
}

} // namespace unknot
