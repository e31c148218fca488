// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.search"): enable e.g. "unknot.search.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
