// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress/historymodel.h"

#include "content/catalog.h"
#include "content/regions.h"
#include "storage/sessionrepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

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
    case WhenTextRole:
        return whenText(r.startedAt, QLocale::ShortFormat);
    case WhenLongTextRole:
        return whenText(r.startedAt, QLocale::LongFormat);
    }
    return {};
}

QString HistoryModel::whenText(const QDateTime &startedAt, QLocale::FormatType format)
{
    // startedAt carries the offset it was recorded in: its date and time are the wall clock
    // where the session happened, whatever zone the device is in now.
    const QLocale locale;
    const QString text = locale.toString(startedAt.date(), format) + QLatin1Char(' ') +
                         locale.toString(startedAt.time(), QLocale::ShortFormat);
    const int offset = startedAt.offsetFromUtc();
    if (offset == QDateTime::currentDateTime().offsetFromUtc())
        return text;
    return QCoreApplication::translate("HistoryModel", "%1 (local time there, UTC%2)")
        .arg(text, QStringLiteral("%1%2:%3")
                       .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                       .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                       .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0')));
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
            {PainAfterRole, "painAfter"},
            {WhenTextRole, "whenText"},
            {WhenLongTextRole, "whenLongText"}};
}

bool HistoryModel::removeRow(int row)
{
    if (!m_repository || row < 0 || row >= m_rows.size())
        return false;
    const SessionRecord record = m_rows.at(row);
    if (!m_repository->remove(record.id))
        return false;
    // The total drops first: views may ask canFetchMore() while rows are being removed.
    --m_total;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_removed = record;
    emit totalCountChanged();
    emit canUndoChanged();
    emit historyEdited();
    return true;
}

bool HistoryModel::undoRemoval()
{
    if (!m_removed || !m_repository->restore(*m_removed))
        return false;
    const SessionRecord record = *std::exchange(m_removed, std::nullopt);
    // Back into its place in the newest-first order (started_at, then id), without a reset so
    // a view keeps its scroll position.
    const auto newer = [&record](const SessionRecord &r) {
        return r.startedAt.toMSecsSinceEpoch() > record.startedAt.toMSecsSinceEpoch() ||
               (r.startedAt == record.startedAt && r.id > record.id);
    };
    const int row = int(std::find_if_not(m_rows.cbegin(), m_rows.cend(), newer) - m_rows.cbegin());
    ++m_total;
    if (row < m_rows.size() || !canFetchMore({})) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, record);
        endInsertRows();
    } // else it belongs to a page not loaded yet, and arrives with it
    emit totalCountChanged();
    emit canUndoChanged();
    emit historyEdited();
    return true;
}

} // namespace unknot
