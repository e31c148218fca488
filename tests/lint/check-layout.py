#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps the house's layout honest:
- every project include in src/, app/, tests/ and platforms/ names its folder
  ("content/catalog.h"), so the dependencies between src/ folders show in the code;
- src/base/ depends on nothing else in src/;
- src/ knows no operating system: nothing from platforms/, no JNI, UIKit, Foundation or D-Bus,
  no QGuiApplication (platform state reaches the core through AppCore's own API)."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
src = root / "src"
headers = {p.name: p.parent.name for p in src.glob("*/*.h")}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"|Q_MOC_INCLUDE\("([^"]+)"\)', re.M)
OS_HEADER = re.compile(
    r'^\s*#\s*(?:include|import)\s+[<"](QJniObject|QtCore/private/qandroid\w*|jni\.h|UIKit/|'
    r'Foundation/|UserNotifications/|QtDBus|QDBus\w*|QGuiApplication)', re.M)
problems = []
for folder in ("src", "app", "tests", "platforms"):
    for path in (root / folder).rglob("*"):
        if path.suffix not in (".h", ".cpp", ".mm"):
            continue
        text = path.read_text(encoding="utf-8")
        rel = path.relative_to(root)
        for match in INCLUDE.finditer(text):
            name = match.group(1) or match.group(2)
            if "/" not in name and name in headers and not (path.parent / name).exists():
                problems.append(f"{rel}: include \"{name}\" as \"{headers[name]}/{name}\"")
            if "/" not in name and name in headers and folder == "src":
                problems.append(f"{rel}: include \"{name}\" as \"{headers[name]}/{name}\"")
            if folder == "src" and name.startswith("platforms/"):
                problems.append(f"{rel}: src/ must not include from platforms/")
            if rel.parts[:2] == ("src", "base") and "/" in name and not name.startswith("base/"):
                problems.append(f"{rel}: src/base/ depends on nothing else in src/ ({name})")
        if folder == "src":
            for match in OS_HEADER.finditer(text):
                problems.append(f"{rel}: src/ knows no operating system ({match.group(1)})")

for problem in sorted(set(problems)):
    print(problem)
if problems:
    sys.exit(1)
print("layout: includes name their folder; src/ is free of OS code")
