// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchmodel.h"

#include "content/catalog.h"
#include "search/logging.h"

namespace unknot {

TechniqueSearchModel::TechniqueSearchModel(QObject *parent) : CatalogListModel(parent) {}

void TechniqueSearchModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    emit queryChanged();
    refresh();
}

QStringList TechniqueSearchModel::conditionNames() const
{
    QStringList names;
    for (const Condition &c : m_conditions)
        names << c.name;
    return names;
}

void TechniqueSearchModel::reload()
{
    QList<Technique> techniques;
    QStringList ids;
    if (catalog()) {
        techniques = catalog()->techniques();
        for (const Technique &t : std::as_const(techniques))
            ids << t.id;
    }
    // Read when the page opens (this model lives on the lazily loaded search page).
    const ConditionsLoadResult loaded =
        Conditions::load(QString::fromLatin1(Conditions::kBundledPath), ids);
    for (const ContentProblem &p : loaded.problems)
        qCWarning(lcSearch).noquote() << p.toString();
    m_conditions = loaded.conditions;
    m_search.setContent(techniques, m_conditions);
    refresh();
}

void TechniqueSearchModel::refresh()
{
    beginResetModel();
    m_hits = m_search.search(m_query);
    m_notes.clear();
    for (const Condition &c : m_search.matchingConditions(m_query)) {
        if (!c.note.isEmpty() && !m_notes.contains(c.note))
            m_notes << c.note;
    }
    endResetModel();
    emit resultsChanged();
}

int TechniqueSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant TechniqueSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const TechniqueSearch::Hit &hit = m_hits.at(index.row());
    const Technique *t = catalog() ? catalog()->technique(hit.techniqueId) : nullptr;
    switch (role) {
    case TechniqueIdRole:
        return hit.techniqueId;
    case TitleRole:
        return t ? t->title : hit.techniqueId;
    case ReasonRole:
        return hit.reason;
    case NoteRole:
        return hit.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> TechniqueSearchModel::roleNames() const
{
    return {{TechniqueIdRole, "techniqueId"},
            {TitleRole, "title"},
            {ReasonRole, "reason"},
            {NoteRole, "note"}};
}

} // namespace unknot
