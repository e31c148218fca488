// SPDX-License-Identifier: GPL-3.0-or-later
// iOS reminders: calendar-triggered local notifications through UNUserNotificationCenter. iOS
// keeps at most 64 pending requests per app and drops the rest silently, so sync() schedules the
// earliest 60 occurrences (snoozes included) and the core re-syncs at start and whenever the app
// returns to the foreground.
//
// The notification-center delegate must be in place before launch finishes, or a tap that
// cold-starts the app is lost. Qt runs main() only from its observer of
// UIApplicationDidFinishLaunchingNotification (qtbase's qioseventdispatcher.mm), and main()'s
// first nested event loop returns control to UIKit, so the adapter made in main() is too late.
// The delegate therefore installs itself from +load, in its own observer of that same
// notification, which UIKit posts while launching; links it receives before the C++ side
// exists are kept and handed over when it does.
#include "iosplatform.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>

#import <UIKit/UIKit.h>
#import <UserNotifications/UserNotifications.h>

namespace {

constexpr int maxPending = 60;
NSString *const categoryWithStart = @"unknot.reminder";
NSString *const categoryWithoutStart = @"unknot.reminder.nostart";
NSString *const startAction = @"start";
NSString *const snoozeAction = @"snooze";
NSString *const reminderPrefix = @"unknot.reminder.";
NSString *const snoozePrefix = @"unknot.snooze.";

// Where the delegate sends links; null until the C++ notifier exists.
std::function<void(const QString &)> linkSink;
QStringList linksBeforeSink; // tapped before the notifier existed (cold start)

void deliverLink(NSString *link)
{
    if (link.length == 0)
        return;
    const QString qlink = QString::fromNSString(link);
    if (linkSink)
        linkSink(qlink);
    else
        linksBeforeSink.append(qlink);
}

} // namespace

@interface UnknotNotificationDelegate : NSObject <UNUserNotificationCenterDelegate>
@end

@implementation UnknotNotificationDelegate

+ (void)load
{
    [[NSNotificationCenter defaultCenter]
        addObserverForName:UIApplicationDidFinishLaunchingNotification
                    object:nil
                     queue:nil
                usingBlock:^(NSNotification *) {
                  static UnknotNotificationDelegate *delegate =
                      [[UnknotNotificationDelegate alloc] init];
                  [UNUserNotificationCenter currentNotificationCenter].delegate = delegate;
                }];
}

// Shown while Unknot is open too: a reminder is worth seeing then as well.
- (void)userNotificationCenter:(UNUserNotificationCenter *)center
       willPresentNotification:(UNNotification *)notification
         withCompletionHandler:(void (^)(UNNotificationPresentationOptions))completionHandler
{
    completionHandler(UNNotificationPresentationOptionBanner |
                      UNNotificationPresentationOptionList | UNNotificationPresentationOptionSound);
}

- (void)userNotificationCenter:(UNUserNotificationCenter *)center
    didReceiveNotificationResponse:(UNNotificationResponse *)response
             withCompletionHandler:(void (^)(void))completionHandler
{
    UNNotificationContent *content = response.notification.request.content;
    NSString *action = response.actionIdentifier;
    if ([action isEqualToString:UNNotificationDefaultActionIdentifier]) {
        deliverLink(content.userInfo[@"open"]);
    } else if ([action isEqualToString:startAction]) {
        deliverLink(content.userInfo[@"start"]);
    } else if ([action isEqualToString:snoozeAction]) {
        NSNumber *reminderId = content.userInfo[@"reminderId"];
        NSString *identifier = [NSString stringWithFormat:@"%@%@.%.0f", snoozePrefix, reminderId,
                                                          [NSDate date].timeIntervalSince1970];
        UNTimeIntervalNotificationTrigger *inTenMinutes =
            [UNTimeIntervalNotificationTrigger triggerWithTimeInterval:10 * 60 repeats:NO];
        [center addNotificationRequest:[UNNotificationRequest requestWithIdentifier:identifier
                                                                            content:content
                                                                            trigger:inTenMinutes]
                 withCompletionHandler:nil];
    }
    completionHandler();
}

@end

namespace unknot {

namespace {

NSString *toNS(const QString &text)
{
    return text.toNSString();
}

// An identifier that changes when anything shown changes, so sync() can compare by identifier.
NSString *requestIdentifier(const ScheduledReminder &reminder, const QDateTime &fire)
{
    const size_t contentHash =
        qHashMulti(0, reminder.title, reminder.body, reminder.openLink, reminder.startLink);
    return toNS(QStringLiteral("%1%2.%3.%4")
                    .arg(QString::fromNSString(reminderPrefix))
                    .arg(reminder.id)
                    .arg(fire.toMSecsSinceEpoch())
                    .arg(qulonglong(contentHash), 0, 16));
}

class IosReminderNotifier final : public ReminderNotifier
{
public:
    IosReminderNotifier()
    {
        UNNotificationAction *start = [UNNotificationAction
            actionWithIdentifier:startAction
                           title:toNS(QCoreApplication::translate("Reminders", "Start now"))
                         options:UNNotificationActionOptionForeground];
        UNNotificationAction *snooze = [UNNotificationAction
            actionWithIdentifier:snoozeAction
                           title:toNS(QCoreApplication::translate("Reminders", "Snooze 10 min"))
                         options:UNNotificationActionOptionNone];
        NSSet *categories = [NSSet
            setWithObjects:[UNNotificationCategory categoryWithIdentifier:categoryWithStart
                                                                  actions:@[ start, snooze ]
                                                        intentIdentifiers:@[]
                                                                  options:0],
                           [UNNotificationCategory categoryWithIdentifier:categoryWithoutStart
                                                                  actions:@[ snooze ]
                                                        intentIdentifiers:@[]
                                                                  options:0],
                           nil];
        [[UNUserNotificationCenter currentNotificationCenter] setNotificationCategories:categories];

        // Queued: the core installs its link handler after the platform services are made.
        linkSink = [this](const QString &link) {
            QTimer::singleShot(0, qApp, [this, link] { activateLink(link); });
        };
        for (const QString &link : std::exchange(linksBeforeSink, {}))
            linkSink(link);
        refreshSettings();
    }

    ~IosReminderNotifier() override { linkSink = nullptr; }

    void sync(const QList<ScheduledReminder> &reminders) override
    {
        struct Wanted
        {
            QDateTime fire;
            const ScheduledReminder *reminder;
        };
        QList<Wanted> wanted;
        for (const ScheduledReminder &reminder : reminders)
            for (const QDateTime &fire : reminder.fireTimes)
                wanted.append({fire, &reminder});
        std::sort(wanted.begin(), wanted.end(),
                  [](const Wanted &a, const Wanted &b) { return a.fire < b.fire; });

        // Built now, on this thread: the completion handler runs on another queue.
        NSMutableDictionary<NSString *, UNNotificationRequest *> *requests =
            [NSMutableDictionary dictionary];
        NSMutableArray<NSString *> *order = [NSMutableArray array];
        for (const Wanted &w : wanted) {
            if (order.count >= maxPending)
                break;
            NSString *identifier = requestIdentifier(*w.reminder, w.fire);
            [order addObject:identifier];
            requests[identifier] = makeRequest(*w.reminder, w.fire, identifier);
        }

        UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
        [center getPendingNotificationRequestsWithCompletionHandler:^(
                    NSArray<UNNotificationRequest *> *pending) {
          NSMutableArray<NSString *> *stale = [NSMutableArray array];
          NSMutableSet<NSString *> *kept = [NSMutableSet set];
          NSUInteger snoozes = 0;
          for (UNNotificationRequest *request in pending) {
              if ([request.identifier hasPrefix:snoozePrefix])
                  ++snoozes;
              else if (!requests[request.identifier])
                  [stale addObject:request.identifier];
              else
                  [kept addObject:request.identifier];
          }
          if (stale.count > 0)
              [center removePendingNotificationRequestsWithIdentifiers:stale];
          // Snoozes count against the limit too: the latest occurrences give way.
          const NSUInteger room = maxPending > snoozes ? maxPending - snoozes : 0;
          NSUInteger scheduled = 0;
          NSMutableArray<NSString *> *over = [NSMutableArray array];
          for (NSString *identifier in order) {
              if (scheduled >= room) {
                  if ([kept containsObject:identifier])
                      [over addObject:identifier];
                  continue;
              }
              ++scheduled;
              if (![kept containsObject:identifier])
                  [center addNotificationRequest:requests[identifier] withCompletionHandler:nil];
          }
          if (over.count > 0)
              [center removePendingNotificationRequestsWithIdentifiers:over];
          const int count = int(scheduled + snoozes);
          dispatch_async(dispatch_get_main_queue(), ^{
            m_scheduledCount = count;
          });
        }];
        refreshSettings();
    }

    ReminderHealth health() const override
    {
        ReminderHealth health;
        health.notifications = m_authorization;
        health.scheduledCount = m_scheduledCount;
        health.firesWhileClosed = true;
        return health;
    }

    void requestPermission(std::function<void(bool granted)> done) override
    {
        auto callback = std::make_shared<std::function<void(bool)>>(std::move(done));
        [[UNUserNotificationCenter currentNotificationCenter]
            requestAuthorizationWithOptions:(UNAuthorizationOptionAlert |
                                             UNAuthorizationOptionSound)
                          completionHandler:^(BOOL granted, NSError *) {
                            dispatch_async(dispatch_get_main_queue(), ^{
                              m_authorization = granted ? ReminderHealth::State::Allowed
                                                        : ReminderHealth::State::Denied;
                              if (*callback)
                                  (*callback)(granted);
                            });
                          }];
    }

    bool openSystemSetting(SystemSetting setting) override
    {
        if (setting != SystemSetting::Notifications)
            return false; // iOS has no exact-alarm or battery setting for apps
        NSString *target = UIApplicationOpenSettingsURLString;
        if (@available(iOS 16.0, *))
            target = UIApplicationOpenNotificationSettingsURLString;
        [[UIApplication sharedApplication] openURL:[NSURL URLWithString:target]
                                           options:@{}
                                 completionHandler:nil];
        return true;
    }

private:
    static UNNotificationRequest *makeRequest(const ScheduledReminder &reminder,
                                              const QDateTime &fire, NSString *identifier)
    {
        UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
        content.title = toNS(reminder.title);
        content.body = toNS(reminder.body);
        content.sound = [UNNotificationSound defaultSound];
        content.categoryIdentifier =
            reminder.startLink.isEmpty() ? categoryWithoutStart : categoryWithStart;
        content.userInfo = @{
            @"reminderId" : @(reminder.id),
            @"open" : toNS(reminder.openLink),
            @"start" : toNS(reminder.startLink)
        };
        // Local wall-clock components without a zone: the trigger follows the phone's zone.
        const QDateTime local = fire.toLocalTime();
        NSDateComponents *when = [[NSDateComponents alloc] init];
        when.year = local.date().year();
        when.month = local.date().month();
        when.day = local.date().day();
        when.hour = local.time().hour();
        when.minute = local.time().minute();
        when.second = local.time().second();
        UNCalendarNotificationTrigger *trigger =
            [UNCalendarNotificationTrigger triggerWithDateMatchingComponents:when repeats:NO];
        return [UNNotificationRequest requestWithIdentifier:identifier
                                                    content:content
                                                    trigger:trigger];
    }

    void refreshSettings()
    {
        [[UNUserNotificationCenter currentNotificationCenter]
            getNotificationSettingsWithCompletionHandler:^(UNNotificationSettings *settings) {
              ReminderHealth::State state = ReminderHealth::State::Allowed;
              switch (settings.authorizationStatus) {
              case UNAuthorizationStatusNotDetermined:
                  state = ReminderHealth::State::NotAsked;
                  break;
              case UNAuthorizationStatusDenied:
                  state = ReminderHealth::State::Denied;
                  break;
              default: // authorized, provisional, ephemeral
                  break;
              }
              dispatch_async(dispatch_get_main_queue(), ^{
                m_authorization = state;
              });
            }];
    }

    ReminderHealth::State m_authorization = ReminderHealth::State::NotAsked;
    int m_scheduledCount = 0;
};

} // namespace

std::unique_ptr<ReminderNotifier> createIosReminderNotifier()
{
    return std::make_unique<IosReminderNotifier>();
}

} // namespace unknot
