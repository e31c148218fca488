// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictures/steppictureframe.h"

#include "bodymap/bundledbodymap.h"
#include "bodymap/svgpathparser.h"
#include "content/catalog.h"
#include "content/regions.h"
#include "pictures/logging.h"

#include <algorithm>

namespace unknot {

namespace {

QPointF mirroredPoint(QPointF p)
{
    return {StepPictures::kViewBoxWidth - p.x(), p.y()};
}

// Grows a rectangle about its centre to at least `size` on each side.
QRectF atLeast(const QRectF &r, qreal size)
{
    QRectF out = r;
    if (out.width() < size)
        out.adjust(-(size - out.width()) / 2, 0, (size - out.width()) / 2, 0);
    if (out.height() < size)
        out.adjust(0, -(size - out.height()) / 2, 0, (size - out.height()) / 2);
    return out;
}

QRectF including(const QRectF &r, QPointF p)
{
    return r.united(QRectF(p, QSizeF(0.01, 0.01)));
}

QString number(qreal v)
{
    return QString::number(v, 'f', 1);
}

// SVG path data of a path (absolute M, L, C), for a QML PathSvg.
QString svgOf(const QPainterPath &path)
{
    QString out;
    out.reserve(path.elementCount() * 12);
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            out += QLatin1Char('M');
            break;
        case QPainterPath::LineToElement:
            out += QLatin1Char('L');
            break;
        case QPainterPath::CurveToElement:
            out += QLatin1Char('C');
            break;
        case QPainterPath::CurveToDataElement:
            out += QLatin1Char(' ');
            break;
        }
        out += number(e.x) + QLatin1Char(' ') + number(e.y);
    }
    return out;
}

// A filled outline of the figure as drawn in the view, cut to the view: Qt Quick's software
// renderer draws a Shape unclipped, and the zoomed figure is many times the view's size.
QString filledInView(const QPainterPath &path, const QTransform &toView, const QRectF &view)
{
    QPainterPath clip;
    clip.addRect(view);
    return svgOf(toView.map(path).intersected(clip));
}

// A detail line in the view, or nothing when it does not lie wholly inside (a line cannot be
// cut by intersection, which would close it).
QString lineInView(const QString &svg, const QTransform &toView, const QRectF &view)
{
    const SvgPathParseResult parsed = parseSvgPath(svg);
    if (!parsed.ok())
        return {};
    const QPainterPath mapped = toView.map(parsed.path);
    return view.contains(mapped.boundingRect()) ? svgOf(mapped) : QString();
}

} // namespace

StepPicture mirroredPicture(const StepPicture &picture)
{
    StepPicture m = picture;
    m.pin = mirroredPoint(picture.pin);
    m.arrowFrom = mirroredPoint(picture.arrowFrom);
    m.arrowTo = mirroredPoint(picture.arrowTo);
    // Mirroring turns the arrow's left into its right: the bow keeps its side of the body.
    m.arrowBend = -picture.arrowBend;
    m.shiftFrom = mirroredPoint(picture.shiftFrom);
    return m;
}

QString pictureRegionId(const StepPicture &picture, bool centre, bool mirror)
{
    if (centre)
        return picture.region;
    return Regions::onSide(picture.region, mirror ? Side::Right : Side::Left);
}

BodyView pictureView(const StepPicture &picture)
{
    return picture.view == QLatin1String("back") ? BodyView::Back : BodyView::Front;
}

StepPictureFrame::StepPictureFrame(QObject *parent) : QObject(parent)
{
    connect(this, &StepPictureFrame::inputChanged, this, &StepPictureFrame::update);
}

Catalog *StepPictureFrame::catalog() const
{
    return m_catalog;
}

void StepPictureFrame::setCatalog(Catalog *catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &Catalog::loaded, this, &StepPictureFrame::update);
    emit inputChanged();
}

void StepPictureFrame::setTechniqueId(const QString &id)
{
    if (m_techniqueId == id)
        return;
    m_techniqueId = id;
    emit inputChanged();
}

void StepPictureFrame::setStepIndex(int index)
{
    if (m_stepIndex == index)
        return;
    m_stepIndex = index;
    emit inputChanged();
}

void StepPictureFrame::setSide(const QString &side)
{
    if (m_side == side)
        return;
    m_side = side;
    emit inputChanged();
}

void StepPictureFrame::setPass(int pass)
{
    if (m_pass == pass)
        return;
    m_pass = pass;
    emit inputChanged();
}

void StepPictureFrame::setViewWidth(qreal width)
{
    if (m_viewSize.width() == width)
        return;
    m_viewSize.setWidth(width);
    emit inputChanged();
}

void StepPictureFrame::setViewHeight(qreal height)
{
    if (m_viewSize.height() == height)
        return;
    m_viewSize.setHeight(height);
    emit inputChanged();
}

void StepPictureFrame::update()
{
    const Technique *t = m_catalog ? m_catalog->technique(m_techniqueId) : nullptr;
    if (!t || m_stepIndex < 0 || m_stepIndex >= t->steps.size() ||
        !t->steps.at(m_stepIndex).picture.isValid()) {
        clear();
        return;
    }
    const bool centre = t->isCentre();
    // Content draws the left side; the right side, and the second side of a centre area
    // worked one side at a time, are its mirror image.
    const bool mirror =
        centre ? (t->isTwoSided() && m_pass == 1) : m_side == QLatin1String("right");
    place(t->steps.at(m_stepIndex).picture, centre, mirror, bundledBodyMapGeometry());
}

void StepPictureFrame::place(const StepPicture &picture, bool centre, bool mirror,
                             const BodyMapGeometry &geometry)
{
    const BodyView view = pictureView(picture);
    const QString regionId = pictureRegionId(picture, centre, mirror);
    const BodyMapRegion *region = geometry.region(view, regionId);
    if (!region) {
        qCWarning(lcPictures) << "no region" << regionId << "on the" << picture.view << "view";
        clear();
        return;
    }
    m_picture = mirror ? mirroredPicture(picture) : picture;
    m_mirrored = mirror;
    m_regionId = regionId;
    QRectF crop = region->bounds;
    if (m_picture.hasPin)
        crop = including(crop, m_picture.pin);
    if (m_picture.hasArrow)
        crop = including(including(crop, m_picture.arrowFrom), m_picture.arrowTo);
    if (m_picture.hasShift)
        crop = including(crop, m_picture.shiftFrom);
    m_crop =
        atLeast(crop.adjusted(-kCropMargin, -kCropMargin, kCropMargin, kCropMargin), kMinCropSize);
    // Fit the crop into the view, centred; without a size, one pixel per figure unit.
    const QSizeF size = m_viewSize.isEmpty() ? m_crop.size() : m_viewSize;
    const qreal unit = std::min(size.width() / m_crop.width(), size.height() / m_crop.height());
    const QPointF offset((size.width() - m_crop.width() * unit) / 2,
                         (size.height() - m_crop.height() * unit) / 2);
    m_toView = QTransform::fromTranslate(offset.x(), offset.y())
                   .scale(unit, unit)
                   .translate(-m_crop.x(), -m_crop.y());
    const QRectF shown(QPointF(0, 0), size);
    m_regionPath = filledInView(region->path, m_toView, shown);
    const SvgPathParseResult silhouette = parseSvgPath(geometry.silhouette(view));
    m_silhouette = filledInView(silhouette.path, m_toView, shown);
    QStringList details;
    for (const QString &d : geometry.details(view)) {
        const QString line = lineInView(d, m_toView, shown);
        if (!line.isEmpty())
            details << line;
    }
    m_details = details.join(QLatin1Char(' '));
    m_valid = true;
    emit changed();
}

void StepPictureFrame::clear()
{
    if (!m_valid && m_regionId.isEmpty())
        return;
    m_valid = false;
    m_mirrored = false;
    m_picture = {};
    m_regionId.clear();
    m_regionPath.clear();
    m_silhouette.clear();
    m_details.clear();
    m_crop = {};
    m_toView = {};
    emit changed();
}

} // namespace unknot
