// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidedsession.h"

#include "audioplayer.h"
#include "catalog.h"
#include "logging.h"
#include "regions.h"
#include "resourcepaths.h"
#include "sessionrepository.h"

namespace unknot {

GuidedSession::GuidedSession(Catalog *catalog, SessionRepository *repository, AudioPlayer *player,
                             QObject *parent)
    : QObject(parent), m_catalog(catalog), m_repository(repository), m_player(player)
{
    connect(m_player, &AudioPlayer::finished, this, [this] {
        if (active())
            next();
    });
}

QString GuidedSession::techniqueId() const
{
    return m_technique ? m_technique->id : QString();
}
QString GuidedSession::title() const
{
    return m_technique ? m_technique->title : QString();
}
int GuidedSession::stepCount() const
{
    return m_technique ? int(m_technique->steps.size()) : 0;
}

QString GuidedSession::stepText() const
{
    return m_technique ? m_technique->steps.at(m_stepIndex).text : QString();
}

QString GuidedSession::stepCue() const
{
    return m_technique ? m_technique->steps.at(m_stepIndex).cue : QString();
}

bool GuidedSession::start(const QString &techniqueId, const QString &regionId)
{
    const Technique *t = m_catalog->technique(techniqueId);
    if (!t || t->steps.isEmpty()) {
        emit failed(tr("This technique is not available."));
        return false;
    }
    if (active())
        stop();
    m_technique = t;
    m_regionId = regionId.isEmpty() ? m_catalog->defaultRegionFor(techniqueId) : regionId;
    m_stepIndex = 0;
    m_startedAt = QDateTime::currentDateTime();
    qCInfo(lcSession) << "start" << techniqueId << m_regionId;
    emit activeChanged();
    emit stepChanged();
    playCurrentStep();
    return true;
}

void GuidedSession::next()
{
    if (!active())
        return;
    if (m_stepIndex + 1 >= stepCount()) {
        end(true);
        return;
    }
    ++m_stepIndex;
    emit stepChanged();
    playCurrentStep();
}

void GuidedSession::stop()
{
    if (active())
        end(false);
}

void GuidedSession::playCurrentStep()
{
    m_player->play(ResourcePaths::toUrl(m_technique->steps.at(m_stepIndex).audioPath));
}

void GuidedSession::end(bool completed)
{
    m_player->stop();
    SessionRecord r;
    r.techniqueId = m_technique->id;
    r.regionId = m_regionId;
    r.sides = Regions::sideOf(m_regionId) == Side::Centre
                  ? QString()
                  : (Regions::sideOf(m_regionId) == Side::Left ? QStringLiteral("left")
                                                               : QStringLiteral("right"));
    r.startedAt = m_startedAt;
    r.endedAt = QDateTime::currentDateTime();
    r.stepsTotal = stepCount();
    r.stepsCompleted = completed ? stepCount() : m_stepIndex;
    r.completed = completed;
    m_technique = nullptr;
    const qint64 id = m_repository->add(r);
    emit activeChanged();
    emit stepChanged();
    emit finished(completed);
    if (id > 0) {
        m_lastSavedId = id;
        emit saved(id);
    } else {
        emit failed(tr("This session could not be saved: %1").arg(m_repository->errorText()));
    }
}

} // namespace unknot
