// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QString>
#include <QStringView>

namespace unknot {

// Result of reading SVG path data ("d" attribute). On failure, path is empty and error says
// what is wrong at which character offset, so a bad asset can be fixed from the message alone.
struct SvgPathParseResult
{
    QPainterPath path;
    QString error;
    qsizetype errorOffset = -1;

    bool ok() const { return errorOffset < 0; }
};

// Parses the SVG path commands M L H V C S Q T Z (absolute and relative, with implicit
// repetition). Elliptical arcs (A) are rejected: the body map never needs them, and a clear
// error beats a silently wrong shape. The returned path uses the non-zero fill rule, as SVG does.
SvgPathParseResult parseSvgPath(QStringView d);

} // namespace unknot
