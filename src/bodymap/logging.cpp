// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymap/logging.h"

Q_LOGGING_CATEGORY(lcBodyMap, "unknot.bodymap", QtInfoMsg)
