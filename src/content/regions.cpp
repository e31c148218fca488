// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/regions.h"

#include <QCoreApplication>
#include <QHash>

namespace unknot::Regions {

namespace {

struct Area
{
    const char *base;
    bool centre;
    const char *centreName; // for centre areas
    const char *leftName;   // for limbs
    const char *rightName;
};

// Head to feet. Names are marked for translation here and translated at use.
const Area kAreas[] = {
    {"neck", true, QT_TRANSLATE_NOOP("Regions", "Neck"), nullptr, nullptr},
    {"shoulder", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left shoulder"),
     QT_TRANSLATE_NOOP("Regions", "Right shoulder")},
    {"upper-back", true, QT_TRANSLATE_NOOP("Regions", "Upper back"), nullptr, nullptr},
    {"elbow", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left elbow"),
     QT_TRANSLATE_NOOP("Regions", "Right elbow")},
    {"forearm-wrist", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left forearm and wrist"),
     QT_TRANSLATE_NOOP("Regions", "Right forearm and wrist")},
    {"hand", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left hand"),
     QT_TRANSLATE_NOOP("Regions", "Right hand")},
    {"lower-back", true, QT_TRANSLATE_NOOP("Regions", "Lower back"), nullptr, nullptr},
    {"hip", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left hip"),
     QT_TRANSLATE_NOOP("Regions", "Right hip")},
    {"glute", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left glute"),
     QT_TRANSLATE_NOOP("Regions", "Right glute")},
    {"hamstring", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left hamstring"),
     QT_TRANSLATE_NOOP("Regions", "Right hamstring")},
    {"quadriceps", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left quadriceps"),
     QT_TRANSLATE_NOOP("Regions", "Right quadriceps")},
    {"knee-itband", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left knee and IT band"),
     QT_TRANSLATE_NOOP("Regions", "Right knee and IT band")},
    {"calf-achilles", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left calf and Achilles"),
     QT_TRANSLATE_NOOP("Regions", "Right calf and Achilles")},
    {"foot", false, nullptr, QT_TRANSLATE_NOOP("Regions", "Left foot"),
     QT_TRANSLATE_NOOP("Regions", "Right foot")},
};

struct Tables
{
    QStringList ids;
    QStringList bases;
    QHash<QString, const char *> names;
    QHash<QString, bool> centre;

    Tables()
    {
        for (const Area &a : kAreas) {
            const QString base = QString::fromLatin1(a.base);
            bases << base;
            centre.insert(base, a.centre);
            if (a.centre) {
                ids << base;
                names.insert(base, a.centreName);
            } else {
                const QString left = base + QLatin1String("-left");
                const QString right = base + QLatin1String("-right");
                ids << left << right;
                names.insert(left, a.leftName);
                names.insert(right, a.rightName);
            }
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

} // namespace

const QStringList &allIds()
{
    return tables().ids;
}
const QStringList &baseIds()
{
    return tables().bases;
}
bool isKnownId(const QString &regionId)
{
    return tables().names.contains(regionId);
}
bool isKnownBase(const QString &baseId)
{
    return tables().centre.contains(baseId);
}
bool isCentreBase(const QString &baseId)
{
    return tables().centre.value(baseId, false);
}

QString baseOf(const QString &regionId)
{
    if (regionId.endsWith(QLatin1String("-left")))
        return regionId.chopped(5);
    if (regionId.endsWith(QLatin1String("-right")))
        return regionId.chopped(6);
    return regionId;
}

Side sideOf(const QString &regionId)
{
    if (regionId.endsWith(QLatin1String("-left")))
        return Side::Left;
    if (regionId.endsWith(QLatin1String("-right")))
        return Side::Right;
    return Side::Centre;
}

QString onSide(const QString &baseId, Side side)
{
    return side == Side::Centre ? baseId : baseId + QLatin1Char('-') + sideName(side);
}

QString displayName(const QString &regionId)
{
    const char *name = tables().names.value(regionId, nullptr);
    return name ? QCoreApplication::translate("Regions", name) : regionId;
}

} // namespace unknot::Regions
