// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

namespace unknot {

namespace {
constexpr QLatin1String kThemeMode("appearance/themeMode");
constexpr QLatin1String kReduceMotion("appearance/reduceMotion");
constexpr QLatin1String kTextScale("appearance/textScale");
constexpr QLatin1String kVoiceVolume("session/voiceVolume");
constexpr QLatin1String kVoiceOff("session/voiceOff");
constexpr QLatin1String kBlockUncleared("safety/blockUnclearedRegions");
constexpr QLatin1String kAckVersion("safety/acknowledgedWordingVersion");
constexpr QLatin1String kAckAt("safety/acknowledgedAt");
} // namespace

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent),
      m_settings(fileName.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

QString AppSettings::themeMode() const
{
    const QString mode = m_settings->value(kThemeMode).toString();
    return (mode == QLatin1String("light") || mode == QLatin1String("dark"))
               ? mode
               : QStringLiteral("system");
}

void AppSettings::setThemeMode(const QString &mode)
{
    if (mode == themeMode())
        return;
    m_settings->setValue(kThemeMode, mode);
    emit themeModeChanged();
}

bool AppSettings::reduceMotion() const
{
    return m_settings->value(kReduceMotion, false).toBool();
}

void AppSettings::setReduceMotion(bool on)
{
    if (on == reduceMotion())
        return;
    m_settings->setValue(kReduceMotion, on);
    emit reduceMotionChanged();
}

qreal AppSettings::voiceVolume() const
{
    return qBound(0.0, m_settings->value(kVoiceVolume, 1.0).toDouble(), 1.0);
}

void AppSettings::setVoiceVolume(qreal volume)
{
    volume = qBound(0.0, volume, 1.0);
    if (qFuzzyCompare(volume, voiceVolume()))
        return;
    m_settings->setValue(kVoiceVolume, volume);
    emit voiceVolumeChanged();
}

bool AppSettings::voiceOff() const
{
    return m_settings->value(kVoiceOff, false).toBool();
}

void AppSettings::setVoiceOff(bool off)
{
    m_settings->setValue(kVoiceOff, off);
}

namespace {

qreal boundedTextScale(qreal scale)
{
    if (!qIsFinite(scale) || scale <= 0)
        return 1.0;
    return qBound(AppSettings::minTextScale, scale, AppSettings::maxTextScale);
}

} // namespace

qreal AppSettings::textScale() const
{
    return boundedTextScale(m_systemTextScale * appTextScale());
}

qreal AppSettings::appTextScale() const
{
    return boundedTextScale(m_settings->value(kTextScale, 1.0).toReal());
}

void AppSettings::setAppTextScale(qreal scale)
{
    scale = boundedTextScale(scale);
    if (qFuzzyCompare(scale, appTextScale()))
        return;
    m_settings->setValue(kTextScale, scale);
    emit textScaleChanged();
}

void AppSettings::setSystemTextScale(qreal scale)
{
    scale = boundedTextScale(scale);
    if (qFuzzyCompare(scale, m_systemTextScale))
        return;
    m_systemTextScale = scale;
    emit textScaleChanged();
}

bool AppSettings::blockUnclearedRegions() const
{
    return m_settings->value(kBlockUncleared, false).toBool();
}

void AppSettings::setBlockUnclearedRegions(bool on)
{
    if (on == blockUnclearedRegions())
        return;
    m_settings->setValue(kBlockUncleared, on);
    emit blockUnclearedRegionsChanged();
}

int AppSettings::acknowledgedWordingVersion() const
{
    return m_settings->value(kAckVersion, 0).toInt();
}

QDateTime AppSettings::acknowledgedAt() const
{
    return QDateTime::fromString(m_settings->value(kAckAt).toString(), Qt::ISODate);
}

void AppSettings::setAcknowledgement(int wordingVersion, const QDateTime &at)
{
    m_settings->setValue(kAckVersion, wordingVersion);
    m_settings->setValue(kAckAt, at.toUTC().toString(Qt::ISODate));
    // Written now: a phone may kill the app right after the user accepted.
    m_settings->sync();
}

} // namespace unknot
