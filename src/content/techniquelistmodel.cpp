// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/techniquelistmodel.h"

#include "content/catalog.h"
#include "content/contentterms.h"

#include <QLocale>

#include <cmath>

namespace unknot {

namespace {

int minutesOf(const Technique &t)
{
    return std::max(1, int(std::lround(t.totalMilliseconds() / 60000.0)));
}

QString factsOf(const Technique &t)
{
    QStringList equipment;
    for (const QString &id : t.equipment)
        equipment << ContentTerms::equipmentName(id);
    QStringList facts = {TechniqueListModel::tr("%1 min").arg(minutesOf(t)),
                         ContentTerms::intensityName(t.intensity),
                         QLocale().createSeparatedList(equipment)};
    if (t.isTwoSided())
        facts << TechniqueListModel::tr("Both sides");
    return facts.join(QStringLiteral(" \u00b7 "));
}

} // namespace

TechniqueListModel::TechniqueListModel(QObject *parent) : CatalogListModel(parent) {}

void TechniqueListModel::setRegionId(const QString &regionId)
{
    if (m_regionId == regionId)
        return;
    m_regionId = regionId;
    reload();
    emit regionIdChanged();
}

void TechniqueListModel::setGoal(const QString &goal)
{
    if (m_goal == goal)
        return;
    m_goal = goal;
    reload();
    emit goalChanged();
}

void TechniqueListModel::reload()
{
    QList<const Technique *> inRegion;
    if (catalog() && m_regionId.isEmpty()) {
        for (const Technique &t : catalog()->techniques())
            inRegion << &t;
    } else if (catalog()) {
        inRegion = catalog()->techniquesFor(m_regionId);
    }

    QVariantList goals;
    for (const QString &goal : ContentTerms::goals()) {
        const auto n = std::count_if(inRegion.cbegin(), inRegion.cend(),
                                     [&](const Technique *t) { return t->goals.contains(goal); });
        if (n > 0)
            goals << QVariantMap{{QStringLiteral("goalId"), goal},
                                 {QStringLiteral("name"), ContentTerms::goalName(goal)},
                                 {QStringLiteral("count"), int(n)},
                                 {QStringLiteral("selected"), goal == m_goal}};
    }

    const int before = count();
    beginResetModel();
    m_items.clear();
    for (const Technique *t : std::as_const(inRegion)) {
        if (m_goal.isEmpty() || t->goals.contains(m_goal))
            m_items << t;
    }
    endResetModel();
    if (before != count())
        emit countChanged();
    if (goals != m_goals) {
        m_goals = goals;
        emit goalsChanged();
    }
}

int TechniqueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TechniqueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Technique &t = *m_items.at(index.row());
    switch (role) {
    case TechniqueIdRole:
        return t.id;
    case Qt::DisplayRole:
    case TitleRole:
        return t.title;
    case PurposeRole:
        return t.purpose;
    case IntensityRole:
        return t.intensity;
    case IntensityNameRole:
        return ContentTerms::intensityName(t.intensity);
    case EquipmentNamesRole: {
        QStringList names;
        for (const QString &id : t.equipment)
            names << ContentTerms::equipmentName(id);
        return names;
    }
    case GoalsRole:
        return t.goals;
    case GoalNamesRole: {
        QStringList names;
        for (const QString &id : t.goals)
            names << ContentTerms::goalName(id);
        return names;
    }
    case FactsRole:
        return factsOf(t);
    case StepCountRole:
        return int(t.steps.size());
    case MinutesRole:
        return minutesOf(t);
    case BothSidesRole:
        return t.isTwoSided();
    }
    return {};
}

QHash<int, QByteArray> TechniqueListModel::roleNames() const
{
    return {{TechniqueIdRole, "techniqueId"},
            {TitleRole, "title"},
            {PurposeRole, "purpose"},
            {IntensityRole, "intensity"},
            {IntensityNameRole, "intensityName"},
            {EquipmentNamesRole, "equipmentNames"},
            {GoalsRole, "goals"},
            {GoalNamesRole, "goalNames"},
            {FactsRole, "facts"},
            {StepCountRole, "stepCount"},
            {MinutesRole, "minutes"},
            {BothSidesRole, "bothSides"}};
}

} // namespace unknot
