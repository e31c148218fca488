// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace unknot {

// Receives the unknot:// links the operating system hands to the app: Android VIEW intents, iOS
// openURL, QDesktopServices::openUrl, and links passed on by a second desktop instance.
//
// Construct it right after the application object: Android delivers the launch intent on the
// first pass of the event loop, before the model layer exists. Links are kept until
// startDelivering() is called (once the UI can show them), then emitted as they come.
class LinkReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LinkReceiver(QObject *parent = nullptr);
    ~LinkReceiver() override;

    // Also takes the files the system hands over as URLs of these schemes ("Open with" a plan
    // file: Android's VIEW intent gives content://, iOS's openURL gives file://). Qt passes
    // both to QDesktopServices, which drops a scheme without a handler.
    void receiveFileSchemes(const QStringList &schemes);

    // Emits the kept links in arrival order, and every later one as it arrives.
    void startDelivering();
    bool isDelivering() const { return m_delivering; }
    QStringList pendingLinks() const { return m_pending; }

public slots:
    // The handler QDesktopServices calls (by name) for the unknot scheme and the file schemes.
    void receive(const QUrl &url);
    void receiveText(const QString &link);

signals:
    void linkReceived(const QString &link);

private:
    QStringList m_pending;
    QStringList m_fileSchemes;
    bool m_delivering = false;
};

} // namespace unknot
