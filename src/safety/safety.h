// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "safety/clearance.h"
#include "safety/clearancerepository.h"
#include "safety/healthanswerrepository.h"
#include "safety/startcheck.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

Q_MOC_INCLUDE("safety/onboarding.h")

namespace unknot {

class AppSettings;
class Catalog;
class Onboarding;

// What keeps the user within what their practitioner showed them (App.safety in QML): the
// first-launch acknowledgement, the practitioner's clearance of each region, the health
// checklist, and the one check every way of starting a session goes through (checkStart).
//
// Nothing is read at construction: clearances and answers are read when first asked for (the
// body map asks after its first frame).
class Safety : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the app core")
    Q_PROPERTY(unknot::Onboarding *onboarding READ onboarding CONSTANT)
    // Region id -> clearance name, for regions with a recorded clearance (the body map's
    // states "cleared", "cleared-with-care", "not-cleared").
    Q_PROPERTY(QVariantMap regionStates READ regionStates NOTIFY clearancesChanged)
    // [{ flag, question, ticked }] in checklist order.
    Q_PROPERTY(QVariantList healthItems READ healthItems NOTIFY healthAnswersChanged)
    Q_PROPERTY(QStringList tickedHealthFlags READ tickedHealthFlags NOTIFY healthAnswersChanged)

public:
    // The health flags a technique carries; by default the catalog's (Technique::healthFlags()).
    using FlagSource = std::function<QStringList(const QString &techniqueId)>;

    static constexpr int kMaxNameLength = 120;
    static constexpr int kMaxNoteLength = 2000;

    Safety(const QSqlDatabase &db, const Catalog *catalog, AppSettings *settings,
           QObject *parent = nullptr);

    void setFlagSource(FlagSource source) { m_flagsOf = std::move(source); }

    Onboarding *onboarding() const { return m_onboarding; }
    QVariantMap regionStates() const;
    QVariantList healthItems() const;
    QStringList tickedHealthFlags() const;

    // { recorded, clearance, clearedOn ("YYYY-MM-DD" or ""), clearedBy, note } of a region.
    Q_INVOKABLE QVariantMap clearanceOf(const QString &regionId) const;
    // Records what the practitioner said ("cleared", "cleared-with-care", "not-cleared"; or
    // "unknown" to forget it). Returns "" when stored, else what was wrong, in plain words
    // (nothing is stored then).
    Q_INVOKABLE QString setClearance(const QString &regionId, const QString &clearance,
                                     const QString &clearedOn, const QString &clearedBy,
                                     const QString &note);
    // Ticks or unticks a checklist item. Returns "" when stored, else why not.
    Q_INVOKABLE QString setHealthAnswer(const QString &flag, bool ticked);

    // Whether starting `techniqueId` may go ahead: { blocked, needsConfirmation,
    // reasons: [{ kind ("not-cleared", "not-recorded", "health-flag"), text, regionId, flag }] }.
    // `where`: a region id (with `thisSideOnly` as on the technique page) or a side ("left",
    // "right", "both"); see StartCheck::regionsWorked.
    Q_INVOKABLE QVariantMap checkStart(const QString &techniqueId, const QString &where,
                                       bool thisSideOnly = false) const;
    StartCheck::Result check(const QString &techniqueId, const QString &where,
                             bool thisSideOnly = false) const;
    // Several techniques run as one session (the plan's Start): `items` are
    // [{ techniqueId, where, thisSideOnly }]; the answer has checkStart's shape, blocked when any
    // is, each reason once (a region shared by two techniques is named once).
    Q_INVOKABLE QVariantMap checkStarts(const QVariantList &items) const;
    // What the technique page adds to its cautions: the caution of each ticked item the
    // technique carries.
    Q_INVOKABLE QStringList healthCautionsFor(const QString &techniqueId) const;
    // The plain-words reason (as checkStart gives it).
    QString reasonText(const StartCheck::Reason &reason) const;

public slots:
    // Reads clearances and answers again (a restore or a recovered backup replaced them).
    void reload();

signals:
    void clearancesChanged();
    void healthAnswersChanged();

private:
    QStringList flagsOf(const QString &techniqueId) const;
    void readClearances() const;
    void readAnswers() const;

    const Catalog *m_catalog;
    AppSettings *m_settings;
    Onboarding *m_onboarding;
    FlagSource m_flagsOf;
    mutable ClearanceRepository m_clearances;
    mutable HealthAnswerRepository m_answers;
    mutable std::optional<QHash<QString, RegionClearance>> m_clearanceCache;
    mutable std::optional<QStringList> m_tickedCache;
};

} // namespace unknot
