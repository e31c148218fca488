// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/provenance.h"

#include "content/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace unknot {

namespace {
constexpr int kMaxSources = 6;
constexpr int kMaxTextChars = 300;
} // namespace

ContentProvenance::ContentProvenance(QObject *parent) : QObject(parent)
{
    load();
}

void ContentProvenance::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    load();
}

QString ContentProvenance::reviewedOnText() const
{
    return m_reviewedOn.isValid() ? QLocale().toString(m_reviewedOn, QLocale::LongFormat)
                                  : QString();
}

void ContentProvenance::load()
{
    QFile f(m_source);
    if (!f.open(QIODevice::ReadOnly)) {
        m_reviewedOn = {};
        m_reviewedBy.clear();
        m_basedOn.clear();
        m_problem = QStringLiteral("%1 cannot be read: %2").arg(m_source, f.errorString());
        qCWarning(lcContent).noquote() << m_problem;
        emit changed();
        return;
    }
    if (!parse(f.readAll()))
        qCWarning(lcContent).noquote() << m_source << m_problem;
}

bool ContentProvenance::parse(const QByteArray &json)
{
    m_reviewedOn = {};
    m_reviewedBy.clear();
    m_basedOn.clear();
    m_problem.clear();
    const auto fail = [this](const QString &why) {
        m_reviewedOn = {};
        m_reviewedBy.clear();
        m_basedOn.clear();
        m_problem = why;
        emit changed();
        return false;
    };
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("is not a JSON object"));
    const QJsonObject o = doc.object();
    const QStringList known = {QStringLiteral("formatVersion"), QStringLiteral("reviewedOn"),
                               QStringLiteral("reviewedBy"), QStringLiteral("basedOn")};
    for (const QString &key : o.keys()) {
        if (!known.contains(key))
            return fail(QStringLiteral("\"%1\" is not a provenance field (fields: %2)")
                            .arg(key, known.join(QLatin1String(", "))));
    }
    if (o.value(QLatin1String("formatVersion")).toInt(-1) != 1)
        return fail(QStringLiteral("formatVersion must be 1"));
    const QString date = o.value(QLatin1String("reviewedOn")).toString();
    m_reviewedOn = QDate::fromString(date, Qt::ISODate);
    if (!m_reviewedOn.isValid() || date.size() != 10)
        return fail(QStringLiteral("reviewedOn must be a date written YYYY-MM-DD"));
    m_reviewedBy = o.value(QLatin1String("reviewedBy")).toString().trimmed();
    if (m_reviewedBy.isEmpty() || m_reviewedBy.size() > kMaxTextChars)
        return fail(
            QStringLiteral("reviewedBy must be text of 1 to %1 characters").arg(kMaxTextChars));
    const QJsonArray sources = o.value(QLatin1String("basedOn")).toArray();
    if (sources.isEmpty() || sources.size() > kMaxSources)
        return fail(QStringLiteral("basedOn must list 1 to %1 sources").arg(kMaxSources));
    QStringList basedOn;
    for (const QJsonValue &v : sources) {
        const QString s = v.toString().trimmed();
        if (s.isEmpty() || s.size() > kMaxTextChars)
            return fail(QStringLiteral("each basedOn entry must be text of 1 to %1 characters")
                            .arg(kMaxTextChars));
        basedOn << s;
    }
    m_basedOn = basedOn;
    emit changed();
    return true;
}

} // namespace unknot
