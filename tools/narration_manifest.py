#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helper for tools/make-narration.sh (python3 stdlib only).

Subcommands (all paths are explicit so the shell script stays in control):

  plan   --content DIR --audio DIR --work DIR --recipe FINGERPRINT [--force]
         Works out every clip the content needs (step cues and shared clips),
         removes clips that are no longer needed, and writes WORK/jobs: one
         line per clip to (re)generate, "<relpath>\t<kind>", with its exact
         text in WORK/text/<relpath with / replaced by __>.txt.
         A clip is regenerated when its file is missing, its text hash differs
         from the manifest, the manifest's voice or recipe fingerprint differs,
         or --force.

  write  --content DIR --audio DIR --recipe FINGERPRINT
         Rewrites AUDIO/manifest.json (sorted keys, 2-space indent) from the
         clips on disk: text, textSha256, durationMs, bytes.

  verify --audio DIR [--content DIR]
         Decodes every clip in the manifest and checks: it decodes, it is not
         silent, its duration matches the manifest, and speech runs at a
         plausible 1.5..4 words per second. With --content, also checks that
         every step has a clip and that each timed hold lasts at least its
         cue plus 2 s. Prints totals. Exit 1 on problems.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

VOICE = "cmu_us_slt_arctic_hts"

NUMBER_WORDS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
                "Eleven"]  # a step has at most 12 repetitions, and the 12th is "Last one."

SHARED = {f"shared/count-{i + 1}.mp3": w for i, w in enumerate(NUMBER_WORDS)}
SHARED.update({
    "shared/switch-sides.mp3": "Switch to the other side.",
    "shared/last-one.mp3": "Last one.",
    "shared/release.mp3": "And release.",
    "shared/well-done.mp3": "Well done. That's the end of this session.",
    "shared/left-side.mp3": "Left side.",
    "shared/right-side.mp3": "Right side.",
    "shared/chime.mp3": "",  # synthesised tone, not speech
})
SPEECHLESS = {"shared/chime.mp3"}


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_techniques(content_dir):
    techniques = []
    for name in sorted(os.listdir(content_dir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(content_dir, name), encoding="utf-8") as f:
            doc = json.load(f)
        techniques.extend(doc["techniques"])
    return techniques


def wanted_clips(content_dir):
    """relpath -> exact spoken text, for every clip the content needs."""
    clips = {}
    for t in load_techniques(content_dir):
        tid = t["id"]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tid):
            sys.exit(f"narration_manifest: unsafe technique id {tid!r}; run tools/content-check.sh")
        for i, step in enumerate(t["steps"], start=1):
            rel = f"steps/{tid}/{i:02d}.mp3"
            if rel in clips:
                sys.exit(f"narration_manifest: duplicate clip {rel}; run tools/content-check.sh")
            clips[rel] = step["cue"]
        # The first caution, said as a session starts.
        clips[f"safety/{tid}.mp3"] = t["cautions"][0]
    clips.update(SHARED)
    return clips


def read_manifest(audio_dir):
    path = os.path.join(audio_dir, "manifest.json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:
        print(f"narration_manifest: ignoring unreadable manifest ({e}); regenerating all",
              file=sys.stderr)
        return {}


def job_name(rel):
    return rel.replace("/", "__")


def cmd_plan(args):
    wanted = wanted_clips(args.content)
    old = read_manifest(args.audio)
    old_clips = old.get("clips", {}) if isinstance(old.get("clips"), dict) else {}
    same_recipe = old.get("voice") == VOICE and old.get("recipe") == args.recipe
    if old and not same_recipe:
        print("narration: voice or recipe changed; regenerating every clip")

    # Remove clips that are no longer wanted.
    removed = 0
    for sub in ("steps", "safety", "shared"):
        base = os.path.join(args.audio, sub)
        if not os.path.isdir(base):
            continue
        for dirpath, dirnames, filenames in os.walk(base, topdown=False):
            for fn in filenames:
                rel = os.path.relpath(os.path.join(dirpath, fn), args.audio).replace(os.sep, "/")
                if rel not in wanted:
                    os.remove(os.path.join(dirpath, fn))
                    removed += 1
                    print(f"narration: removed stale {rel}")
            if dirpath != base and not os.listdir(dirpath):
                os.rmdir(dirpath)

    os.makedirs(os.path.join(args.work, "text"), exist_ok=True)
    jobs = []
    for rel in sorted(wanted):
        text = wanted[rel]
        entry = old_clips.get(rel, {})
        path = os.path.join(args.audio, rel)
        fresh = (same_recipe and not args.force and os.path.isfile(path)
                 and os.path.getsize(path) > 0 and entry.get("textSha256") == sha256(text))
        if fresh:
            continue
        with open(os.path.join(args.work, "text", job_name(rel) + ".txt"), "w",
                  encoding="utf-8") as f:
            f.write(text + "\n")
        jobs.append(f"{rel}\t{'chime' if rel in SPEECHLESS else 'speech'}")
    with open(os.path.join(args.work, "jobs"), "w", encoding="utf-8") as f:
        f.write("".join(j + "\n" for j in jobs))
    print(f"narration: {len(wanted)} clips wanted, {len(jobs)} to generate, "
          f"{len(wanted) - len(jobs)} up to date, {removed} removed")
    return 0


def decoded_seconds(path):
    """Length of the decoded audio, in seconds (sox decodes the whole file)."""
    r = subprocess.run(["sox", path, "-n", "stat"], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip() or "sox failed")
    info = {}
    for line in r.stderr.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            info[k.strip()] = v.strip()
    return float(info["Length (seconds)"]), float(info["RMS     amplitude"]), \
        float(info["Maximum amplitude"])


def cmd_write(args):
    wanted = wanted_clips(args.content)
    old = read_manifest(args.audio)
    old_clips = old.get("clips", {}) if isinstance(old.get("clips"), dict) else {}
    clips = {}
    missing = []
    for rel in sorted(wanted):
        path = os.path.join(args.audio, rel)
        if not os.path.isfile(path):
            missing.append(rel)
            continue
        text = wanted[rel]
        size = os.path.getsize(path)
        prev = old_clips.get(rel, {})
        if prev.get("bytes") == size and prev.get("textSha256") == sha256(text) \
                and isinstance(prev.get("durationMs"), int) and not args.remeasure:
            duration_ms = prev["durationMs"]
        else:
            duration_ms = int(round(decoded_seconds(path)[0] * 1000))
        clips[rel] = {"text": text, "textSha256": sha256(text), "durationMs": duration_ms,
                      "bytes": size}
    manifest = {"formatVersion": 1, "voice": VOICE, "recipe": args.recipe, "clips": clips}
    path = os.path.join(args.audio, "manifest.json")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    os.replace(tmp, path)
    if missing:
        print("narration: missing clips: " + ", ".join(missing), file=sys.stderr)
        return 1
    print(f"narration: wrote {path} ({len(clips)} clips)")
    return 0


def cmd_verify(args):
    manifest = read_manifest(args.audio)
    clips = manifest.get("clips", {})
    problems = []
    total_ms = 0
    total_bytes = 0
    slowest = fastest = None
    for rel, entry in sorted(clips.items()):
        path = os.path.join(args.audio, rel)
        try:
            secs, rms, peak = decoded_seconds(path)
        except (RuntimeError, KeyError, ValueError, OSError) as e:
            problems.append(f"{rel}: does not decode ({e})")
            continue
        size = os.path.getsize(path)
        total_bytes += size
        total_ms += entry.get("durationMs", 0)
        if size != entry.get("bytes"):
            problems.append(f"{rel}: size {size} differs from manifest {entry.get('bytes')}")
        if abs(secs * 1000 - entry.get("durationMs", -1)) > 60:
            problems.append(f"{rel}: decoded {secs:.3f}s, manifest {entry.get('durationMs')}ms")
        if entry.get("textSha256") != sha256(entry.get("text", "")):
            problems.append(f"{rel}: textSha256 does not match text")
        if peak < 0.05 or rms < 0.005:
            problems.append(f"{rel}: nearly silent (peak {peak:.3f}, rms {rms:.4f})")
        words = len(entry.get("text", "").split())
        if words:
            # Rate over the speech only: subtract the ~0.2 s of padding.
            speech = max(secs - 0.2, 0.05)
            wps = words / speech
            if not 1.5 <= wps <= 4.0 and not (words == 1 and secs <= 1.5):
                problems.append(f"{rel}: {words} words in {secs:.2f}s = {wps:.2f} words/s")
            if words >= 4:
                slowest = min(slowest or (wps, rel), (wps, rel))
                fastest = max(fastest or (wps, rel), (wps, rel))
    # Every timed hold must leave room after its spoken cue.
    if args.content:
        for t in load_techniques(args.content):
            safety = clips.get(f"safety/{t['id']}.mp3")
            if safety is None or safety.get("text") != t["cautions"][0]:
                problems.append(f"safety/{t['id']}.mp3: missing or not the first caution")
            for i, step in enumerate(t["steps"], start=1):
                rel = f"steps/{t['id']}/{i:02d}.mp3"
                hold = step["timing"].get("seconds")
                entry = clips.get(rel)
                if entry is None:
                    problems.append(f"{rel}: step has no clip in the manifest")
                elif hold is not None and hold * 1000 < entry.get("durationMs", 0) + 2000:
                    problems.append(f"{rel}: hold of {hold} s is shorter than the cue "
                                    f"({entry['durationMs']} ms) plus 2 s")
    # Files on disk that the manifest does not know about.
    for sub in ("steps", "safety", "shared"):
        for dirpath, _, filenames in os.walk(os.path.join(args.audio, sub)):
            for fn in filenames:
                rel = os.path.relpath(os.path.join(dirpath, fn), args.audio).replace(os.sep, "/")
                if rel not in clips:
                    problems.append(f"{rel}: on disk but not in manifest")
    dir_bytes = 0
    for dirpath, _, filenames in os.walk(args.audio):
        dir_bytes += sum(os.path.getsize(os.path.join(dirpath, fn)) for fn in filenames)
    for p in problems:
        print(p)
    print(f"narration: {len(clips)} clips, {total_ms / 1000:.1f} s of audio "
          f"({total_ms / 60000:.1f} min), clips {total_bytes} bytes, "
          f"assets/audio total {dir_bytes} bytes ({dir_bytes / 1e6:.2f} MB)")
    if slowest and fastest:
        print(f"narration: speech rate {slowest[0]:.2f} ({slowest[1]}) .. "
              f"{fastest[0]:.2f} ({fastest[1]}) words/s")
    if problems:
        print(f"narration: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("plan")
    p.add_argument("--content", required=True)
    p.add_argument("--audio", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--recipe", required=True, help="fingerprint of the rendering recipe")
    p.add_argument("--force", action="store_true")
    w = sub.add_parser("write")
    w.add_argument("--content", required=True)
    w.add_argument("--audio", required=True)
    w.add_argument("--recipe", required=True, help="fingerprint of the rendering recipe")
    w.add_argument("--remeasure", action="store_true")
    v = sub.add_parser("verify")
    v.add_argument("--audio", required=True)
    v.add_argument("--content", help="also check every step has a clip and holds outlast cues")
    args = ap.parse_args()
    return {"plan": cmd_plan, "write": cmd_write, "verify": cmd_verify}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
