// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/contentloader.h"
#include "content/technique.h"

namespace unknot {

// The rules of assets/content/FORMAT.md that the app does not need in order to run: how texts
// are written (sentence case, sentence counts, closing punctuation, no cure promises) and what
// the library as a whole must cover. The reader (techniquereader.h) checks everything else.
// unknot-content-check (tools/contentcheck) applies both; the app applies only the reader's.
namespace AuthoringRules {

// A content file's own name: lowercase words joined by hyphens, ".json".
QList<ContentProblem> checkFileName(const QString &fileName);
// The text style of one technique that the reader accepted.
QList<ContentProblem> checkStyle(const Technique &technique);
// What the bundled library tells beyond the steps: how often to do each technique. (A user's
// own technique may leave it out: the practitioner said it in the room.)
QList<ContentProblem> checkGuidance(const Technique &technique);
// Safety that a rule can see: health flags are present and each is spelt out in a
// contraindication (and every contraindication naming a checklist condition carries its flag);
// firm and ball or roller work carries the blood-thinners flag.
QList<ContentProblem> checkSafety(const Technique &technique);
// What the whole library must offer: enough techniques, every region and goal served.
QList<ContentProblem> checkCoverage(const QList<Technique> &techniques);

} // namespace AuthoringRules
} // namespace unknot
