// SPDX-License-Identifier: GPL-3.0-or-later
// iOS share sheet: UIActivityViewController with the file's URL, presented over the app's
// top view controller (as a popover anchored to the window's centre on iPad).
#include "iosplatform.h"

#import <UIKit/UIKit.h>

namespace unknot {

namespace {

UIViewController *topViewController()
{
    UIWindow *keyWindow = nil;
    for (UIScene *scene in UIApplication.sharedApplication.connectedScenes) {
        if (![scene isKindOfClass:[UIWindowScene class]])
            continue;
        for (UIWindow *window in static_cast<UIWindowScene *>(scene).windows) {
            if (window.isKeyWindow) {
                keyWindow = window;
                break;
            }
        }
    }
    UIViewController *top = keyWindow.rootViewController;
    while (top.presentedViewController)
        top = top.presentedViewController;
    return top;
}

class IosFileSharer final : public FileSharer
{
public:
    QString shareFolder() const override
    {
        return QString::fromNSString(NSTemporaryDirectory()) + QLatin1String("share");
    }

    bool share(const QString &filePath, const QString &, const QString &) override
    {
        UIViewController *top = topViewController();
        if (!top)
            return false;
        NSURL *url = [NSURL fileURLWithPath:filePath.toNSString()];
        // Manual reference counting (ARC is off): presenting retains the sheet, so the
        // reference alloc gave us is released once this call returns.
        UIActivityViewController *sheet =
            [[[UIActivityViewController alloc] initWithActivityItems:@[ url ]
                                               applicationActivities:nil] autorelease];
        // iPad presents the sheet as a popover, which needs an anchor.
        if (UIPopoverPresentationController *popover = sheet.popoverPresentationController) {
            popover.sourceView = top.view;
            popover.sourceRect =
                CGRectMake(CGRectGetMidX(top.view.bounds), CGRectGetMidY(top.view.bounds), 0, 0);
            popover.permittedArrowDirections = 0;
        }
        [top presentViewController:sheet animated:YES completion:nil];
        return true;
    }
};

} // namespace

std::unique_ptr<FileSharer> createIosFileSharer()
{
    return std::make_unique<IosFileSharer>();
}

} // namespace unknot
