// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledbodymap.h"

#include "bodymaplogging.h"

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
