// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QQuickItem;
class QQuickWindow;

namespace unknot {
class AppCore;
}

// --self-test's walk through the UI: the first launch's introduction, then every page once
// (each tab, a technique, a session through each of its phases, progress detail, My plan and
// Today's card), as a user would reach it, each step waiting until its page is shown and
// rendered. Pages that load lazily are built only here, so a warning they print is seen. To
// cover a new page, add a step in SelfTestTour::SelfTestTour.
class SelfTestTour : public QObject
{
    Q_OBJECT

public:
    SelfTestTour(QQuickWindow *window, unknot::AppCore *core, QObject *parent = nullptr);

    // Runs the steps in order; `finished` gets an empty string once all were shown, or what
    // did not show.
    void start(std::function<void(const QString &failure)> finished);

    // The item named `objectName` anywhere in the window (children and child items), or null.
    QObject *find(const QString &objectName) const;
    // The same among the items on screen (a page kept below the current one is not).
    QObject *findShown(const QString &objectName) const;
    // The page on top of the Body tab's stack, by object name.
    QString bodyPage() const;
    // Whether the item named `objectName` is on screen.
    bool isShown(const QString &objectName) const;

private:
    struct Step
    {
        QString name;
        std::function<void()> act;   // what the user does
        std::function<bool()> shown; // true once the page it leads to is up
    };

    void add(const char *name, std::function<void()> act, std::function<bool()> shown);
    void runNext();
    void poll();
    void fail(const QString &why);

    QQuickItem *shell() const;
    void click(const QString &objectName);
    void callShell(const char *function, const QVariantList &arguments);

    QPointer<QQuickWindow> m_window;
    unknot::AppCore *m_core;
    QList<Step> m_steps;
    qsizetype m_current = -1;
    QTimer m_poll;
    QElapsedTimer m_waiting;
    std::function<void(const QString &)> m_finished;
};
