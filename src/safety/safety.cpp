// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/safety.h"

#include "content/catalog.h"
#include "content/regions.h"
#include "safety/healthchecklist.h"
#include "safety/logging.h"
#include "safety/onboarding.h"
#include "settings/appsettings.h"

#include <QDateTime>

namespace unknot {

Safety::Safety(const QSqlDatabase &db, const Catalog *catalog, AppSettings *settings,
               QObject *parent)
    : QObject(parent), m_catalog(catalog), m_settings(settings),
      m_onboarding(new Onboarding(settings, Onboarding::kWordingVersion, this)), m_clearances(db),
      m_answers(db)
{}

QStringList Safety::flagsOf(const QString &techniqueId) const
{
    if (m_flagsOf)
        return m_flagsOf(techniqueId);
    const Technique *technique = m_catalog->technique(techniqueId);
    return technique ? technique->healthFlags() : QStringList();
}

void Safety::reload()
{
    m_clearanceCache.reset();
    m_tickedCache.reset();
    emit clearancesChanged();
    emit healthAnswersChanged();
}

void Safety::readClearances() const
{
    if (m_clearanceCache)
        return;
    QHash<QString, RegionClearance> byRegion;
    for (const RegionClearance &c : m_clearances.all())
        byRegion.insert(c.regionId, c);
    m_clearanceCache = std::move(byRegion);
}

void Safety::readAnswers() const
{
    if (m_tickedCache)
        return;
    m_tickedCache = m_answers.ticked().value_or(QStringList());
}

QVariantMap Safety::regionStates() const
{
    readClearances();
    QVariantMap out;
    for (const RegionClearance &c : std::as_const(*m_clearanceCache)) {
        if (c.clearance != Clearance::Unknown)
            out.insert(c.regionId, clearanceName(c.clearance));
    }
    return out;
}

QVariantList Safety::healthItems() const
{
    const QStringList ticked = tickedHealthFlags();
    QVariantList out;
    for (const HealthChecklist::Item &item : HealthChecklist::items()) {
        out << QVariantMap{{QStringLiteral("flag"), item.flag},
                           {QStringLiteral("question"), item.question},
                           {QStringLiteral("ticked"), ticked.contains(item.flag)}};
    }
    return out;
}

QStringList Safety::tickedHealthFlags() const
{
    readAnswers();
    return *m_tickedCache;
}

QVariantMap Safety::clearanceOf(const QString &regionId) const
{
    readClearances();
    const RegionClearance c = m_clearanceCache->value(regionId);
    return {{QStringLiteral("recorded"), c.clearance != Clearance::Unknown},
            {QStringLiteral("clearance"), clearanceName(c.clearance)},
            {QStringLiteral("clearedOn"),
             c.clearedOn.isValid() ? c.clearedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("clearedBy"), c.clearedBy},
            {QStringLiteral("note"), c.note}};
}

QString Safety::setClearance(const QString &regionId, const QString &clearance,
                             const QString &clearedOn, const QString &clearedBy,
                             const QString &note)
{
    if (!Regions::isKnownId(regionId))
        return tr("Unknot does not know the body region \"%1\".").arg(regionId);
    const std::optional<Clearance> state = clearanceFromName(clearance);
    if (!state)
        return tr("\"%1\" is not a clearance Unknot knows.").arg(clearance);
    RegionClearance c;
    c.regionId = regionId;
    c.clearance = *state;
    c.clearedBy = clearedBy.trimmed();
    c.note = note.trimmed();
    c.updatedAt = QDateTime::currentMSecsSinceEpoch();
    const QString day = clearedOn.trimmed();
    if (!day.isEmpty()) {
        c.clearedOn = QDate::fromString(day, Qt::ISODate);
        if (!c.clearedOn.isValid())
            return tr("\"%1\" is not a date. Write it as year-month-day, e.g. 2026-03-14.")
                .arg(day);
        if (c.clearedOn > QDate::currentDate())
            return tr("The date is in the future. Enter the day your practitioner told you.");
    }
    if (c.clearedBy.size() > kMaxNameLength)
        return tr("The practitioner's name is too long (at most %1 characters).")
            .arg(kMaxNameLength);
    if (c.note.size() > kMaxNoteLength)
        return tr("The note is too long (at most %1 characters).").arg(kMaxNoteLength);

    const bool stored =
        *state == Clearance::Unknown ? m_clearances.remove(regionId) : m_clearances.save(c);
    if (!stored)
        return tr("The clearance could not be saved: %1").arg(m_clearances.errorText());
    qCInfo(lcSafety) << "clearance of" << regionId << "is now" << clearance;
    m_clearanceCache.reset();
    emit clearancesChanged();
    return {};
}

QString Safety::setHealthAnswer(const QString &flag, bool ticked)
{
    if (!HealthChecklist::isKnownFlag(flag))
        return tr("\"%1\" is not on the health checklist.").arg(flag);
    if (!m_answers.setTicked(flag, ticked, QDateTime::currentMSecsSinceEpoch()))
        return tr("Your answer could not be saved: %1").arg(m_answers.errorText());
    m_tickedCache.reset();
    emit healthAnswersChanged();
    return {};
}

StartCheck::Result Safety::check(const QString &techniqueId, const QString &where,
                                 bool thisSideOnly) const
{
    const Technique *technique = m_catalog->technique(techniqueId);
    if (!technique)
        return {}; // the session itself says the technique is unknown
    readClearances();
    QHash<QString, Clearance> clearances;
    for (const RegionClearance &c : std::as_const(*m_clearanceCache))
        clearances.insert(c.regionId, c.clearance);
    const QStringList flags = flagsOf(techniqueId);
    return StartCheck::check(StartCheck::regionsWorked(*technique, where, thisSideOnly), clearances,
                             flags, tickedHealthFlags(), m_settings->blockUnclearedRegions());
}

QString Safety::reasonText(const StartCheck::Reason &reason) const
{
    using Kind = StartCheck::Reason::Kind;
    switch (reason.kind) {
    case Kind::NotCleared: {
        readClearances();
        const RegionClearance c = m_clearanceCache->value(reason.regionId);
        const QString region = Regions::displayName(reason.regionId);
        QString text = c.clearedBy.isEmpty()
                           ? tr("Your practitioner has not cleared this area: %1.").arg(region)
                           : tr("%1 has not cleared this area: %2.").arg(c.clearedBy, region);
        if (!c.note.isEmpty())
            text += QLatin1Char(' ') + tr("Their note: %1").arg(c.note);
        return text;
    }
    case Kind::NotRecorded:
        return tr("No clearance from your practitioner is recorded for this area: %1.")
            .arg(Regions::displayName(reason.regionId));
    case Kind::HealthFlag:
        return HealthChecklist::item(reason.flag).caution;
    }
    return {};
}

QVariantMap Safety::checkStart(const QString &techniqueId, const QString &where,
                               bool thisSideOnly) const
{
    const StartCheck::Result result = check(techniqueId, where, thisSideOnly);
    QVariantList reasons;
    for (const StartCheck::Reason &r : result.reasons) {
        using Kind = StartCheck::Reason::Kind;
        const QString kind = r.kind == Kind::NotCleared    ? QStringLiteral("not-cleared")
                             : r.kind == Kind::NotRecorded ? QStringLiteral("not-recorded")
                                                           : QStringLiteral("health-flag");
        reasons << QVariantMap{{QStringLiteral("kind"), kind},
                               {QStringLiteral("text"), reasonText(r)},
                               {QStringLiteral("regionId"), r.regionId},
                               {QStringLiteral("flag"), r.flag}};
    }
    return {{QStringLiteral("blocked"), result.blocked},
            {QStringLiteral("needsConfirmation"), !result.blocked && !reasons.isEmpty()},
            {QStringLiteral("reasons"), reasons}};
}

QVariantMap Safety::checkStarts(const QVariantList &items) const
{
    bool blocked = false;
    QVariantList reasons;
    for (const QVariant &item : items) {
        const QVariantMap m = item.toMap();
        const QVariantMap one = checkStart(m.value(QStringLiteral("techniqueId")).toString(),
                                           m.value(QStringLiteral("where")).toString(),
                                           m.value(QStringLiteral("thisSideOnly")).toBool());
        blocked = blocked || one.value(QStringLiteral("blocked")).toBool();
        for (const QVariant &reason : one.value(QStringLiteral("reasons")).toList()) {
            if (!reasons.contains(reason))
                reasons << reason;
        }
    }
    return {{QStringLiteral("blocked"), blocked},
            {QStringLiteral("needsConfirmation"), !blocked && !reasons.isEmpty()},
            {QStringLiteral("reasons"), reasons}};
}

QStringList Safety::healthCautionsFor(const QString &techniqueId) const
{
    const QStringList ticked = tickedHealthFlags();
    QStringList out;
    for (const QString &flag : flagsOf(techniqueId)) {
        if (ticked.contains(flag))
            out << HealthChecklist::item(flag).caution;
    }
    return out;
}

} // namespace unknot
