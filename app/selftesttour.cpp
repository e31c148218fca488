// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftesttour.h"

#include "core/appcore.h"
#include "plan/plan.h"
#include "safety/onboarding.h"
#include "safety/safety.h"
#include "session/guidedsession.h"

#include <QMetaMethod>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

using unknot::GuidedSession;
using unknot::Onboarding;
using unknot::Plan;

namespace {

// A page that takes longer than this to show is reported as not shown.
constexpr int kStepTimeoutMs = 15000;
// A technique with both sides, timed steps and repetitions, listed for the left forearm.
constexpr QLatin1String kRegion("forearm-wrist-left");
constexpr QLatin1String kTechnique("forearm-ball-release");
// Another, for the plan.
constexpr QLatin1String kOtherTechnique("forearm-flexor-release");

// With `shownOnly`, hidden items and what they hold are passed over: a page kept below the
// current one has controls of the same names.
QObject *findIn(QObject *object, const QString &name, bool shownOnly = false)
{
    if (!object)
        return nullptr;
    if (shownOnly) {
        const auto *item = qobject_cast<QQuickItem *>(object);
        if (item && !item->isVisible())
            return nullptr;
    }
    if (object->objectName() == name)
        return object;
    // Visual children need not be QObject children (and the reverse), so look in both.
    if (auto *item = qobject_cast<QQuickItem *>(object)) {
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findIn(child, name, shownOnly))
                return found;
        }
    }
    for (QObject *child : object->children()) {
        if (QObject *found = findIn(child, name, shownOnly))
            return found;
    }
    return nullptr;
}

} // namespace

SelfTestTour::SelfTestTour(QQuickWindow *window, unknot::AppCore *core, QObject *parent)
    : QObject(parent), m_window(window), m_core(core)
{
    GuidedSession *session = core->session();
    using Phase = GuidedSession::Phase;
    // Building blocks for the steps below.
    const auto tab = [this](int index) {
        return [this, index] {
            callShell("showTab", {index});
        };
    };
    const auto tap = [this](const char *name) {
        return [this, name] {
            click(QLatin1String(name));
        };
    };
    const auto shows = [this](const char *name) {
        return [this, name] {
            return isShown(QLatin1String(name));
        };
    };
    const auto bodyShows = [this](const char *page) {
        return [this, page] {
            return bodyPage() == QLatin1String(page) && isShown(QLatin1String(page));
        };
    };
    const auto phaseShows = [this, session](Phase phase, const char *name) {
        return [this, session, phase, name] {
            return session->phase() == phase && isShown(QLatin1String(name));
        };
    };

    // A first launch (main asks for it on the self-test's fresh settings): the introduction
    // over everything, Next held until "I understand" is ticked, the health checklist, and
    // Done leading to the body map with the acknowledgement stored.
    Onboarding *onboarding = core->safety()->onboarding();
    const auto onboardingShows = [this, onboarding](const char *screen) {
        return [this, onboarding, screen] {
            return onboarding->needed() && isShown(QLatin1String(screen)) &&
                   !isShown(QStringLiteral("regionListPage"));
        };
    };
    add(
        "first launch: what Unknot is for", [] {}, onboardingShows("onboardingIntro"));
    add("first launch: your practitioner", tap("onboardingNext"),
        onboardingShows("onboardingClinician"));
    add("first launch: when to stop", tap("onboardingNext"), onboardingShows("onboardingStopFor"));
    add("first launch: Next waits for \"I understand\"", tap("onboardingNext"),
        [this, onboardingShows] {
            QObject *next = find(QStringLiteral("onboardingNext"));
            return onboardingShows("onboardingStopFor")() && next &&
                   !next->property("enabled").toBool();
        });
    add(
        "first launch: health checklist",
        [this] {
            if (QObject *box = find(QStringLiteral("acknowledgeBox")))
                box->setProperty("checked", true);
            click(QStringLiteral("onboardingNext"));
        },
        [this, onboardingShows] {
            return onboardingShows("onboardingChecklist")() &&
                   isShown(QStringLiteral("health_fracture"));
        });
    add("body map after the first launch", tap("onboardingNext"), [this, onboarding, bodyShows] {
        return !onboarding->needed() && onboarding->acknowledgedVersion() > 0 &&
               !find(QStringLiteral("onboardingPage")) && isShown(QStringLiteral("navBar")) &&
               bodyShows("regionListPage")();
    });
    add(
        "the region's techniques", [this] { callShell("openRegion", {kRegion}); },
        bodyShows("techniqueListPage"));
    add(
        "a technique",
        [this] {
            callShell("openTechnique", {kTechnique, kRegion});
        },
        bodyShows("techniqueDetailPage"));
    add("session: prepare", tap("startSessionButton"), phaseShows(Phase::Preparing, "painBefore"));
    add("session: running", tap("skipRatingButton"), phaseShows(Phase::Running, "stepCaption"));
    add("session: pain stop", tap("painStopButton"), phaseShows(Phase::PainStopped, "painCaution"));
    add("progress: history", tap("cautionDoneButton"), phaseShows(Phase::Idle, "historyList"));
    add(
        "session: review",
        [this, session] {
            callShell("showTab", {0});
            callShell("startSession", {kTechnique, kRegion, false});
            session->begin(-1);
            for (int i = 0; i < 200 && session->phase() == Phase::Running; ++i)
                session->next();
        },
        phaseShows(Phase::Review, "sessionDone"));
    add("progress: history with the session", tap("doneButton"),
        phaseShows(Phase::Idle, "historyList"));
    add(
        "progress: overview",
        [this] {
            if (QObject *tabs = find(QStringLiteral("progressTabs")))
                tabs->setProperty("currentIndex", 1);
        },
        shows("progressOverview"));
    add(
        "progress: region detail",
        [this] {
            QMetaObject::invokeMethod(find(QStringLiteral("progressPage")), "openRegion",
                                      Q_ARG(QVariant, kRegion));
        },
        [this] {
            QObject *stack = find(QStringLiteral("progressStack"));
            return stack && stack->property("depth").toInt() == 2 &&
                   !stack->property("busy").toBool();
        });
    add("reminders", tab(2), shows("remindersPage"));
    add("reminders: editor", tap("addReminder"), shows("reminderEditor"));
    add("more", tab(3), shows("morePage"));
    // The Body tab kept its place: the technique the sessions were started from.
    add("back to the Body tab", tab(0), bodyShows("techniqueDetailPage"));
    // My plan: added from the technique, on the plan page, then Today's card on the body map
    // starts it.
    Plan *plan = core->plan();
    // One not done today (the sessions above completed kTechnique, so it is no longer due).
    add(
        "my plan: another technique",
        [this] {
            callShell("openTechnique", {kOtherTechnique, QString()});
        },
        [this] {
            QObject *stack = find(QStringLiteral("bodyStack"));
            const auto *page = stack ? stack->property("currentItem").value<QObject *>() : nullptr;
            // The earlier technique page, hidden below, has the same name: look at the top.
            return bodyPage() == QLatin1String("techniqueDetailPage") && page &&
                   page->property("visible").toBool() &&
                   page->property("techniqueId").toString() == kOtherTechnique;
        });
    add("my plan: add a technique", tap("addToPlanButton"), [this, bodyShows] {
        return bodyShows("planPage")() && isShown(QStringLiteral("planEntryEditor"));
    });
    add("my plan: the technique in the plan", tap("savePlanEntry"), [this, plan] {
        return plan->count() == 1 && isShown(QStringLiteral("planEntry_0")) &&
               !isShown(QStringLiteral("planEntryEditor"));
    });
    add(
        "body map: Today's plan",
        [this] {
            // Back, page by page, to the body map.
            QObject *stack = find(QStringLiteral("bodyStack"));
            while (stack && stack->property("depth").toInt() > 1)
                callShell("popPage", {});
        },
        [this, bodyShows] {
            return bodyShows("regionListPage")() && isShown(QStringLiteral("todayPlanCard")) &&
                   isShown(QStringLiteral("startPlanButton"));
        });
    add("Today's plan: start", tap("startPlanButton"), phaseShows(Phase::Preparing, "painBefore"));

    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &SelfTestTour::poll);
}

void SelfTestTour::add(const char *name, std::function<void()> act, std::function<bool()> shown)
{
    m_steps.append({QString::fromUtf8(name), std::move(act), std::move(shown)});
}

void SelfTestTour::start(std::function<void(const QString &)> finished)
{
    m_finished = std::move(finished);
    m_current = -1;
    runNext();
}

void SelfTestTour::runNext()
{
    if (++m_current >= m_steps.size()) {
        m_poll.stop();
        m_finished(QString());
        return;
    }
    const Step &step = m_steps.at(m_current);
    std::fprintf(stderr, "self-test: %s\n", qPrintable(step.name));
    step.act();
    m_waiting.start();
    m_poll.start();
}

void SelfTestTour::poll()
{
    if (!m_window) {
        fail(QStringLiteral("the window is gone"));
        return;
    }
    const Step &step = m_steps.at(m_current);
    if (!step.shown()) {
        if (m_waiting.elapsed() > kStepTimeoutMs)
            fail(QStringLiteral("\"%1\" was not shown within %2 s")
                     .arg(step.name)
                     .arg(kStepTimeoutMs / 1000));
        return;
    }
    // Shown: let it render one frame before the next step.
    m_poll.stop();
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_window, &QQuickWindow::frameSwapped, this, [this, connection] {
        disconnect(*connection);
        delete connection;
        QTimer::singleShot(0, this, &SelfTestTour::runNext);
    });
    m_window->update();
}

void SelfTestTour::fail(const QString &why)
{
    m_poll.stop();
    m_finished(why);
}

QObject *SelfTestTour::find(const QString &objectName) const
{
    return m_window ? findIn(m_window->contentItem(), objectName) : nullptr;
}

QObject *SelfTestTour::findShown(const QString &objectName) const
{
    return m_window ? findIn(m_window->contentItem(), objectName, true) : nullptr;
}

QString SelfTestTour::bodyPage() const
{
    QObject *stack = find(QStringLiteral("bodyStack"));
    if (!stack || stack->property("busy").toBool())
        return {};
    const auto *page = stack->property("currentItem").value<QObject *>();
    return page ? page->objectName() : QString();
}

QQuickItem *SelfTestTour::shell() const
{
    // The one item with the shell's navigation functions (AppShell has no name of its own).
    if (!m_window)
        return nullptr;
    const QList<QQuickItem *> children = m_window->contentItem()->childItems();
    for (QQuickItem *item : children) {
        if (item->metaObject()->indexOfMethod("showTab(QVariant)") >= 0)
            return item;
    }
    return nullptr;
}

bool SelfTestTour::isShown(const QString &objectName) const
{
    const auto *item = qobject_cast<QQuickItem *>(findShown(objectName));
    return item && item->width() > 0 && item->height() > 0;
}

void SelfTestTour::click(const QString &objectName)
{
    QObject *button = findShown(objectName);
    // A finger cannot tap a disabled button.
    if (button && !button->property("enabled").toBool())
        std::fprintf(stderr, "self-test: %s is disabled\n", qPrintable(objectName));
    else if (!button || !QMetaObject::invokeMethod(button, "clicked"))
        std::fprintf(stderr, "self-test: cannot click %s\n", qPrintable(objectName));
}

void SelfTestTour::callShell(const char *function, const QVariantList &arguments)
{
    QQuickItem *target = shell();
    bool ok = false;
    if (target) {
        switch (arguments.size()) {
        case 0:
            ok = QMetaObject::invokeMethod(target, function);
            break;
        case 1:
            ok = QMetaObject::invokeMethod(target, function, Q_ARG(QVariant, arguments.at(0)));
            break;
        case 2:
            ok = QMetaObject::invokeMethod(target, function, Q_ARG(QVariant, arguments.at(0)),
                                           Q_ARG(QVariant, arguments.at(1)));
            break;
        case 3:
            ok = QMetaObject::invokeMethod(target, function, Q_ARG(QVariant, arguments.at(0)),
                                           Q_ARG(QVariant, arguments.at(1)),
                                           Q_ARG(QVariant, arguments.at(2)));
            break;
        default:
            break;
        }
    }
    if (!ok)
        std::fprintf(stderr, "self-test: cannot call the shell's %s()\n", function);
}
