// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/resourcepaths.h"
#include "content/contentloader.h"

#include <future>

namespace unknot {

// The part of building the model layer that needs no main thread: loading the SQLite driver,
// reading the body map's geometry and parsing the content files. Started first, it runs on a worker
// thread while the main thread is free (for the QML loader thread, which calls on it while it
// compiles the UI); the AppCore constructor takes its result.
class CorePreparation
{
public:
    explicit CorePreparation(const ResourcePaths &resources);
    CorePreparation(CorePreparation &&) = default;
    CorePreparation &operator=(CorePreparation &&) = default;
    ~CorePreparation();

    // The parsed content; waits for the worker if it has not finished. Call once.
    ContentLoadResult takeContent();

private:
    std::future<ContentLoadResult> m_content;
};

} // namespace unknot
