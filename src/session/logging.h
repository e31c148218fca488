// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.session"): enable e.g. "unknot.session.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSession)
