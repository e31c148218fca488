// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlwarningguard.h"

#include <QMutex>
#include <QQmlEngine>
#include <QQmlError>

namespace {

// A message handler reaches only globals: what it collects lives here, for the one guard
// installed at a time. Both are empty at load and cost nothing to create.
QMutex s_mutex;         // clazy:exclude=non-pod-global-static
QStringList s_warnings; // clazy:exclude=non-pod-global-static
QtMessageHandler s_previous = nullptr;
bool s_installed = false;
// Set while the guard itself prints an engine warning it has already counted.
thread_local bool s_echoing = false;

bool isQmlMessage(const QMessageLogContext &context)
{
    const QLatin1String category(context.category ? context.category : "");
    const QLatin1String file(context.file ? context.file : "");
    return category == QLatin1String("qml") || category == QLatin1String("js") ||
           category.startsWith(QLatin1String("qt.qml")) ||
           category.startsWith(QLatin1String("qt.quick")) || file.endsWith(QLatin1String(".qml"));
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!s_echoing && type != QtDebugMsg && type != QtInfoMsg && isQmlMessage(context)) {
        QMutexLocker lock(&s_mutex);
        s_warnings << message;
    }
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

QmlWarningGuard::QmlWarningGuard()
{
    QMutexLocker lock(&s_mutex);
    Q_ASSERT_X(!s_installed, "QmlWarningGuard", "only one guard at a time");
    s_installed = true;
    s_warnings.clear();
    s_previous = qInstallMessageHandler(handler);
}

QmlWarningGuard::~QmlWarningGuard()
{
    QMutexLocker lock(&s_mutex);
    qInstallMessageHandler(s_previous);
    s_previous = nullptr;
    s_warnings.clear();
    s_installed = false;
}

void QmlWarningGuard::watch(QQmlEngine &engine)
{
    // The engine hands its warnings to this signal and would print them through the message
    // handler as well: the guard prints them itself, so that each counts once.
    engine.setOutputWarningsToStandardError(false);
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [](const QList<QQmlError> &errors) {
        for (const QQmlError &e : errors) {
            {
                QMutexLocker lock(&s_mutex);
                if (s_installed)
                    s_warnings << e.toString();
            }
            s_echoing = true;
            QMessageLogger(qPrintable(e.url().toString()), e.line(), nullptr, "qml")
                    .warning()
                    .noquote()
                << e.toString();
            s_echoing = false;
        }
    });
}

QStringList QmlWarningGuard::warnings() const
{
    QMutexLocker lock(&s_mutex);
    return s_warnings;
}
