// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The body map's own category ("unknot.bodymap"), kept with the subsystem it serves.
Q_DECLARE_LOGGING_CATEGORY(lcBodyMap)
