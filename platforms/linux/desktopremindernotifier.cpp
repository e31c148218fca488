// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopremindernotifier.h"
#include "logging.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

#include <algorithm>

namespace unknot {

namespace {

constexpr auto interfaceName = "org.freedesktop.Notifications";
// Action keys: "default" is the spec's key for clicking the notification itself.
constexpr auto openAction = "default";
constexpr auto startAction = "start";
constexpr auto snoozeAction = "snooze";

QDBusMessage notificationsCall(const char *method)
{
    return QDBusMessage::createMethodCall(QLatin1String(DesktopReminderNotifier::service),
                                          QLatin1String(DesktopReminderNotifier::path),
                                          QLatin1String(interfaceName), QLatin1String(method));
}

} // namespace

DesktopReminderNotifier::DesktopReminderNotifier(const QDBusConnection &bus, WallClock clock,
                                                 QObject *parent)
    : DesktopReminderNotifier(BusProvider([bus] { return bus; }), std::move(clock), parent)
{
    start();
}

DesktopReminderNotifier::DesktopReminderNotifier(BusProvider bus, WallClock clock, QObject *parent)
    : QObject(parent), m_busProvider(std::move(bus)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DesktopReminderNotifier::checkDue);
}

void DesktopReminderNotifier::start()
{
    if (m_bus)
        return;
    m_bus = m_busProvider();
    const QString serviceName = QLatin1String(service);
    const QString objectPath = QLatin1String(path);
    const QString iface = QLatin1String(interfaceName);
    // Both signals are broadcast to every client; only ids this notifier posted are acted on.
    m_bus->connect(serviceName, objectPath, iface, QStringLiteral("ActionInvoked"), this,
                   SLOT(onActionInvoked(uint, QString)));
    m_bus->connect(serviceName, objectPath, iface, QStringLiteral("NotificationClosed"), this,
                   SLOT(onNotificationClosed(uint, uint)));
    fetchCapabilities();
    checkDue();
}

DesktopReminderNotifier::~DesktopReminderNotifier() = default;

void DesktopReminderNotifier::sync(const QList<ScheduledReminder> &reminders)
{
    if (!m_bus) {
        // Kept for start(), which posts what comes due until then.
        m_tracker.setReminders(reminders);
        return;
    }
    // The core computes occurrences after "now": an occurrence that has just come due but that
    // the timer has not reached yet is already missing from the new list. Post it first.
    checkDue();
    if (!m_tracker.setReminders(reminders))
        return;
    qCDebug(lcDesktopNotifications) << "tracking" << reminders.size() << "reminders";
    checkDue();
}

void DesktopReminderNotifier::checkDue()
{
    if (!m_bus)
        return; // start() looks
    const QList<ReminderDueTracker::Due> due = m_tracker.takeDue(m_clock());
    for (const ReminderDueTracker::Due &occurrence : due) {
        if (const ScheduledReminder *reminder = m_tracker.reminder(occurrence.reminderId))
            post(*reminder);
    }
    armTimer();
}

void DesktopReminderNotifier::armTimer()
{
    const QDateTime next = m_tracker.nextDue();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 maxWait = std::chrono::milliseconds(maxWakeInterval).count();
    const qint64 untilDue = m_clock().msecsTo(next);
    // A little late rather than early: a wake-up a millisecond before the due time would only
    // re-arm for that millisecond.
    m_timer.start(int(std::clamp<qint64>(untilDue + 50, 0, maxWait)));
}

void DesktopReminderNotifier::post(const ScheduledReminder &reminder)
{
    QStringList actions{QLatin1String(openAction), tr("Open")};
    if (!reminder.startLink.isEmpty())
        actions << QLatin1String(startAction) << tr("Start now");
    actions << QLatin1String(snoozeAction) << tr("Snooze 10 min");
    QVariantMap hints;
    // Lets the desktop show Unknot's name and icon and group its notifications.
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("app.unknot"));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-unknot.reminder"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal

    QDBusMessage notify = notificationsCall("Notify");
    notify << QStringLiteral("Unknot") << uint(0) << QString() << reminder.title
           << (m_bodyMarkup ? reminder.body.toHtmlEscaped() : reminder.body) << actions << hints
           << int(-1); // the server's default expiry
    const Posted posted{reminder.id, reminder.openLink, reminder.startLink};
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, posted](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<uint> reply = *call;
                if (reply.isError()) {
                    qCWarning(lcDesktopNotifications)
                        << "the notification service refused reminder" << posted.reminderId
                        << reply.error().message();
                    return;
                }
                m_posted.insert(reply.value(), posted);
            });
    qCInfo(lcDesktopNotifications) << "posting reminder" << reminder.id;
}

void DesktopReminderNotifier::onActionInvoked(uint notificationId, const QString &actionKey)
{
    const auto it = m_posted.constFind(notificationId);
    if (it == m_posted.cend())
        return; // another application's notification
    const Posted posted = *it;
    qCInfo(lcDesktopNotifications) << "action" << actionKey << "on reminder" << posted.reminderId;
    if (actionKey == QLatin1String(startAction) && !posted.startLink.isEmpty()) {
        activateLink(posted.startLink);
    } else if (actionKey == QLatin1String(snoozeAction)) {
        m_posted.remove(notificationId); // one snooze per notification, however often clicked
        m_tracker.addSnooze(posted.reminderId,
                            m_clock().addSecs(std::chrono::seconds(snoozeDelay).count()));
        armTimer();
    } else if (actionKey == QLatin1String(openAction)) {
        activateLink(posted.openLink);
    }
}

void DesktopReminderNotifier::onNotificationClosed(uint notificationId, uint reason)
{
    Q_UNUSED(reason)
    m_posted.remove(notificationId);
}

ReminderHealth DesktopReminderNotifier::health() const
{
    ReminderHealth health;
    // Not known before start(): asking the bus is what start-up leaves for later.
    health.notifications = !m_bus               ? ReminderHealth::State::NotAsked
                           : serviceAvailable() ? ReminderHealth::State::Allowed
                                                : ReminderHealth::State::Denied;
    health.firesWhileClosed = false;
    health.scheduledCount = m_tracker.pendingCount();
    return health;
}

void DesktopReminderNotifier::requestPermission(std::function<void(bool granted)> done)
{
    // The desktop asks nobody; "granted" means there is a service to show notifications.
    start();
    const bool available = serviceAvailable();
    QTimer::singleShot(0, this, [done = std::move(done), available] {
        if (done)
            done(available);
    });
}

bool DesktopReminderNotifier::openSystemSetting(SystemSetting setting)
{
    Q_UNUSED(setting)
    return false; // desktops have no per-app notification setting Unknot could open
}

bool DesktopReminderNotifier::serviceAvailable() const
{
    if (!m_bus)
        return false;
    const QDBusConnectionInterface *busInterface = m_bus->interface();
    if (!m_bus->isConnected() || !busInterface)
        return false;
    const QString name = QLatin1String(service);
    if (busInterface->isServiceRegistered(name).value())
        return true;
    // Started on first use (a D-Bus activatable server such as dunst or mako).
    return busInterface->activatableServiceNames().value().contains(name);
}

void DesktopReminderNotifier::fetchCapabilities()
{
    if (!m_bus->isConnected())
        return;
    auto *watcher =
        new QDBusPendingCallWatcher(m_bus->asyncCall(notificationsCall("GetCapabilities")), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QStringList> reply = *call;
                if (reply.isError()) {
                    qCInfo(lcDesktopNotifications)
                        << "no notification service yet:" << reply.error().message();
                    return;
                }
                m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
            });
}

} // namespace unknot
