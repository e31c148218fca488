// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/catalog.h"

#include "content/regions.h"

namespace unknot {

Catalog::Catalog(QObject *parent) : QObject(parent) {}

void Catalog::load(const QString &contentDir, const QString &audioDir)
{
    ContentLoadResult r = ContentLoader(audioDir).loadDirectory(contentDir);
    setTechniques(std::move(r.techniques), std::move(r.problems));
}

void Catalog::setTechniques(QList<Technique> techniques, QList<ContentProblem> problems)
{
    m_techniques = std::move(techniques);
    m_bundledCount = m_techniques.size();
    m_problems = std::move(problems);
    rebuild();
}

void Catalog::setCustomTechniques(QList<Technique> techniques)
{
    m_custom = std::move(techniques);
    m_techniques.resize(m_bundledCount);
    rebuild();
}

void Catalog::rebuild()
{
    m_index.clear();
    for (qsizetype i = 0; i < m_bundledCount; ++i)
        m_index.insert(m_techniques.at(i).id, i);
    for (const Technique &t : std::as_const(m_custom)) {
        if (m_index.contains(t.id))
            continue;
        m_techniques.append(t);
        m_index.insert(t.id, m_techniques.size() - 1);
    }
    emit loaded();
}

bool Catalog::isCustom(const QString &id) const
{
    const auto it = m_index.find(id);
    return it != m_index.end() && *it >= m_bundledCount;
}

QStringList Catalog::problemTexts() const
{
    QStringList out;
    for (const ContentProblem &p : m_problems)
        out << p.toString();
    return out;
}

const Technique *Catalog::technique(const QString &id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_techniques.at(*it);
}

QList<const Technique *> Catalog::techniquesFor(const QString &regionId) const
{
    QList<const Technique *> out;
    for (const Technique &t : m_techniques) {
        if (t.serves(regionId))
            out << &t;
    }
    return out;
}

int Catalog::countFor(const QString &regionId) const
{
    int n = 0;
    for (const Technique &t : m_techniques)
        n += t.serves(regionId) ? 1 : 0;
    return n;
}

QString Catalog::titleOf(const QString &id) const
{
    const Technique *t = technique(id);
    return t ? t->title : QString();
}

QString Catalog::regionName(const QString &regionId) const
{
    return Regions::displayName(regionId);
}

QString Catalog::defaultRegionFor(const QString &techniqueId) const
{
    const Technique *t = technique(techniqueId);
    if (!t || t->regions.isEmpty())
        return {};
    const QString base = t->regions.first();
    return Regions::onSide(base, t->sides.value(0, Side::Centre));
}

} // namespace unknot
