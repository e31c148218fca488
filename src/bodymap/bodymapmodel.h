// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bodymap/bodymapgeometry.h"
#include "content/cataloglistmodel.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace unknot {

// The regions of one view of the body map, head to feet, for drawing, hit-testing and
// accessibility. Shapes come from the shared geometry, so what QML draws is what regionAt() hits.
class BodyMapModel : public unknot::CatalogListModel
{
    Q_OBJECT
    QML_ELEMENT
    // "front" or "back".
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY viewChanged)
    // Tells regions with techniques from those without; optional.
    // Region id -> state name ("cleared", "pain-rising", ...), filled by whoever knows.
    Q_PROPERTY(
        QVariantMap regionStates READ regionStates WRITE setRegionStates NOTIFY regionStatesChanged)
    Q_PROPERTY(qreal viewBoxWidth READ viewBoxWidth CONSTANT)
    Q_PROPERTY(qreal viewBoxHeight READ viewBoxHeight CONSTANT)
    Q_PROPERTY(QString silhouette READ silhouette NOTIFY viewChanged)
    // All detail lines of the view as one path, drawn as a single stroke.
    Q_PROPERTY(QString detailsPath READ detailsPath NOTIFY viewChanged)
    Q_PROPERTY(int count READ count NOTIFY viewChanged)

public:
    enum Roles {
        RegionIdRole = Qt::UserRole + 1,
        NameRole,
        SvgPathRole,
        ViewRole,
        HasTechniquesRole,
        StateRole,
        CentreRole, // QPointF, view-box units: a point well inside the shape
        BoundsRole, // QRectF, view-box units
    };
    Q_ENUM(Roles)

    explicit BodyMapModel(QObject *parent = nullptr);
    // For tests: any geometry that outlives the model (default: the bundled one).
    explicit BodyMapModel(const BodyMapGeometry *geometry, QObject *parent = nullptr);

    QString view() const;
    void setView(const QString &view);
    QVariantMap regionStates() const { return m_states; }
    void setRegionStates(const QVariantMap &states);

    qreal viewBoxWidth() const { return m_geometry->viewBox().width(); }
    qreal viewBoxHeight() const { return m_geometry->viewBox().height(); }
    QString silhouette() const { return m_geometry->silhouette(m_view); }
    QString detailsPath() const { return m_geometry->details(m_view).join(QLatin1Char(' ')); }
    int count() const { return int(regions().size()); }

    // The region under (x, y) in view-box units on the named view, or "" (see
    // BodyMapGeometry::regionAt for how the slop works).
    Q_INVOKABLE QString regionAt(const QString &view, qreal x, qreal y, qreal slop = 0) const;
    Q_INVOKABLE int indexOf(const QString &regionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void viewChanged();
    void regionStatesChanged();

private:
    void reload() override;
    const QList<BodyMapRegion> &regions() const { return m_geometry->regions(m_view); }
    void emitChanged(int role);

    const BodyMapGeometry *m_geometry;
    BodyView m_view = BodyView::Front;
    QVariantMap m_states;
};

} // namespace unknot
