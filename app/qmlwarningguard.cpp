// SPDX-License-Identifier: GPL-3.0-or-later
#include "qmlwarningguard.h"

#include <QMutex>
#include <QQmlEngine>
#include <QQmlError>

namespace {

// A message handler reaches only globals. Both are empty at load and cost nothing to create.
QMutex s_mutex;         // clazy:exclude=non-pod-global-static
QStringList s_warnings; // clazy:exclude=non-pod-global-static
QtMessageHandler s_previous = nullptr;

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
    if (type != QtDebugMsg && type != QtInfoMsg && isQmlMessage(context)) {
        QMutexLocker lock(&s_mutex);
        s_warnings << message;
    }
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

QmlWarningGuard::QmlWarningGuard()
{
    s_previous = qInstallMessageHandler(handler);
}

QmlWarningGuard::~QmlWarningGuard()
{
    qInstallMessageHandler(s_previous);
}

void QmlWarningGuard::watch(QQmlEngine &engine)
{
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [](const QList<QQmlError> &errors) {
        QMutexLocker lock(&s_mutex);
        for (const QQmlError &e : errors)
            s_warnings << e.toString();
    });
}

QStringList QmlWarningGuard::warnings() const
{
    QMutexLocker lock(&s_mutex);
    return s_warnings;
}
