#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate the technique library in assets/content/techniques/*.json.

Checks every rule from assets/content/FORMAT.md: fields, enums, ranges, text
lengths, step pattern, unique ids, and that every region and goal is covered.
Exits 0 when clean, 1 when any problem is found (each problem is printed).

Usage: tools/check_content.py [CONTENT_DIR]   (default: assets/content/techniques)
"""
import json
import os
import re
import sys

CENTRE_REGIONS = {"neck", "upper-back", "lower-back"}
LIMB_REGIONS = {"shoulder", "elbow", "forearm-wrist", "hand", "hip", "glute", "hamstring",
                "quadriceps", "knee-itband", "calf-achilles", "foot"}
ALL_REGIONS = CENTRE_REGIONS | LIMB_REGIONS
# Regions that need at least two techniques.
BIG_REGIONS = {"lower-back", "hamstring", "quadriceps", "calf-achilles", "forearm-wrist", "shoulder"}
SIDES = {"both", "left", "right", "centre", "each-side"}
CENTRE_SIDES = {"centre", "each-side"}
GOALS = {"flexibility", "range-of-motion", "lower-back-pain", "carpal-tunnel", "running", "scar-tissue"}
EQUIPMENT = {"none", "massage-ball", "foam-roller", "wall", "chair", "table", "towel", "step"}
INTENSITIES = {"gentle", "moderate", "firm"}
KINDS = {"position", "locate", "pin", "move", "release", "shift", "rest"}
# Goal coverage that must exist (goal -> regions, at least one technique each).
GOAL_REGION_COVERAGE = {
    "range-of-motion": ["shoulder", "elbow", "hip", "hand"],
    "lower-back-pain": ["lower-back"],
    "carpal-tunnel": ["forearm-wrist"],
    "running": ["hamstring", "quadriceps", "calf-achilles"],
}
MIN_TECHNIQUES = 26
MIN_SCAR_TECHNIQUES = 2
# Proper nouns allowed with a capital letter inside a sentence-case title.
TITLE_PROPER_NOUNS = {"Achilles"}

TECHNIQUE_FIELDS = ["id", "title", "regions", "side", "goals", "purpose", "startingPosition",
                    "equipment", "intensity", "cautions", "contraindications", "steps"]
STEP_FIELDS = ["kind", "text", "cue", "timing"]
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FILE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.json$")
SIDE_WORDS = re.compile(r"\b(left|right)\b", re.IGNORECASE)


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, where, msg):
        self.problems.append(f"{where}: {msg}")


def sentences(text):
    """Rough sentence count: pieces ending in . ! or ?"""
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p]
    return len(parts)


def is_str(v):
    return isinstance(v, str) and v.strip() != "" and v == v.strip()


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_text(c, where, value, max_chars=None, min_sent=None, max_sent=None):
    if not is_str(value):
        c.err(where, "must be a non-empty string without leading/trailing spaces")
        return False
    if "  " in value:
        c.err(where, "contains a double space")
    if max_chars is not None and len(value) > max_chars:
        c.err(where, f"is {len(value)} characters, max {max_chars}")
    if value[0].islower():
        c.err(where, "must start with a capital letter")
    if value[-1] not in ".!?":
        c.err(where, "must end with . ! or ?")
    n = sentences(value)
    if min_sent is not None and n < min_sent:
        c.err(where, f"has {n} sentences, min {min_sent}")
    if max_sent is not None and n > max_sent:
        c.err(where, f"has {n} sentences, max {max_sent}")
    return True


def check_string_list(c, where, value, lo, hi, allowed=None, text_rules=False):
    if not isinstance(value, list):
        c.err(where, "must be a list")
        return []
    if not lo <= len(value) <= hi:
        c.err(where, f"has {len(value)} entries, expected {lo}..{hi}")
    seen = set()
    out = []
    for i, v in enumerate(value):
        w = f"{where}[{i}]"
        if not isinstance(v, str):
            c.err(w, "must be a string")
            continue
        if v in seen:
            c.err(w, f"duplicate entry {v!r}")
        seen.add(v)
        if allowed is not None and v not in allowed:
            c.err(w, f"{v!r} is not one of {sorted(allowed)}")
        if text_rules:
            check_text(c, w, v, max_chars=200, min_sent=1, max_sent=2)
        out.append(v)
    return out


def check_timing(c, where, timing):
    if not isinstance(timing, dict):
        c.err(where, "must be an object")
        return
    keys = set(timing)
    if keys == {"seconds"}:
        s = timing["seconds"]
        if not is_int(s) or not 3 <= s <= 120:
            c.err(where, f"seconds must be an integer 3..120, got {s!r}")
    elif keys == {"reps", "tempoSeconds"}:
        r, t = timing["reps"], timing["tempoSeconds"]
        if not is_int(r) or not 3 <= r <= 12:
            c.err(where, f"reps must be an integer 3..12, got {r!r}")
        if not is_int(t) or not 2 <= t <= 8:
            c.err(where, f"tempoSeconds must be an integer 2..8, got {t!r}")
    else:
        c.err(where, 'must be {"seconds": N} or {"reps": N, "tempoSeconds": T}, got keys '
                     + ", ".join(sorted(keys)))


def check_steps(c, where, steps, side):
    if not isinstance(steps, list):
        c.err(where, "must be a list")
        return
    if not 4 <= len(steps) <= 8:
        c.err(where, f"has {len(steps)} steps, expected 4..8")
    kinds = []
    for i, s in enumerate(steps):
        w = f"{where}[{i}] (step {i + 1:02d})"
        if not isinstance(s, dict):
            c.err(w, "must be an object")
            kinds.append(None)
            continue
        missing = [f for f in STEP_FIELDS if f not in s]
        extra = [f for f in s if f not in STEP_FIELDS]
        if missing:
            c.err(w, "missing fields " + ", ".join(missing))
        if extra:
            c.err(w, "unknown fields " + ", ".join(extra))
        k = s.get("kind")
        if k not in KINDS:
            c.err(w + ".kind", f"{k!r} is not one of {sorted(KINDS)}")
        kinds.append(k)
        if "text" in s:
            check_text(c, w + ".text", s["text"], max_chars=90)
        if "cue" in s:
            check_text(c, w + ".cue", s["cue"], max_chars=220, min_sent=1, max_sent=3)
            if is_str(s["cue"]) and re.search(r"[0-9]", s["cue"]):
                c.err(w + ".cue", "spell numbers out in spoken cues")
        if "timing" in s:
            check_timing(c, w + ".timing", s["timing"])
        if side == "both":
            for field in ("text", "cue"):
                v = s.get(field)
                if isinstance(v, str) and SIDE_WORDS.search(v):
                    c.err(w + "." + field, "side 'both' technique must not name left or right; "
                                           "the app announces the side")
    # The active-release pattern.
    if kinds and kinds[0] != "position":
        c.err(where, "first step must be 'position' (set up and shorten the muscle)")
    if kinds and kinds[-1] not in ("rest", "release"):
        c.err(where, "last step must be 'rest' or 'release'")
    if "pin" not in kinds:
        c.err(where, "needs a 'pin' step")
    if "move" not in kinds:
        c.err(where, "needs a 'move' step")
    if "release" not in kinds:
        c.err(where, "needs a 'release' step")
    if "pin" in kinds and "move" in kinds and kinds.index("pin") > kinds.index("move"):
        c.err(where, "first 'pin' must come before the first 'move'")
    if "shift" not in kinds:
        c.err(where, "needs a 'shift' step (move the pin and repeat)")
    else:
        si = kinds.index("shift")
        if "move" not in kinds[si + 1:]:
            c.err(where, "a 'move' step must follow the 'shift' step")


def check_technique(c, where, t):
    if not isinstance(t, dict):
        c.err(where, "technique must be an object")
        return None
    missing = [f for f in TECHNIQUE_FIELDS if f not in t]
    extra = [f for f in t if f not in TECHNIQUE_FIELDS]
    if missing:
        c.err(where, "missing fields " + ", ".join(missing))
    if extra:
        c.err(where, "unknown fields " + ", ".join(extra))
    tid = t.get("id")
    if not isinstance(tid, str) or not KEBAB.match(tid):
        c.err(where + ".id", f"{tid!r} must be lowercase kebab-case")
    else:
        where = f"{where} ({tid})"
    title = t.get("title")
    if is_str(title):
        if len(title) > 60:
            c.err(where + ".title", "longer than 60 characters")
        if not title[0].isupper():
            c.err(where + ".title", "must start with a capital letter")
        for word in title.split()[1:]:
            if word[0].isupper() and word not in TITLE_PROPER_NOUNS:
                c.err(where + ".title", f"sentence case: {word!r} should be lower case")
        if title[-1] in ".!?":
            c.err(where + ".title", "must not end with punctuation")
    else:
        c.err(where + ".title", "must be a non-empty string")
    regions = check_string_list(c, where + ".regions", t.get("regions"), 1, 3, ALL_REGIONS)
    side = t.get("side")
    if side not in SIDES:
        c.err(where + ".side", f"{side!r} is not one of {sorted(SIDES)}")
    elif regions:
        if side in CENTRE_SIDES and not set(regions) <= CENTRE_REGIONS:
            c.err(where + ".side", f"{side!r} only for neck, upper-back, lower-back regions")
        if side not in CENTRE_SIDES and not set(regions) <= LIMB_REGIONS:
            c.err(where + ".side", f"{side!r} needs limb regions only; centre regions use 'centre'")
    check_string_list(c, where + ".goals", t.get("goals"), 1, len(GOALS), GOALS)
    check_text(c, where + ".purpose", t.get("purpose"), max_chars=300, min_sent=1, max_sent=2)
    if is_str(t.get("purpose")) and re.search(r"\b(cure|cures|cured|heal|heals|guarantee)\b",
                                              t["purpose"], re.IGNORECASE):
        c.err(where + ".purpose", "no cure or healing promises")
    check_text(c, where + ".startingPosition", t.get("startingPosition"), max_chars=300,
               min_sent=1, max_sent=2)
    eq = check_string_list(c, where + ".equipment", t.get("equipment"), 1, len(EQUIPMENT), EQUIPMENT)
    if "none" in eq and len(eq) > 1:
        c.err(where + ".equipment", "'none' must be the only entry")
    if t.get("intensity") not in INTENSITIES:
        c.err(where + ".intensity", f"{t.get('intensity')!r} is not one of {sorted(INTENSITIES)}")
    check_string_list(c, where + ".cautions", t.get("cautions"), 1, 4, text_rules=True)
    check_string_list(c, where + ".contraindications", t.get("contraindications"), 1, 4,
                      text_rules=True)
    check_steps(c, where + ".steps", t.get("steps"), side)
    return t


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    content_dir = argv[1] if len(argv) > 1 else os.path.join(root, "assets", "content", "techniques")
    c = Checker()
    if not os.path.isdir(content_dir):
        print(f"check_content: no such directory: {content_dir}", file=sys.stderr)
        return 1
    files = sorted(f for f in os.listdir(content_dir) if f.endswith(".json"))
    if not files:
        c.err(content_dir, "no .json files")
    techniques = []
    ids = {}
    for name in files:
        path = os.path.join(content_dir, name)
        if not FILE_NAME.match(name):
            c.err(name, "file name must be lowercase kebab-case .json")
        try:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            c.err(name, f"cannot read JSON: {e}")
            continue
        if not isinstance(doc, dict) or set(doc) != {"formatVersion", "techniques"}:
            c.err(name, 'top level must be {"formatVersion": 1, "techniques": [...]}')
            continue
        if doc["formatVersion"] != 1:
            c.err(name, f"formatVersion must be 1, got {doc['formatVersion']!r}")
        if not isinstance(doc["techniques"], list) or not doc["techniques"]:
            c.err(name, "techniques must be a non-empty list")
            continue
        for i, t in enumerate(doc["techniques"]):
            where = f"{name}: techniques[{i}]"
            t = check_technique(c, where, t)
            if t is None:
                continue
            tid = t.get("id")
            if isinstance(tid, str):
                if tid in ids:
                    c.err(where, f"duplicate id {tid!r} (also in {ids[tid]})")
                ids[tid] = name
            techniques.append(t)

    # Library-wide coverage.
    if len(techniques) < MIN_TECHNIQUES:
        c.err("library", f"{len(techniques)} techniques, need at least {MIN_TECHNIQUES}")
    per_region = {r: 0 for r in ALL_REGIONS}
    for t in techniques:
        for r in t.get("regions") or []:
            if r in per_region:
                per_region[r] += 1
    for r in sorted(ALL_REGIONS):
        need = 2 if r in BIG_REGIONS else 1
        if per_region[r] < need:
            c.err("library", f"region {r!r} has {per_region[r]} techniques, need {need}")
    for g in sorted(GOALS):
        if not any(g in (t.get("goals") or []) for t in techniques):
            c.err("library", f"goal {g!r} is not covered")
    for g, regs in GOAL_REGION_COVERAGE.items():
        for r in regs:
            if not any(g in (t.get("goals") or []) and r in (t.get("regions") or [])
                       for t in techniques):
                c.err("library", f"goal {g!r} has no technique for region {r!r}")
    scar = sum(1 for t in techniques if "scar-tissue" in (t.get("goals") or []))
    if scar < MIN_SCAR_TECHNIQUES:
        c.err("library", f"{scar} scar-tissue techniques, need {MIN_SCAR_TECHNIQUES}")

    for p in c.problems:
        print(p)
    steps = sum(len(t.get("steps") or []) for t in techniques)
    if c.problems:
        print(f"check_content: {len(c.problems)} problem(s) in {len(files)} files", file=sys.stderr)
        return 1
    print(f"check_content: OK - {len(files)} files, {len(techniques)} techniques, {steps} steps, "
          f"{len(ALL_REGIONS)} regions and {len(GOALS)} goals covered")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
