// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/onboarding.h"

#include "safety/logging.h"
#include "settings/appsettings.h"

namespace unknot {

Onboarding::Onboarding(AppSettings *settings, int wordingVersion, QObject *parent)
    : QObject(parent), m_settings(settings), m_wordingVersion(wordingVersion)
{}

void Onboarding::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit changed();
}

bool Onboarding::needed() const
{
    return m_active && acknowledgedVersion() != m_wordingVersion;
}

int Onboarding::acknowledgedVersion() const
{
    return m_settings->acknowledgedWordingVersion();
}

QDateTime Onboarding::acknowledgedAt() const
{
    return m_settings->acknowledgedAt();
}

void Onboarding::acknowledge()
{
    m_settings->setAcknowledgement(m_wordingVersion, QDateTime::currentDateTimeUtc());
    qCInfo(lcSafety) << "onboarding acknowledged, wording version" << m_wordingVersion;
    emit changed();
    emit acknowledged();
}

} // namespace unknot
