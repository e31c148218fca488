// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/side.h"

namespace unknot {

QString sideName(Side side)
{
    switch (side) {
    case Side::Left:
        return QStringLiteral("left");
    case Side::Right:
        return QStringLiteral("right");
    case Side::Centre:
        break;
    }
    return {};
}

Side otherSide(Side side)
{
    switch (side) {
    case Side::Left:
        return Side::Right;
    case Side::Right:
        return Side::Left;
    case Side::Centre:
        break;
    }
    return Side::Centre;
}

} // namespace unknot
