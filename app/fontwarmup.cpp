// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontwarmup.h"

#include <QFontDatabase>
#include <QStringList>

FontWarmup::FontWarmup() : m_done(std::async(std::launch::async, [] { QFontDatabase::families(); }))
{}

FontWarmup::~FontWarmup()
{
    m_done.wait();
}
