// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bodymap/bodymapgeometry.h"

namespace unknot {

// Where the app's body-map geometry is bundled (Qt resources, see assets/CMakeLists.txt).
inline constexpr char kBundledBodyMapPath[] = ":/assets/bodymap/bodymap.json";

// The bundled geometry, parsed on first use and then shared by every model and view, so the
// first screen pays for it once. If the asset is broken the geometry is empty and the reason
// is logged as a warning (which the app's self-test turns into a failure).
const BodyMapGeometry &bundledBodyMapGeometry();

} // namespace unknot
