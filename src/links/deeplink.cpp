// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/deeplink.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

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
        return {Kind::OpenTechnique, id, {}};
    }
    if (host == QLatin1String("session") && path == QLatin1String("/start")) {
        const QUrlQuery query(url);
        const QString id = query.queryItemValue(QStringLiteral("technique"));
        if (!isValidId(id))
            return invalid(tr("This link does not name a technique to start."));
        return {Kind::StartSession, id, {}};
    }
    return invalid(tr("Unknot does not know what to do with this link."));
}

} // namespace unknot
