// SPDX-License-Identifier: GPL-3.0-or-later
// iOS: Dynamic Type (Settings > Display & Brightness > Text Size, and the larger accessibility
// sizes) is the body text style's point size, 17 pt at the default size.
#include "iosplatform.h"

#import <UIKit/UIKit.h>

namespace unknot {

qreal iosSystemTextScale()
{
    constexpr CGFloat defaultBodySize = 17.0;
    UIFont *body = [UIFont preferredFontForTextStyle:UIFontTextStyleBody];
    return body ? qreal(body.pointSize / defaultBodySize) : 1.0;
}

} // namespace unknot
