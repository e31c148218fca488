// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/logging.h"

Q_LOGGING_CATEGORY(lcSafety, "unknot.safety", QtInfoMsg)
