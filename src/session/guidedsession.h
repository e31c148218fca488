// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace unknot {

class AudioPlayer;
class Catalog;
class SessionRepository;
struct Technique;

// Walks the user through a technique's steps: plays each step's narration, moves on when it
// ends (or when the user skips), and records the session in the history when it ends.
class GuidedSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The guided session is provided by the app core")
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(QString techniqueId READ techniqueId NOTIFY activeChanged)
    Q_PROPERTY(QString title READ title NOTIFY activeChanged)
    Q_PROPERTY(QString regionId READ regionId NOTIFY activeChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY activeChanged)
    Q_PROPERTY(QString stepText READ stepText NOTIFY stepChanged)
    Q_PROPERTY(QString stepCue READ stepCue NOTIFY stepChanged)
    Q_PROPERTY(qint64 lastSavedId READ lastSavedId NOTIFY saved)

public:
    GuidedSession(Catalog *catalog, SessionRepository *repository, AudioPlayer *player,
                  QObject *parent = nullptr);

    bool active() const { return m_technique != nullptr; }
    QString techniqueId() const;
    QString title() const;
    QString regionId() const { return m_regionId; }
    int stepIndex() const { return m_stepIndex; }
    int stepCount() const;
    QString stepText() const;
    QString stepCue() const;
    qint64 lastSavedId() const { return m_lastSavedId; }

    // Starts the technique for a region; an empty region uses the technique's default.
    Q_INVOKABLE bool start(const QString &techniqueId, const QString &regionId = {});
    Q_INVOKABLE void next();
    // Ends early; what was done is recorded as an incomplete session.
    Q_INVOKABLE void stop();

signals:
    void activeChanged();
    void stepChanged();
    void finished(bool completed);
    void saved(qint64 id);
    void failed(const QString &message);

private:
    void playCurrentStep();
    void end(bool completed);

    Catalog *m_catalog;
    SessionRepository *m_repository;
    AudioPlayer *m_player;
    const Technique *m_technique = nullptr;
    QString m_regionId;
    int m_stepIndex = 0;
    QDateTime m_startedAt;
    qint64 m_lastSavedId = 0;
};

} // namespace unknot
