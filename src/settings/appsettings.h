// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QSettings>

#include <QtQml/qqmlregistration.h>
#include <memory>

namespace unknot {

// The user's preferences. Kept in QSettings (not QML Settings, which moved modules in Qt 6.5).
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Settings are provided by the app core")
    // "system", "light" or "dark"
    Q_PROPERTY(QString themeMode READ themeMode WRITE setThemeMode NOTIFY themeModeChanged)
    Q_PROPERTY(bool reduceMotion READ reduceMotion WRITE setReduceMotion NOTIFY reduceMotionChanged)
    Q_PROPERTY(qreal voiceVolume READ voiceVolume WRITE setVoiceVolume NOTIFY voiceVolumeChanged)
    // Text size: the phone's own setting (Android font scale, iOS Dynamic Type; 1 on desktops)
    // times the app's (kept here; offered on the desktop, whose system has no such setting).
    // Theme scales its type tokens by textScale.
    Q_PROPERTY(qreal textScale READ textScale NOTIFY textScaleChanged)
    Q_PROPERTY(qreal appTextScale READ appTextScale WRITE setAppTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(qreal systemTextScale READ systemTextScale NOTIFY textScaleChanged)
    // Sessions on a region the practitioner has not cleared (or whose clearance is not
    // recorded) cannot be started at all, rather than after a confirmation.
    Q_PROPERTY(bool blockUnclearedRegions READ blockUnclearedRegions WRITE setBlockUnclearedRegions
                   NOTIFY blockUnclearedRegionsChanged)

public:
    // An empty fileName uses the platform's default location.
    explicit AppSettings(const QString &fileName = {}, QObject *parent = nullptr);

    QString themeMode() const;
    void setThemeMode(const QString &mode);
    bool reduceMotion() const;
    void setReduceMotion(bool on);
    qreal voiceVolume() const;
    void setVoiceVolume(qreal volume);
    // Only kept here across restarts: the session's voiceOff is the one the app reads and sets.
    bool voiceOff() const;
    void setVoiceOff(bool off);
    // Both factors are kept within [minTextScale, maxTextScale]: the screens are checked at
    // 130% and 200%.
    static constexpr qreal minTextScale = 0.85;
    static constexpr qreal maxTextScale = 2.0;
    qreal textScale() const;
    qreal appTextScale() const;
    void setAppTextScale(qreal scale);
    qreal systemTextScale() const { return m_systemTextScale; }
    // Set by main from the platform (PlatformServices::systemTextScale), again when the app returns
    // to the screen; not stored.
    void setSystemTextScale(qreal scale);
    bool blockUnclearedRegions() const;
    void setBlockUnclearedRegions(bool on);
    // The first-launch acknowledgement: which version of the wording the user accepted, and
    // when (0 and an invalid time: never).
    int acknowledgedWordingVersion() const;
    QDateTime acknowledgedAt() const;
    void setAcknowledgement(int wordingVersion, const QDateTime &at);

signals:
    void themeModeChanged();
    void reduceMotionChanged();
    void voiceVolumeChanged();
    void textScaleChanged();
    void blockUnclearedRegionsChanged();

private:
    std::unique_ptr<QSettings> m_settings;
    qreal m_systemTextScale = 1.0;
};

} // namespace unknot
