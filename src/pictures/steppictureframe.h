// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bodymap/bodymapgeometry.h"
#include "content/steppicture.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QSizeF>
#include <QTransform>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("content/catalog.h")

namespace unknot {

class Catalog;
struct Technique;

// One step's picture placed on the body figure for the side being worked: the region to zoom
// to, the figure and region outlines, and the pin, tool and arrows, mirrored for the right side
// (and for the second side of an each-side technique). What QML draws; no drawing itself.
class StepPictureFrame : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(unknot::Catalog *catalog READ catalog WRITE setCatalog NOTIFY inputChanged)
    Q_PROPERTY(QString techniqueId READ techniqueId WRITE setTechniqueId NOTIFY inputChanged)
    // Index of the step in the technique (0-based, per side).
    Q_PROPERTY(int stepIndex READ stepIndex WRITE setStepIndex NOTIFY inputChanged)
    // "left", "right", or empty/"centre" (a centre area; then `pass` picks the side).
    Q_PROPERTY(QString side READ side WRITE setSide NOTIFY inputChanged)
    // 0 or 1: the second pass of an each-side technique works the other side of the spine.
    Q_PROPERTY(int pass READ pass WRITE setPass NOTIFY inputChanged)
    // The size it is drawn at (device-independent pixels): the outlines and the *At points
    // come in those pixels, so curves stay smooth at any zoom (a scaled Shape would facet).
    Q_PROPERTY(qreal viewWidth READ viewWidth WRITE setViewWidth NOTIFY inputChanged)
    Q_PROPERTY(qreal viewHeight READ viewHeight WRITE setViewHeight NOTIFY inputChanged)

    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(bool mirrored READ mirrored NOTIFY changed)
    Q_PROPERTY(QString view READ view NOTIFY changed)
    Q_PROPERTY(QString regionId READ regionId NOTIFY changed)
    Q_PROPERTY(QString silhouette READ silhouette NOTIFY changed)
    Q_PROPERTY(QString details READ details NOTIFY changed)
    Q_PROPERTY(QString regionPath READ regionPath NOTIFY changed)
    // The part of the figure to show, in view-box units.
    Q_PROPERTY(QRectF crop READ crop NOTIFY changed)
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY changed)
    Q_PROPERTY(QPointF pin READ pin NOTIFY changed)
    Q_PROPERTY(QString tool READ tool NOTIFY changed)
    Q_PROPERTY(bool hasArrow READ hasArrow NOTIFY changed)
    Q_PROPERTY(QPointF arrowFrom READ arrowFrom NOTIFY changed)
    Q_PROPERTY(QPointF arrowTo READ arrowTo NOTIFY changed)
    Q_PROPERTY(qreal arrowBend READ arrowBend NOTIFY changed)
    Q_PROPERTY(bool hasShift READ hasShift NOTIFY changed)
    Q_PROPERTY(QPointF shiftFrom READ shiftFrom NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    // Pixels per figure unit, and the points above placed in the view (QML points; typed
    // QVariant because Qt 6.4's qmllint does not know QPointF outside Qt Quick).
    Q_PROPERTY(qreal unit READ unit NOTIFY changed)
    Q_PROPERTY(QVariant pinAt READ pinAtValue NOTIFY changed)
    Q_PROPERTY(QVariant arrowFromAt READ arrowFromAtValue NOTIFY changed)
    Q_PROPERTY(QVariant arrowToAt READ arrowToAtValue NOTIFY changed)
    Q_PROPERTY(QVariant shiftFromAt READ shiftFromAtValue NOTIFY changed)

public:
    explicit StepPictureFrame(QObject *parent = nullptr);

    Catalog *catalog() const;
    void setCatalog(Catalog *catalog);
    QString techniqueId() const { return m_techniqueId; }
    void setTechniqueId(const QString &id);
    int stepIndex() const { return m_stepIndex; }
    void setStepIndex(int index);
    QString side() const { return m_side; }
    void setSide(const QString &side);
    int pass() const { return m_pass; }
    void setPass(int pass);
    qreal viewWidth() const { return m_viewSize.width(); }
    void setViewWidth(qreal width);
    qreal viewHeight() const { return m_viewSize.height(); }
    void setViewHeight(qreal height);

    // For C++ callers (tests, tools): place a picture directly.
    void place(const StepPicture &picture, bool centre, bool mirror,
               const BodyMapGeometry &geometry);

    bool valid() const { return m_valid; }
    bool mirrored() const { return m_mirrored; }
    QString view() const { return m_picture.view; }
    QString regionId() const { return m_regionId; }
    QString silhouette() const { return m_silhouette; }
    QString details() const { return m_details; }
    QString regionPath() const { return m_regionPath; }
    QRectF crop() const { return m_crop; }
    bool hasPin() const { return m_picture.hasPin; }
    QPointF pin() const { return m_picture.pin; }
    QString tool() const { return m_picture.tool; }
    bool hasArrow() const { return m_picture.hasArrow; }
    QPointF arrowFrom() const { return m_picture.arrowFrom; }
    QPointF arrowTo() const { return m_picture.arrowTo; }
    qreal arrowBend() const { return m_picture.arrowBend; }
    bool hasShift() const { return m_picture.hasShift; }
    QPointF shiftFrom() const { return m_picture.shiftFrom; }
    QString description() const { return m_picture.description; }
    qreal unit() const { return m_toView.m11(); }
    QPointF pinAt() const { return m_toView.map(m_picture.pin); }
    QPointF arrowFromAt() const { return m_toView.map(m_picture.arrowFrom); }
    QPointF arrowToAt() const { return m_toView.map(m_picture.arrowTo); }
    QPointF shiftFromAt() const { return m_toView.map(m_picture.shiftFrom); }
    QVariant pinAtValue() const { return pinAt(); }
    QVariant arrowFromAtValue() const { return arrowFromAt(); }
    QVariant arrowToAtValue() const { return arrowToAt(); }
    QVariant shiftFromAtValue() const { return shiftFromAt(); }
    // A figure point in the view, centred and scaled to fit the crop.
    Q_INVOKABLE QPointF mapToView(QPointF figurePoint) const { return m_toView.map(figurePoint); }

    // The smallest part of the figure a picture shows (view-box units), so a hand or foot
    // keeps some of the arm or leg around it for orientation.
    static constexpr qreal kMinCropSize = 110;
    static constexpr qreal kCropMargin = 14;

signals:
    void inputChanged();
    void changed();

private:
    void update();
    void clear();

    QPointer<Catalog> m_catalog;
    QString m_techniqueId;
    int m_stepIndex = 0;
    QString m_side;
    int m_pass = 0;
    QSizeF m_viewSize;

    bool m_valid = false;
    bool m_mirrored = false;
    StepPicture m_picture; // as shown: mirrored when m_mirrored
    QString m_regionId;
    QString m_silhouette;
    QString m_details;
    QString m_regionPath;
    QRectF m_crop;
    QTransform m_toView;
};

// The picture mirrored across the figure's midline (the other side of the body).
StepPicture mirroredPicture(const StepPicture &picture);
// The full region id a picture shows: "forearm-wrist-left", or "neck" for a centre area.
QString pictureRegionId(const StepPicture &picture, bool centre, bool mirror);
// The view the picture is drawn on.
BodyView pictureView(const StepPicture &picture);

} // namespace unknot
