// SPDX-License-Identifier: GPL-3.0-or-later
#include "steplistmodel.h"

#include "catalog.h"

namespace unknot {

namespace {
QString timingText(const StepTiming &t)
{
    if (t.isRepetitions())
        return StepListModel::tr("%1 slow repetitions").arg(t.reps);
    return StepListModel::tr("Hold %1 seconds").arg(t.seconds);
}
QString equipmentName(const QString &id)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("unknot::StepListModel", "No equipment")},
        {QStringLiteral("massage-ball"),
         QT_TRANSLATE_NOOP("unknot::StepListModel", "Massage ball")},
        {QStringLiteral("foam-roller"), QT_TRANSLATE_NOOP("unknot::StepListModel", "Foam roller")},
        {QStringLiteral("wall"), QT_TRANSLATE_NOOP("unknot::StepListModel", "A wall")},
        {QStringLiteral("chair"), QT_TRANSLATE_NOOP("unknot::StepListModel", "A chair")},
        {QStringLiteral("table"), QT_TRANSLATE_NOOP("unknot::StepListModel", "A table")},
        {QStringLiteral("towel"), QT_TRANSLATE_NOOP("unknot::StepListModel", "A towel")},
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("unknot::StepListModel", "A step")},
    };
    const char *name = names.value(id, nullptr);
    return name ? StepListModel::tr(name) : id;
}

} // namespace

StepListModel::StepListModel(QObject *parent) : QAbstractListModel(parent) {}

void StepListModel::setCatalog(Catalog *catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &Catalog::loaded, this, &StepListModel::reload);
    reload();
    emit catalogChanged();
}

void StepListModel::setTechniqueId(const QString &id)
{
    if (m_techniqueId == id)
        return;
    m_techniqueId = id;
    reload();
}

void StepListModel::reload()
{
    beginResetModel();
    m_technique = m_catalog ? m_catalog->technique(m_techniqueId) : nullptr;
    endResetModel();
    emit techniqueChanged();
}

QString StepListModel::title() const
{
    return m_technique ? m_technique->title : QString();
}
QString StepListModel::purpose() const
{
    return m_technique ? m_technique->purpose : QString();
}
QString StepListModel::startingPosition() const
{
    return m_technique ? m_technique->startingPosition : QString();
}
QString StepListModel::intensity() const
{
    return m_technique ? m_technique->intensity : QString();
}
QStringList StepListModel::equipment() const
{
    return m_technique ? m_technique->equipment : QStringList();
}
QStringList StepListModel::cautions() const
{
    return m_technique ? m_technique->cautions : QStringList();
}
QStringList StepListModel::contraindications() const
{
    return m_technique ? m_technique->contraindications : QStringList();
}
QStringList StepListModel::equipmentNames() const
{
    QStringList out;
    for (const QString &id : equipment())
        out << equipmentName(id);
    return out;
}

QString StepListModel::intensityName() const
{
    const QString id = intensity();
    if (id == QLatin1String("gentle"))
        return tr("Gentle");
    if (id == QLatin1String("moderate"))
        return tr("Moderate");
    if (id == QLatin1String("firm"))
        return tr("Firm");
    return id;
}

bool StepListModel::bothSides() const
{
    return m_technique && m_technique->side == TechniqueSide::Both;
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_technique ? 0 : int(m_technique->steps.size());
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step &s = m_technique->steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return s.text;
    case CueRole:
        return s.cue;
    case KindRole:
        return s.kind;
    case TimingTextRole:
        return timingText(s.timing);
    case NumberRole:
        return index.row() + 1;
    }
    return {};
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    return {{TextRole, "text"},
            {CueRole, "cue"},
            {KindRole, "kind"},
            {TimingTextRole, "timingText"},
            {NumberRole, "number"}};
}

} // namespace unknot
