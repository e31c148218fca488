// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.links"): enable e.g. "unknot.links.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLinks)
