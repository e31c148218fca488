// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "catalog.h"
#include "regions.h"
#include "sessionrepository.h"

namespace unknot {

HistoryModel::HistoryModel(SessionRepository *repository, const Catalog *catalog, QObject *parent)
    : QAbstractListModel(parent), m_repository(repository), m_catalog(catalog)
{
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_total = m_repository ? m_repository->count() : 0;
    // The first page comes with the reset, so a view shows the newest sessions at once.
    m_rows = m_repository ? m_repository->page(0, kPageSize) : QList<SessionRecord>{};
    endResetModel();
    emit totalCountChanged();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<SessionRecord> page = m_repository->page(int(m_rows.size()), kPageSize);
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // rows vanished underneath us; stop asking
        emit totalCountChanged();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionRecord &r = m_rows.at(index.row());
    switch (role) {
    case SessionIdRole:
        return r.id;
    case TechniqueIdRole:
        return r.techniqueId;
    case Qt::DisplayRole:
    case TitleRole: {
        const QString title = m_catalog ? m_catalog->titleOf(r.techniqueId) : QString();
        return title.isEmpty() ? r.techniqueId : title;
    }
    case RegionNameRole:
        return Regions::displayName(r.regionId);
    case StartedAtRole:
        return r.startedAt;
    case CompletedRole:
        return r.completed;
    case StepsCompletedRole:
        return r.stepsCompleted;
    case StepsTotalRole:
        return r.stepsTotal;
    case PainBeforeRole:
        return r.painBefore.value_or(-1);
    case PainAfterRole:
        return r.painAfter.value_or(-1);
    }
    return {};
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {{SessionIdRole, "sessionId"},
            {TechniqueIdRole, "techniqueId"},
            {TitleRole, "title"},
            {RegionNameRole, "regionName"},
            {StartedAtRole, "startedAt"},
            {CompletedRole, "completed"},
            {StepsCompletedRole, "stepsCompleted"},
            {StepsTotalRole, "stepsTotal"},
            {PainBeforeRole, "painBefore"},
            {PainAfterRole, "painAfter"}};
}

} // namespace unknot
