// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/contentterms.h"

#include <QCoreApplication>
#include <QHash>

namespace unknot::ContentTerms {

namespace {

struct Term
{
    const char *id;
    const char *name; // marked for translation here, translated at use
};

const Term kGoals[] = {
    {"flexibility", QT_TRANSLATE_NOOP("ContentTerms", "Flexibility")},
    {"range-of-motion", QT_TRANSLATE_NOOP("ContentTerms", "Range of motion")},
    {"lower-back-pain", QT_TRANSLATE_NOOP("ContentTerms", "Lower-back pain")},
    {"carpal-tunnel", QT_TRANSLATE_NOOP("ContentTerms", "Carpal tunnel")},
    {"running", QT_TRANSLATE_NOOP("ContentTerms", "Running")},
    {"scar-tissue", QT_TRANSLATE_NOOP("ContentTerms", "Scar tissue")},
};

const Term kEquipment[] = {
    {"none", QT_TRANSLATE_NOOP("ContentTerms", "No equipment")},
    {"massage-ball", QT_TRANSLATE_NOOP("ContentTerms", "Massage ball")},
    {"foam-roller", QT_TRANSLATE_NOOP("ContentTerms", "Foam roller")},
    {"wall", QT_TRANSLATE_NOOP("ContentTerms", "Wall")},
    {"chair", QT_TRANSLATE_NOOP("ContentTerms", "Chair")},
    {"table", QT_TRANSLATE_NOOP("ContentTerms", "Table")},
    {"towel", QT_TRANSLATE_NOOP("ContentTerms", "Towel")},
    {"step", QT_TRANSLATE_NOOP("ContentTerms", "Step")},
};

const Term kIntensities[] = {
    {"gentle", QT_TRANSLATE_NOOP("ContentTerms", "Gentle")},
    {"moderate", QT_TRANSLATE_NOOP("ContentTerms", "Moderate")},
    {"firm", QT_TRANSLATE_NOOP("ContentTerms", "Firm")},
};

const Term kStepKinds[] = {
    {"position", QT_TRANSLATE_NOOP("ContentTerms", "Position")},
    {"locate", QT_TRANSLATE_NOOP("ContentTerms", "Find the spot")},
    {"pin", QT_TRANSLATE_NOOP("ContentTerms", "Pin")},
    {"move", QT_TRANSLATE_NOOP("ContentTerms", "Move")},
    {"release", QT_TRANSLATE_NOOP("ContentTerms", "Release")},
    {"shift", QT_TRANSLATE_NOOP("ContentTerms", "Move the pin")},
    {"rest", QT_TRANSLATE_NOOP("ContentTerms", "Rest")},
};

struct Vocabulary
{
    QStringList ids;
    QHash<QString, const char *> names;

    template <size_t N> explicit Vocabulary(const Term (&terms)[N])
    {
        for (const Term &t : terms) {
            ids << QString::fromLatin1(t.id);
            names.insert(ids.last(), t.name);
        }
    }
    QString nameOf(const QString &id) const
    {
        const char *name = names.value(id, nullptr);
        return name ? QCoreApplication::translate("ContentTerms", name) : id;
    }
};

const Vocabulary &goalVocabulary()
{
    static const Vocabulary v(kGoals);
    return v;
}
const Vocabulary &equipmentVocabulary()
{
    static const Vocabulary v(kEquipment);
    return v;
}
const Vocabulary &intensityVocabulary()
{
    static const Vocabulary v(kIntensities);
    return v;
}
const Vocabulary &stepKindVocabulary()
{
    static const Vocabulary v(kStepKinds);
    return v;
}

} // namespace

const QStringList &goals()
{
    return goalVocabulary().ids;
}
const QStringList &equipment()
{
    return equipmentVocabulary().ids;
}
const QStringList &intensities()
{
    return intensityVocabulary().ids;
}
const QStringList &stepKinds()
{
    return stepKindVocabulary().ids;
}

QString goalName(const QString &goalId)
{
    return goalVocabulary().nameOf(goalId);
}
QString equipmentName(const QString &equipmentId)
{
    return equipmentVocabulary().nameOf(equipmentId);
}
QString intensityName(const QString &intensityId)
{
    return intensityVocabulary().nameOf(intensityId);
}
QString stepKindName(const QString &kindId)
{
    return stepKindVocabulary().nameOf(kindId);
}

} // namespace unknot::ContentTerms
