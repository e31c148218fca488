// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkentry.h"

#include "core/appcore.h"

LinkEntry::LinkEntry()
{
    // A plan file opened with Unknot arrives as a URL on the phones (src/plan/PLAN-FORMAT.md).
    // Not on the desktop: there it comes as a path on the command line, and a "file" handler
    // would take over every QDesktopServices::openUrl of a local file.
#if defined(Q_OS_ANDROID)
    m_receiver.receiveFileSchemes({QStringLiteral("content")});
#elif defined(Q_OS_IOS)
    m_receiver.receiveFileSchemes({QStringLiteral("file")});
#endif
}

bool LinkEntry::claimInstance(const QString &link, bool singleInstance)
{
    if (singleInstance)
        m_instance = unknot::createInstanceGuard(qEnvironmentVariable("UNKNOT_DATABASE"));
    if (!m_instance)
        return true;
    if (!m_instance->claim(link))
        return false;
    m_instance->onActivated = [this](const QString &handedLink) {
        m_receiver.receiveText(handedLink);
        if (m_window) {
            m_window->show();
            m_window->raise();
            m_window->requestActivate();
        }
    };
    return true;
}

void LinkEntry::deliverTo(unknot::AppCore &core, QQuickWindow *window)
{
    m_window = window;
    QObject::connect(&m_receiver, &unknot::LinkReceiver::linkReceived, &core,
                     &unknot::AppCore::openLink);
    m_receiver.startDelivering();
}
