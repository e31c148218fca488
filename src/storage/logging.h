// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.storage"): enable e.g. "unknot.storage.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
