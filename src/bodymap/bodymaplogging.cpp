// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodymaplogging.h"

Q_LOGGING_CATEGORY(lcBodyMap, "unknot.bodymap", QtInfoMsg)
