// SPDX-License-Identifier: GPL-3.0-or-later
// Desktops: no share sheet; the UI offers a save dialog instead.
#include "filesharer.h"

namespace unknot {

std::unique_ptr<FileSharer> FileSharer::create()
{
    return nullptr;
}

} // namespace unknot
