// SPDX-License-Identifier: GPL-3.0-or-later
#include "links/logging.h"

Q_LOGGING_CATEGORY(lcLinks, "unknot.links", QtInfoMsg)
