// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop single instance over a local socket (QLocalServer, owner-only): the first start
// listens; a later one connects, sends its link, waits for the answer and exits. QtNetwork is
// linked here only, never on the phones (it would add Android's INTERNET permission).
#include "platform/instanceguard.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcInstance, "unknot.platform.instance")

namespace unknot {

namespace {

constexpr int handOverTimeoutMs = 3000;
const QByteArray answer = QByteArrayLiteral("shown\n");

class LocalInstanceGuard final : public InstanceGuard
{
public:
    explicit LocalInstanceGuard(const QString &key)
        : m_name(QStringLiteral("unknot-%1-%2")
                     .arg(getuid())
                     .arg(QString::fromLatin1(
                         QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256)
                             .toHex()
                             .left(16))))
    {}

    bool claim(const QString &link) override
    {
        // Twice: a start that races ours may win the name between our attempts.
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (handOver(link))
                return false;
            if (listen())
                return true;
        }
        qCWarning(lcInstance) << "could neither reach nor become the running instance:"
                              << m_server.errorString();
        return true; // better two windows than none
    }

private:
    bool handOver(const QString &link)
    {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (!socket.waitForConnected(handOverTimeoutMs))
            return false;
        socket.write(link.toUtf8() + '\n');
        if (!socket.waitForBytesWritten(handOverTimeoutMs))
            return false;
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(handOverTimeoutMs))
                return false;
        }
        const bool taken = socket.readLine() == answer;
        qCInfo(lcInstance) << "handed" << (link.isEmpty() ? QStringLiteral("(no link)") : link)
                           << "to the running instance:" << taken;
        return taken;
    }

    bool listen()
    {
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        if (m_server.listen(m_name)) {
            startAnswering();
            return true;
        }
        if (m_server.serverError() != QAbstractSocket::AddressInUseError)
            return false;
        // Nobody answered on the name, so it is a socket file a crashed instance left behind.
        QLocalServer::removeServer(m_name);
        if (!m_server.listen(m_name))
            return false;
        startAnswering();
        return true;
    }

    void startAnswering()
    {
        qCInfo(lcInstance) << "running instance; listening on" << m_server.fullServerName();
        QObject::connect(&m_server, &QLocalServer::newConnection, &m_server, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QLocalSocket::disconnected, socket,
                                 &QObject::deleteLater);
                const auto serve = [this, socket] {
                    if (!socket->canReadLine())
                        return;
                    const QString link = QString::fromUtf8(socket->readLine()).trimmed();
                    socket->write(answer);
                    socket->flush();
                    socket->disconnectFromServer();
                    if (onActivated)
                        onActivated(link);
                };
                QObject::connect(socket, &QLocalSocket::readyRead, socket, serve);
                serve(); // the line may have arrived before the connection above
            }
        });
    }

    QString m_name;
    QLocalServer m_server;
};

} // namespace

std::unique_ptr<InstanceGuard> createInstanceGuard(const QString &key)
{
    return std::make_unique<LocalInstanceGuard>(key);
}

} // namespace unknot
