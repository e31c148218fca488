// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// This concern's own category ("unknot.pictures"): enable e.g. "unknot.pictures.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPictures)
