// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQmlEngine;

// Counts every QML warning or error while installed (engine warnings, console.warn/error,
// binding loops), still printing them as usual. Used by --self-test.
class QmlWarningGuard
{
    Q_DISABLE_COPY_MOVE(QmlWarningGuard) // one message handler, restored once

public:
    QmlWarningGuard();
    ~QmlWarningGuard();
    void watch(QQmlEngine &engine);
    QStringList warnings() const;
};
