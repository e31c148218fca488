// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace unknot {

// An unknot:// link, as passed on the command line or by a notification:
//   unknot://technique/<id>                     opens that technique
//   unknot://session/start?technique=<id>       starts its guided session
struct DeepLink
{
    enum class Kind { Invalid, OpenTechnique, StartSession };

    Kind kind = Kind::Invalid;
    QString techniqueId;
    QString error; // plain words, set when kind is Invalid

    static DeepLink parse(const QString &text);
};

} // namespace unknot
