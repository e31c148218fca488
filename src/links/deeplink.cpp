// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/deeplink.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace unknot {

namespace {

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return id.size() <= 100 && pattern.match(id).hasMatch();
}

DeepLink invalid(const QString &message)
{
    DeepLink link;
    link.error = message;
    return link;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DeepLink", text);
}

// A reminder link's label is shown in the editor; longer text is not a label.
constexpr int kMaxLabelLength = 80;
const char *const kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// Every value the link gives for `key` (a key given twice is a damaged or crafted link).
QStringList values(const QUrlQuery &query, const QString &key)
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

// unknot://reminder/new?...: keeps what is usable, says what was not.
DeepLink parseNewReminder(const QUrl &url)
{
    DeepLink link;
    link.kind = DeepLink::Kind::NewReminder;
    const QUrlQuery query(url);
    const auto single = [&](const char *key, const QString &twice) {
        const QStringList given = values(query, QLatin1String(key));
        if (given.size() > 1)
            link.problems << twice;
        return given.size() == 1 ? given.first() : QString();
    };

    const QString time = single("time", tr("The link gives more than one time."));
    static const QRegularExpression timePattern(
        QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
    if (const QRegularExpressionMatch m = timePattern.match(time); m.hasMatch())
        link.minuteOfDay = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    else if (!time.isEmpty())
        link.problems << tr("The time in the link is not a time of day (expected e.g. 07:30).");
    else if (!query.hasQueryItem(QStringLiteral("time")))
        link.problems << tr("The link gives no time.");

    const QString days = single("days", tr("The link gives the days more than once."));
    QStringList unknownDays;
    for (const QString &day : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = day.trimmed().toLower();
        bool known = false;
        for (int i = 0; i < 7; ++i) {
            if (name == QLatin1String(kDayNames[i])) {
                link.weekdays |= 1 << i;
                known = true;
            }
        }
        if (!known)
            unknownDays << day.left(20);
    }
    if (!unknownDays.isEmpty())
        link.problems << tr("The link names days Unknot does not know: %1 (use mon to sun).")
                             .arg(unknownDays.mid(0, 3).join(QStringLiteral(", ")));
    if (days.isEmpty() && !query.hasQueryItem(QStringLiteral("days")))
        link.problems << tr("The link gives no days of the week.");

    const QString technique = single("technique", tr("The link names more than one technique."));
    const QString region = single("region", tr("The link names more than one region."));
    if (!technique.isEmpty()) {
        if (isValidId(technique))
            link.techniqueId = technique;
        else
            link.problems << tr("The technique named in the link is not a technique id.");
    }
    if (!region.isEmpty()) {
        if (isValidId(region))
            link.regionId = region;
        else
            link.problems << tr("The region named in the link is not a region id.");
    }

    const QString label = single("label", tr("The link gives more than one label."));
    const bool unprintable = std::any_of(label.cbegin(), label.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    if (unprintable)
        link.problems << tr("The label in the link holds characters that cannot be shown.");
    else if (label.size() > kMaxLabelLength)
        link.problems
            << tr("The label in the link is longer than %1 characters.").arg(kMaxLabelLength);
    else
        link.label = label.simplified();
    return link;
}

} // namespace

DeepLink DeepLink::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("unknot"))
        return invalid(tr("This link is not an Unknot link."));

    const QString host = url.host();
    const QString path = url.path();
    if (host == QLatin1String("technique")) {
        const QString id = path.mid(1);
        if (!path.startsWith(QLatin1Char('/')) || !isValidId(id) || url.hasQuery())
            return invalid(tr("This link does not name a technique."));
        DeepLink link;
        link.kind = Kind::OpenTechnique;
        link.techniqueId = id;
        return link;
    }
    if (host == QLatin1String("session") && path == QLatin1String("/start")) {
        const QUrlQuery query(url);
        const QString id = query.queryItemValue(QStringLiteral("technique"));
        if (!isValidId(id))
            return invalid(tr("This link does not name a technique to start."));
        DeepLink link;
        link.kind = Kind::StartSession;
        link.techniqueId = id;
        return link;
    }
    if (host == QLatin1String("region")) {
        const QString id = path.mid(1);
        if (!path.startsWith(QLatin1Char('/')) || !isValidId(id) || url.hasQuery())
            return invalid(tr("This link does not name a body region."));
        DeepLink link;
        link.kind = Kind::OpenRegion;
        link.regionId = id;
        return link;
    }
    if (host == QLatin1String("bodymap") && (path.isEmpty() || path == QLatin1String("/"))) {
        DeepLink link;
        link.kind = Kind::OpenBodyMap;
        return link;
    }
    if (host == QLatin1String("plan") && !url.hasQuery()) {
        DeepLink link;
        if (path.isEmpty() || path == QLatin1String("/"))
            link.kind = Kind::OpenPlan;
        else if (path == QLatin1String("/start"))
            link.kind = Kind::StartPlan;
        else
            return invalid(tr("Unknot does not know what to do with this plan link."));
        return link;
    }
    if (host == QLatin1String("reminder") && path == QLatin1String("/new"))
        return parseNewReminder(url);
    return invalid(tr("Unknot does not know what to do with this link."));
}

} // namespace unknot
