// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

signals:
    void themeModeChanged();
    void reduceMotionChanged();
    void voiceVolumeChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace unknot
