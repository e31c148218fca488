// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictures/logging.h"

Q_LOGGING_CATEGORY(lcPictures, "unknot.pictures", QtInfoMsg)
