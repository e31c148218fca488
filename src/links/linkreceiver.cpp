// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/linkreceiver.h"

#include "links/logging.h"

#include <QDesktopServices>

namespace unknot {

namespace {

const QString scheme()
{
    return QStringLiteral("unknot");
}

} // namespace

LinkReceiver::LinkReceiver(QObject *parent) : QObject(parent)
{
    // Without a handler Qt drops the links Android and iOS hand over; the name is the slot
    // QDesktopServices invokes.
    QDesktopServices::setUrlHandler(scheme(), this, "receive");
}

LinkReceiver::~LinkReceiver()
{
    QDesktopServices::unsetUrlHandler(scheme());
    for (const QString &fileScheme : std::as_const(m_fileSchemes))
        QDesktopServices::unsetUrlHandler(fileScheme);
}

void LinkReceiver::receiveFileSchemes(const QStringList &schemes)
{
    for (const QString &fileScheme : schemes) {
        if (m_fileSchemes.contains(fileScheme))
            continue;
        m_fileSchemes << fileScheme;
        QDesktopServices::setUrlHandler(fileScheme, this, "receive");
    }
}

void LinkReceiver::startDelivering()
{
    if (m_delivering)
        return;
    m_delivering = true;
    const QStringList kept = std::exchange(m_pending, {});
    for (const QString &link : kept)
        emit linkReceived(link);
}

void LinkReceiver::receive(const QUrl &url)
{
    receiveText(url.toString(QUrl::FullyEncoded));
}

void LinkReceiver::receiveText(const QString &link)
{
    if (link.isEmpty())
        return;
    qCInfo(lcLinks) << "received" << link << (m_delivering ? "" : "(kept until the app is ready)");
    if (m_delivering)
        emit linkReceived(link);
    else
        m_pending.append(link);
}

} // namespace unknot
