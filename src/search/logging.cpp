// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/logging.h"

Q_LOGGING_CATEGORY(lcSearch, "unknot.search", QtInfoMsg)
