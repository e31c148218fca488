#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the platform manifests for promises the product makes: application id app.unknot,
no network permission on Android, the unknot:// link scheme on both platforms, and an iOS launch
screen that exists (iOS refuses full-screen layouts without one)."""
import os
import plistlib
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
ANDROID = "{http://schemas.android.com/apk/res/android}"
TOOLS = "{http://schemas.android.com/tools}"
problems = []

manifest = ET.parse(f"{root}/platforms/android/AndroidManifest.xml").getroot()
if manifest.get("package") != "app.unknot":
    problems.append("AndroidManifest.xml: package is not app.unknot")
for perm in manifest.iter("uses-permission"):
    if perm.get(ANDROID + "name") == "android.permission.INTERNET" and perm.get(TOOLS + "node") != "remove":
        problems.append("AndroidManifest.xml: requests INTERNET; Unknot must work without network access")
schemes = {d.get(ANDROID + "scheme") for d in manifest.iter("data")}
if "unknot" not in schemes:
    problems.append("AndroidManifest.xml: no intent filter for unknot:// links")

with open(f"{root}/platforms/ios/Info.plist", "rb") as f:
    plist = plistlib.load(f)
if plist.get("CFBundleIdentifier") != "app.unknot":
    problems.append("Info.plist: CFBundleIdentifier is not app.unknot")
ios_schemes = [s for t in plist.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]
if "unknot" not in ios_schemes:
    problems.append("Info.plist: no unknot URL scheme")
launch = plist.get("UILaunchStoryboardName")
if not launch:
    problems.append("Info.plist: no UILaunchStoryboardName")
elif not os.path.exists(f"{root}/platforms/ios/{launch}.storyboard"):
    problems.append(f"Info.plist: launch screen {launch}.storyboard is not in platforms/ios")
else:
    ET.parse(f"{root}/platforms/ios/{launch}.storyboard")  # must at least be well-formed XML

for p in problems:
    print(p)
print("platform files: ok" if not problems else f"platform files: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
