// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/steplistmodel.h"

#include "content/catalog.h"
#include "content/contentterms.h"

#include <QLocale>

#include <cmath>

namespace unknot {

namespace {
QString timingText(StepTiming t)
{
    if (t.isRepetitions())
        return StepListModel::tr("%n slow repetition(s), %1 s each", "", t.reps)
            .arg(QLocale().toString(t.tempoSeconds));
    return StepListModel::tr("Hold %n second(s)", "", t.seconds);
}
} // namespace

StepListModel::StepListModel(QObject *parent) : CatalogListModel(parent) {}

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
    m_technique = catalog() ? catalog()->technique(m_techniqueId) : nullptr;
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
QStringList StepListModel::healthFlags() const
{
    return m_technique ? m_technique->healthFlags() : QStringList();
}
QStringList StepListModel::equipmentNames() const
{
    QStringList out;
    for (const QString &id : equipment())
        out << ContentTerms::equipmentName(id);
    return out;
}

QStringList StepListModel::goalNames() const
{
    QStringList out;
    if (m_technique) {
        for (const QString &id : m_technique->goals)
            out << ContentTerms::goalName(id);
    }
    return out;
}

QString StepListModel::goalsText() const
{
    return QLocale().createSeparatedList(goalNames());
}

QString StepListModel::intensityName() const
{
    return m_technique ? ContentTerms::intensityName(m_technique->intensity) : QString();
}

int StepListModel::minutes() const
{
    return m_technique ? std::max(1, int(std::lround(m_technique->totalMilliseconds() / 60000.0)))
                       : 0;
}

QString StepListModel::side() const
{
    if (!m_technique)
        return {};
    if (m_technique->isTwoSided())
        return m_technique->isCentre() ? QStringLiteral("each-side") : QStringLiteral("both");
    const QString name = sideName(m_technique->sides.value(0, Side::Centre));
    return name.isEmpty() ? QStringLiteral("centre") : name;
}

bool StepListModel::bothSides() const
{
    return m_technique && m_technique->isTwoSided();
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
    case KindNameRole:
        return ContentTerms::stepKindName(s.kind);
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
            {KindNameRole, "kindName"},
            {TimingTextRole, "timingText"},
            {NumberRole, "number"}};
}

} // namespace unknot
