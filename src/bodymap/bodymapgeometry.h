// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace unknot {

enum class BodyView { Front, Back };

// One tappable shape on one view of the figure.
struct BodyMapRegion
{
    QString id;            // a region id from content/regions.h, e.g. "shoulder-left"
    QString svgPath;       // as stored, for drawing: what is drawn is what is hit
    QPainterPath path;     // parsed from svgPath, in view-box units
    QPolygonF outline;     // path flattened, for distances (touch slop)
    QRectF bounds;         // path's bounding rectangle
    QPointF interiorPoint; // a point well inside the shape (labels, focus, tests)
};

// The body-map geometry (assets/bodymap/bodymap.json): view box, the figure's outline and
// the region shapes of the front and back views. Loaded once, then read-only; hit-testing
// uses the filled shapes (QPainterPath::contains), never their bounding boxes.
class BodyMapGeometry
{
public:
    // False on any problem; errorString() then says which file, view and region, and what.
    bool load(const QString &fileName);
    bool loadFromData(const QByteArray &json, const QString &sourceName);
    QString errorString() const { return m_error; }
    bool isLoaded() const { return m_loaded; }

    QSizeF viewBox() const { return m_viewBox; }
    QString silhouette(BodyView view) const { return side(view).silhouette; }
    QStringList details(BodyView view) const { return side(view).details; }
    const QList<BodyMapRegion> &regions(BodyView view) const { return side(view).regions; }
    // nullptr when the region is not drawn on that view.
    const BodyMapRegion *region(BodyView view, const QString &id) const;

    // The region under a point in view-box units. A point inside a shape hits that shape.
    // Otherwise, with touchSlop > 0, the nearest shape within touchSlop wins, but only when it
    // is clearly nearer than every other shape, so an extended target never takes a tap that
    // was as much meant for a neighbour. Empty when nothing qualifies.
    QString regionAt(BodyView view, QPointF point, qreal touchSlop = 0) const;

    static QString viewName(BodyView view);

private:
    struct Side
    {
        QString silhouette;
        QStringList details;
        QList<BodyMapRegion> regions;
    };

    const Side &side(BodyView view) const { return view == BodyView::Front ? m_front : m_back; }
    bool fail(const QString &message);

    QSizeF m_viewBox;
    Side m_front;
    Side m_back;
    QString m_error;
    bool m_loaded = false;
};

// Distance from point to the nearest edge of a closed polygon (0 on the edge).
qreal distanceToOutline(const QPolygonF &outline, QPointF point);

} // namespace unknot
