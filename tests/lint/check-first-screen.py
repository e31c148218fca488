#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps the first screen fast: every QML file the first screen compiles (Main.qml and the types
it names, recursively; files a Loader or page stack opens by URL are not followed, they load
later) must not import Qt Quick Controls, Layouts or Dialogs. Registering those modules is most
of what an empty Controls window spends before its first frame (see the startup benchmark)."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1]) / "qml"
files = {p.stem: p for p in root.rglob("*.qml")}
SLOW = re.compile(r"^import\s+(QtQuick\.Controls|QtQuick\.Layouts|QtQuick\.Dialogs)\b", re.M)
# Types instantiated ("Name {") and singletons read ("Name.property").
TYPE = re.compile(r"\b([A-Z][A-Za-z0-9]*)\s*[{.]")
# Comments and strings (file names in URLs are loaded later, by whoever holds the URL).
NOISE = re.compile(r'//[^\n]*|"(?:\\.|[^"\\])*"')

seen, queue, problems = set(), ["Main"], []
while queue:
    name = queue.pop()
    if name in seen:
        continue
    seen.add(name)
    text = files[name].read_text(encoding="utf-8")
    for m in SLOW.finditer(text):
        problems.append(f"{files[name].relative_to(root.parent)}: imports {m.group(1)}, "
                        "but the first screen compiles it")
    code = NOISE.sub("", text)
    queue += [t for t in TYPE.findall(code) if t in files and t not in seen]

if len(seen) < 8:
    problems.append(f"only {len(seen)} files reached from Main.qml: the search is broken")
for p in problems:
    print(p)
print(f"first screen: {len(seen)} QML files checked: {', '.join(sorted(seen))}")
sys.exit(1 if problems else 0)
