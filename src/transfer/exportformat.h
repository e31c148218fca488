// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

namespace unknot::ExportFormat {

// The JSON export's identity and version. Bump kVersion when the file's shape changes in a
// way an older app cannot read; an older app then refuses the file with a clear message.
inline constexpr QLatin1String kName("unknot-export");
inline constexpr int kVersion = 1;

} // namespace unknot::ExportFormat
