// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/steppicture.h"

#include "content/technique.h"
#include "content/techniquereader.h"

#include <QJsonArray>
#include <QLineF>

namespace unknot {

namespace {

constexpr int kMaxDescriptionChars = 120;
// Closer than this (view-box units) two points are the same spot on the figure.
constexpr double kSameSpot = 0.5;
// An arrow or a shift shorter than this cannot be seen at phone sizes.
constexpr double kMinTravel = 4;

const QStringList &pictureFields()
{
    static const QStringList fields = {QStringLiteral("view"),  QStringLiteral("region"),
                                       QStringLiteral("pin"),   QStringLiteral("tool"),
                                       QStringLiteral("arrow"), QStringLiteral("description")};
    return fields;
}

bool needsPin(const QString &kind)
{
    return kind == QLatin1String("pin") || kind == QLatin1String("move") ||
           kind == QLatin1String("shift");
}

// A locate step may find the spot by touch (a pin) or by moving (an arrow: "notice which way
// the scar pulls").
bool mayHavePin(const QString &kind)
{
    return needsPin(kind) || kind == QLatin1String("locate");
}

bool mayHaveArrow(const QString &kind)
{
    return kind == QLatin1String("move") || kind == QLatin1String("position") ||
           kind == QLatin1String("locate");
}

class PictureReader
{
public:
    PictureReader(TechniqueCheck &check, QString field) : m_check(check), m_field(std::move(field))
    {}

    void report(const QString &key, const QString &message)
    {
        m_check.report(key.isEmpty() ? m_field : m_field + QLatin1Char(' ') + key, message);
    }

    QString text(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            report(key, QStringLiteral("is missing"));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (!v.isString())
            report(key, QStringLiteral("must be text, but is %1").arg(describeJsonType(v)));
        else if (s.isEmpty())
            report(key, QStringLiteral("is empty"));
        return s;
    }

    // [x, y] inside the figure's view box; false after reporting why not.
    bool point(const QJsonValue &v, const QString &key, QPointF &out)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble()) {
            report(key, QStringLiteral("must be a point [x, y] in figure units, but is %1")
                            .arg(v.isArray() ? QStringLiteral("a list of %1").arg(a.size())
                                             : describeJsonType(v)));
            return false;
        }
        out = QPointF(a.at(0).toDouble(), a.at(1).toDouble());
        if (out.x() < 0 || out.x() > StepPictures::kViewBoxWidth || out.y() < 0 ||
            out.y() > StepPictures::kViewBoxHeight) {
            report(key, QStringLiteral("[%1, %2] lies outside the figure (0..%3 by 0..%4)")
                            .arg(out.x())
                            .arg(out.y())
                            .arg(StepPictures::kViewBoxWidth)
                            .arg(StepPictures::kViewBoxHeight));
            return false;
        }
        return true;
    }

    void rejectUnknownKeys(const QJsonObject &o, const QStringList &known, const QString &prefix)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                report(prefix + it.key(), QStringLiteral("is not a picture field; use: %1")
                                              .arg(known.join(QLatin1String(", "))));
        }
    }

private:
    TechniqueCheck &m_check;
    QString m_field;
};

StepPicture readPicture(const QJsonValue &value, const QString &kind, const Technique &technique,
                        PictureReader &read)
{
    StepPicture p;
    if (value.isUndefined())
        return p; // optional here; the bundled library's completeness is an authoring rule
    if (!value.isObject()) {
        read.report({},
                    QStringLiteral("must be an object, but is %1").arg(describeJsonType(value)));
        return p;
    }
    const QJsonObject o = value.toObject();
    const QString view = read.text(o, QStringLiteral("view"));
    if (!view.isEmpty() && !StepPictures::views().contains(view))
        read.report(QStringLiteral("view"),
                    QStringLiteral("\"%1\" is not a view; use front or back").arg(view));
    p.region = read.text(o, QStringLiteral("region"));
    if (!p.region.isEmpty() && !technique.regions.contains(p.region))
        read.report(QStringLiteral("region"),
                    QStringLiteral("\"%1\" is not one of this technique's regions (%2)")
                        .arg(p.region, technique.regions.join(QLatin1String(", "))));

    const QJsonValue pin = o.value(QLatin1String("pin"));
    if (pin.isUndefined()) {
        if (needsPin(kind))
            read.report(QStringLiteral("pin"),
                        QStringLiteral("is missing; a %1 step shows where to press").arg(kind));
    } else if (!mayHavePin(kind)) {
        read.report(
            QStringLiteral("pin"),
            QStringLiteral("is set, but in a %1 step nothing presses; leave it out").arg(kind));
    } else {
        p.hasPin = read.point(pin, QStringLiteral("pin"), p.pin);
    }

    const QJsonValue tool = o.value(QLatin1String("tool"));
    if (!pin.isUndefined() && tool.isUndefined()) {
        read.report(QStringLiteral("tool"),
                    QStringLiteral("is missing; say what presses the pin: %1")
                        .arg(StepPictures::tools().join(QLatin1String(", "))));
    } else if (pin.isUndefined() && !tool.isUndefined()) {
        read.report(QStringLiteral("tool"), QStringLiteral("is set without a pin"));
    } else if (!tool.isUndefined()) {
        p.tool = read.text(o, QStringLiteral("tool"));
        if (!p.tool.isEmpty() && !StepPictures::tools().contains(p.tool))
            read.report(QStringLiteral("tool"),
                        QStringLiteral("\"%1\" is not a tool; use one "
                                       "of: %2")
                            .arg(p.tool, StepPictures::tools().join(QLatin1String(", "))));
    }

    const QJsonValue arrow = o.value(QLatin1String("arrow"));
    if (arrow.isUndefined()) {
        if (kind == QLatin1String("move"))
            read.report(QStringLiteral("arrow"),
                        QStringLiteral("is missing; a move step shows which way to move"));
    } else if (!mayHaveArrow(kind)) {
        read.report(QStringLiteral("arrow"),
                    kind == QLatin1String("shift")
                        ? QStringLiteral("is set, but a shift step's arrow is drawn from the "
                                         "previous pin to this one; leave it out")
                        : QStringLiteral("is set, but only position, locate and move steps "
                                         "show a movement"));
    } else if (!arrow.isObject()) {
        read.report(QStringLiteral("arrow"),
                    QStringLiteral("must be {\"from\": [x, y], \"to\": [x, y]}, but is %1")
                        .arg(describeJsonType(arrow)));
    } else {
        const QJsonObject a = arrow.toObject();
        const bool from =
            read.point(a.value(QLatin1String("from")), QStringLiteral("arrow from"), p.arrowFrom);
        const bool to =
            read.point(a.value(QLatin1String("to")), QStringLiteral("arrow to"), p.arrowTo);
        const QJsonValue bend = a.value(QLatin1String("bend"));
        if (!bend.isUndefined()) {
            if (!bend.isDouble() || bend.toDouble() < -1 || bend.toDouble() > 1)
                read.report(QStringLiteral("arrow bend"),
                            QStringLiteral("must be a number from -1 to 1"));
            else
                p.arrowBend = bend.toDouble();
        }
        read.rejectUnknownKeys(
            a, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("bend")},
            QStringLiteral("arrow "));
        if (from && to && QLineF(p.arrowFrom, p.arrowTo).length() < kMinTravel)
            read.report(QStringLiteral("arrow"),
                        QStringLiteral("is shorter than %1 figure units; it would not show")
                            .arg(kMinTravel));
        p.hasArrow = from && to;
    }

    p.description = read.text(o, QStringLiteral("description"));
    if (p.description.size() > kMaxDescriptionChars)
        read.report(QStringLiteral("description"),
                    QStringLiteral("is %1 characters long; keep it to %2 or fewer")
                        .arg(p.description.size())
                        .arg(kMaxDescriptionChars));
    read.rejectUnknownKeys(o, pictureFields(), {});
    p.view = StepPictures::views().contains(view) ? view : QString();
    return p;
}

bool sameSpot(const StepPicture &a, const StepPicture &b)
{
    return a.view == b.view && QLineF(a.pin, b.pin).length() < kSameSpot;
}

} // namespace

namespace StepPictures {

const QStringList &views()
{
    static const QStringList list = {QStringLiteral("front"), QStringLiteral("back")};
    return list;
}

const QStringList &tools()
{
    static const QStringList list = {QStringLiteral("thumb"), QStringLiteral("fingers"),
                                     QStringLiteral("grip"), QStringLiteral("ball")};
    return list;
}

void read(const QJsonObject &object, Technique &technique, TechniqueCheck &check)
{
    const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
    const StepPicture *lastPin = nullptr;
    int lastPinStep = 0;
    for (qsizetype i = 0; i < technique.steps.size() && i < steps.size(); ++i) {
        Step &step = technique.steps[i];
        const QString field = QStringLiteral("step %1 picture").arg(i + 1);
        PictureReader read(check, field);
        step.picture = readPicture(steps.at(i).toObject().value(QLatin1String("picture")),
                                   step.kind, technique, read);
        StepPicture &p = step.picture;
        if (!p.hasPin)
            continue;
        // The hold stays where it was found: only locate and shift steps move it.
        if (lastPin && (step.kind == QLatin1String("pin") || step.kind == QLatin1String("move")) &&
            !sameSpot(*lastPin, p)) {
            read.report(QStringLiteral("pin"),
                        QStringLiteral("moves away from step %1's pin, but a %2 step holds the "
                                       "same spot; move it in a locate or shift step")
                            .arg(lastPinStep)
                            .arg(step.kind));
        }
        if (step.kind == QLatin1String("shift")) {
            if (!lastPin) {
                read.report(QStringLiteral("pin"),
                            QStringLiteral("has no earlier pin to shift from"));
            } else if (lastPin->view != p.view) {
                read.report(QStringLiteral("view"),
                            QStringLiteral("differs from step %1's; a shift moves the pin on "
                                           "the same view")
                                .arg(lastPinStep));
            } else if (QLineF(lastPin->pin, p.pin).length() < kMinTravel) {
                read.report(QStringLiteral("pin"),
                            QStringLiteral("is within %1 figure units of step %2's pin; a "
                                           "shift moves it to a new spot")
                                .arg(kMinTravel)
                                .arg(lastPinStep));
            } else {
                p.hasShift = true;
                p.shiftFrom = lastPin->pin;
            }
        }
        lastPin = &p;
        lastPinStep = int(i + 1);
    }
}

} // namespace StepPictures
} // namespace unknot
