// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/bundledbodymap.h"

#include "bodymap/logging.h"

namespace unknot {

const BodyMapGeometry &bundledBodyMapGeometry()
{
    static const BodyMapGeometry geometry = [] {
        BodyMapGeometry g;
        if (!g.load(QString::fromLatin1(kBundledBodyMapPath)))
            qCWarning(lcBodyMap).noquote() << g.errorString();
        return g;
    }();
    return geometry;
}

} // namespace unknot
