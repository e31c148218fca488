// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/logging.h"

Q_LOGGING_CATEGORY(lcTransfer, "unknot.transfer", QtInfoMsg)
