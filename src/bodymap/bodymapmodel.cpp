// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/bodymapmodel.h"

#include "bodymap/bundledbodymap.h"
#include "bodymap/logging.h"
#include "content/catalog.h"
#include "content/regions.h"

namespace unknot {

namespace {

std::optional<BodyView> viewFromName(const QString &name)
{
    if (name == QLatin1String("front"))
        return BodyView::Front;
    if (name == QLatin1String("back"))
        return BodyView::Back;
    return std::nullopt;
}

} // namespace

BodyMapModel::BodyMapModel(QObject *parent) : BodyMapModel(&bundledBodyMapGeometry(), parent) {}

BodyMapModel::BodyMapModel(const BodyMapGeometry *geometry, QObject *parent)
    : CatalogListModel(parent), m_geometry(geometry)
{}

QString BodyMapModel::view() const
{
    return BodyMapGeometry::viewName(m_view);
}

void BodyMapModel::setView(const QString &view)
{
    const std::optional<BodyView> v = viewFromName(view);
    if (!v) {
        qCWarning(lcBodyMap) << "unknown body-map view" << view << "(use \"front\" or \"back\")";
        return;
    }
    if (*v == m_view)
        return;
    beginResetModel();
    m_view = *v;
    endResetModel();
    emit viewChanged();
}

// Only whether a region has techniques comes from the catalog.
void BodyMapModel::reload()
{
    emitChanged(HasTechniquesRole);
}

void BodyMapModel::setRegionStates(const QVariantMap &states)
{
    if (m_states == states)
        return;
    m_states = states;
    emitChanged(StateRole);
    emit regionStatesChanged();
}

void BodyMapModel::emitChanged(int role)
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {role});
}

QString BodyMapModel::regionAt(const QString &view, qreal x, qreal y, qreal slop) const
{
    const std::optional<BodyView> v = viewFromName(view);
    return v ? m_geometry->regionAt(*v, QPointF(x, y), slop) : QString();
}

int BodyMapModel::indexOf(const QString &regionId) const
{
    const QList<BodyMapRegion> &list = regions();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).id == regionId)
            return int(i);
    }
    return -1;
}

int BodyMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(regions().size());
}

QVariant BodyMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BodyMapRegion &r = regions().at(index.row());
    switch (role) {
    case RegionIdRole:
        return r.id;
    case Qt::DisplayRole:
    case NameRole:
        return Regions::displayName(r.id);
    case SvgPathRole:
        return r.svgPath;
    case ViewRole:
        return view();
    case HasTechniquesRole:
        return catalog() && catalog()->countFor(r.id) > 0;
    case StateRole:
        return m_states.value(r.id).toString();
    case CentreRole:
        return r.interiorPoint;
    case BoundsRole:
        return r.bounds;
    }
    return {};
}

QHash<int, QByteArray> BodyMapModel::roleNames() const
{
    return {{RegionIdRole, "regionId"},
            {NameRole, "name"},
            {SvgPathRole, "svgPath"},
            {ViewRole, "view"},
            {HasTechniquesRole, "hasTechniques"},
            {StateRole, "regionState"},
            {CentreRole, "centre"},
            {BoundsRole, "bounds"}};
}

} // namespace unknot
