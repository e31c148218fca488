#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the platform files for the promises the product makes, so a later change cannot
silently drop one: every file well-formed; application id app.unknot; no network (or other
needless) permission on Android; unknot:// links reach the one running activity (singleTask) and
the iOS app; the records never go to a cloud backup; one version source (placeholders and CMake
variables, no hard-coded numbers); icons, launch screens and the privacy keys the stores require.
Usage: check-platform-files.py SOURCE_DIR"""
import configparser
import json
import os
import plistlib
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
ANDROID = "{http://schemas.android.com/apk/res/android}"
TOOLS = "{http://schemas.android.com/tools}"
problems = []


def problem(text):
    problems.append(text)


def parse_xml(path):
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        problem(f"{os.path.relpath(path, root)}: not well-formed XML ({e})")
        return None


def load_plist(path):
    try:
        with open(path, "rb") as f:
            return plistlib.load(f)
    except Exception as e:  # plistlib raises several kinds
        problem(f"{os.path.relpath(path, root)}: not a valid property list ({e})")
        return {}


# ---- Android ---------------------------------------------------------------------------------
android = f"{root}/platforms/android"
res = f"{android}/res"
for folder, _, files in os.walk(res):
    for name in files:
        if name.endswith(".xml"):
            parse_xml(os.path.join(folder, name))


def resource(reference):
    """The file behind @type/name, or None."""
    if not reference or not reference.startswith("@"):
        return None
    kind, name = reference[1:].split("/", 1)
    for folder in sorted(os.listdir(res)) if os.path.isdir(res) else []:
        if folder == kind or folder.startswith(kind + "-"):
            for ext in (".xml", ".png"):
                path = f"{res}/{folder}/{name}{ext}"
                if os.path.exists(path):
                    return path
    return None


manifest = parse_xml(f"{android}/AndroidManifest.xml")
if manifest is not None:
    if manifest.get("package") != "app.unknot":
        problem("AndroidManifest.xml: package is not app.unknot")
    for attribute, placeholder in (("versionCode", "-- %%INSERT_VERSION_CODE%% --"),
                                   ("versionName", "-- %%INSERT_VERSION_NAME%% --")):
        if manifest.get(ANDROID + attribute) != placeholder:
            problem(f"AndroidManifest.xml: android:{attribute} is not {placeholder!r}: the version "
                    "comes from the CMake project (QT_ANDROID_VERSION_CODE/NAME)")

    # Unknot keeps every record on the phone. It records sound only when the user records a
    # step of their own technique (issue 14): RECORD_AUDIO, asked at run time, and nothing else.
    forbidden = {"INTERNET", "ACCESS_NETWORK_STATE", "CAMERA", "READ_CONTACTS",
                 "ACCESS_FINE_LOCATION", "ACCESS_COARSE_LOCATION", "READ_EXTERNAL_STORAGE",
                 "WRITE_EXTERNAL_STORAGE"}
    removes_internet = False
    requested = set()
    for perm in manifest.iter("uses-permission"):
        name = (perm.get(ANDROID + "name") or "").rsplit(".", 1)[-1]
        requested.add(name)
        if perm.get(TOOLS + "node") == "remove":
            removes_internet |= name == "INTERNET"
            continue
        if name in forbidden:
            problem(f"AndroidManifest.xml: requests {name}; Unknot must work without it")
    if "RECORD_AUDIO" not in requested:
        problem("AndroidManifest.xml: no RECORD_AUDIO; recording a step's voice needs it")
    if not removes_internet:
        problem("AndroidManifest.xml: INTERNET is not removed (tools:node=\"remove\"); Qt "
                "Network's dependencies would add it to the merged manifest")

    app = manifest.find("application")
    if app is None:
        problem("AndroidManifest.xml: no <application>")
    else:
        # Backups: the records never go to the cloud (Android 12+ rules and the older ones).
        extraction = resource(app.get(ANDROID + "dataExtractionRules"))
        if not extraction:
            problem("AndroidManifest.xml: android:dataExtractionRules missing or its file is not in res/xml")
        else:
            rules = parse_xml(extraction)
            cloud = rules.find("cloud-backup") if rules is not None else None
            excluded = {e.get("domain") for e in cloud.iter("exclude")} if cloud is not None else set()
            if cloud is None or not {"file", "database", "root"} <= excluded:
                problem("data_extraction_rules.xml: the cloud backup does not exclude the app's "
                        "files (file, database, root): the records would leave the phone")
        legacy = resource(app.get(ANDROID + "fullBackupContent"))
        if app.get(ANDROID + "allowBackup") != "false":
            if not legacy:
                problem("AndroidManifest.xml: android:fullBackupContent missing (Android 11 and "
                        "earlier would back up the records)")
            else:
                rules = parse_xml(legacy)
                excluded = {e.get("domain") for e in rules.iter("exclude")} if rules is not None else set()
                if not {"file", "database", "root"} <= excluded:
                    problem("backup_rules.xml: does not exclude the app's files (file, database, root)")

        # Icon: adaptive, with a monochrome layer whose images exist at every density.
        adaptive = f"{res}/mipmap-anydpi-v26/ic_launcher.xml"
        if app.get(ANDROID + "icon") != "@mipmap/ic_launcher" or not os.path.exists(adaptive):
            problem("AndroidManifest.xml: android:icon is not the adaptive @mipmap/ic_launcher")
        else:
            layers = parse_xml(adaptive)
            if layers is not None:
                for layer in ("background", "foreground", "monochrome"):
                    element = layers.find(layer)
                    if element is None:
                        problem(f"ic_launcher.xml: no {layer} layer")
                        continue
                    target = element.get(ANDROID + "drawable")
                    if target.startswith("@mipmap/"):
                        for density in ("mdpi", "hdpi", "xhdpi", "xxhdpi", "xxxhdpi"):
                            png = f"{res}/mipmap-{density}/{target.split('/')[1]}.png"
                            if not os.path.exists(png):
                                problem(f"{os.path.relpath(png, root)} missing (tools/make-icons.sh)")

        # Theme: the splash in the app's colours and the edge-to-edge opt-out on Android 15.
        theme = app.get(ANDROID + "theme")
        styles = {}
        for folder in os.listdir(res) if os.path.isdir(res) else []:
            for name in os.listdir(f"{res}/{folder}"):
                if folder.startswith("values") and name.endswith(".xml"):
                    doc = parse_xml(f"{res}/{folder}/{name}")
                    for style in doc.iter("style") if doc is not None else []:
                        styles.setdefault(folder, {})[style.get("name")] = {
                            i.get("name"): i.text for i in style.iter("item")}
        if not theme or theme.split("/")[-1] not in styles.get("values", {}):
            problem("AndroidManifest.xml: the application theme is not defined in res/values")
        v35 = styles.get("values-v35", {}).get("UnknotTheme", {})
        if v35.get("android:windowOptOutEdgeToEdgeEnforcement") != "true":
            problem("res/values-v35: UnknotTheme does not opt out of edge-to-edge; the navigation "
                    "bar and banner would sit under the system bars")
        v31 = styles.get("values-v31", {}).get("UnknotTheme", {})
        if "android:windowSplashScreenBackground" not in v31:
            problem("res/values-v31: no splash screen background in the app's colour")

        activities = [a for a in app.iter("activity")
                      if a.get(ANDROID + "name") == "org.qtproject.qt.android.bindings.QtActivity"]
        if not activities:
            problem("AndroidManifest.xml: no QtActivity")
        for activity in activities:
            if activity.get(ANDROID + "launchMode") != "singleTask":
                problem("AndroidManifest.xml: QtActivity is not launchMode=singleTask (a link "
                        "from another app would start a second activity in that app's task)")
            if activity.get(ANDROID + "exported") != "true":
                problem("AndroidManifest.xml: QtActivity must be exported (launcher and links)")
            filters = [({a.get(ANDROID + "name") for a in f.iter("action")},
                        {c.get(ANDROID + "name") for c in f.iter("category")},
                        {d.get(ANDROID + "scheme") for d in f.iter("data")})
                       for f in activity.iter("intent-filter")]
            if not any("android.intent.action.MAIN" in a and "android.intent.category.LAUNCHER" in c
                       for a, c, _ in filters):
                problem("AndroidManifest.xml: QtActivity has no launcher intent filter")
            if not any("android.intent.action.VIEW" in a and "unknot" in s
                       and {"android.intent.category.DEFAULT", "android.intent.category.BROWSABLE"} <= c
                       for a, c, s in filters):
                problem("AndroidManifest.xml: no VIEW intent filter (DEFAULT, BROWSABLE) for unknot:// links")
        for provider in app.iter("provider"):
            if provider.get(ANDROID + "exported") != "false":
                problem(f"AndroidManifest.xml: provider {provider.get(ANDROID + 'name')} is exported")

# ---- iOS -------------------------------------------------------------------------------------
ios = f"{root}/platforms/ios"
plist = load_plist(f"{ios}/Info.plist")
if plist.get("CFBundleIdentifier") != "app.unknot":
    problem("Info.plist: CFBundleIdentifier is not app.unknot")
ios_schemes = [s for t in plist.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]
if "unknot" not in ios_schemes:
    problem("Info.plist: no unknot URL scheme")
for key, variable in (("CFBundleShortVersionString", "${MACOSX_BUNDLE_SHORT_VERSION_STRING}"),
                      ("CFBundleVersion", "${MACOSX_BUNDLE_BUNDLE_VERSION}")):
    if plist.get(key) != variable:
        problem(f"Info.plist: {key} is not {variable}: the version comes from the CMake project")
if "audio" in plist.get("UIBackgroundModes", []):
    problem("Info.plist: UIBackgroundModes has audio, which the app does not use (the session "
            "pauses in the background); App Review rejects unused modes")
if not str(plist.get("NSMicrophoneUsageDescription", "")).strip():
    problem("Info.plist: no NSMicrophoneUsageDescription (Qt Multimedia links capture; iOS ends "
            "the app without it)")
if plist.get("ITSAppUsesNonExemptEncryption") is not False:
    problem("Info.plist: ITSAppUsesNonExemptEncryption is not false")
launch = plist.get("UILaunchStoryboardName")
catalog = f"{ios}/Assets.xcassets"
if not launch:
    problem("Info.plist: no UILaunchStoryboardName")
elif not os.path.exists(f"{ios}/{launch}.storyboard"):
    problem(f"Info.plist: launch screen {launch}.storyboard is not in platforms/ios")
else:
    board = parse_xml(f"{ios}/{launch}.storyboard")
    for colour in board.iter("color") if board is not None else []:
        name = colour.get("name")
        if name and not os.path.exists(f"{catalog}/{name}.colorset/Contents.json"):
            problem(f"{launch}.storyboard: colour {name} is not in Assets.xcassets")
icon_name = plist.get("CFBundleIconName")
iconset = f"{catalog}/{icon_name}.appiconset"
if not icon_name or not os.path.exists(f"{iconset}/Contents.json"):
    problem("Info.plist: CFBundleIconName does not name an app icon set in Assets.xcassets")
else:
    with open(f"{iconset}/Contents.json") as f:
        for image in json.load(f).get("images", []):
            if not os.path.exists(f"{iconset}/{image.get('filename', '')}"):
                problem(f"{icon_name}.appiconset: {image.get('filename')} missing (tools/make-icons.sh)")
privacy = load_plist(f"{ios}/PrivacyInfo.xcprivacy") if os.path.exists(f"{ios}/PrivacyInfo.xcprivacy") else None
if privacy is None:
    problem("platforms/ios/PrivacyInfo.xcprivacy missing")
else:
    declared = {t.get("NSPrivacyAccessedAPIType"): t.get("NSPrivacyAccessedAPITypeReasons", [])
                for t in privacy.get("NSPrivacyAccessedAPITypes", [])}
    for api in ("NSPrivacyAccessedAPICategoryFileTimestamp", "NSPrivacyAccessedAPICategoryUserDefaults"):
        if not declared.get(api):
            problem(f"PrivacyInfo.xcprivacy: no reason declared for {api}")
    if privacy.get("NSPrivacyTracking") is not False:
        problem("PrivacyInfo.xcprivacy: NSPrivacyTracking is not false")

# ---- Linux desktop ---------------------------------------------------------------------------
desktop = configparser.ConfigParser(interpolation=None, strict=False)
desktop.optionxform = str
try:
    desktop.read(f"{root}/platforms/linux/app.unknot.desktop")
    entry = desktop["Desktop Entry"]
    if "x-scheme-handler/unknot" not in entry.get("MimeType", "").split(";"):
        problem("app.unknot.desktop: MimeType lacks x-scheme-handler/unknot (xdg-open would not find Unknot)")
    if "%u" not in entry.get("Exec", "") and "%U" not in entry.get("Exec", ""):
        problem("app.unknot.desktop: Exec does not pass the link (%u)")
    icon = entry.get("Icon", "")
    if not icon or not os.path.exists(f"{root}/platforms/linux/icons/hicolor/scalable/apps/{icon}.svg"):
        problem("app.unknot.desktop: Icon is not in platforms/linux/icons/hicolor")
except (configparser.Error, KeyError) as e:
    problem(f"app.unknot.desktop: not a desktop entry ({e})")

for p in problems:
    print(p)
print("platform files: ok" if not problems else f"platform files: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
