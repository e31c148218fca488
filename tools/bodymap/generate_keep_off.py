#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates assets/bodymap/keep-off.json: the places on the figure where no step may press.

Usage: tools/bodymap/generate_keep_off.py

Each zone is placed from the figure's own joints (figure.py), so it follows the figure if the
proportions change. Limb zones are drawn for the viewer's right half and mirrored, as the regions
are. The step-picture tests and the content check reject any pin inside a zone.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import figure as fg  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
KAPPA = 0.5523  # cubic Bézier handle length of a quarter ellipse, per unit radius


def _n(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def ellipse(cx, cy, rx, ry):
    kx, ky = rx * KAPPA, ry * KAPPA
    pts = [(cx + rx, cy), (cx + rx, cy + ky), (cx + kx, cy + ry), (cx, cy + ry),
           (cx - kx, cy + ry), (cx - rx, cy + ky), (cx - rx, cy),
           (cx - rx, cy - ky), (cx - kx, cy - ry), (cx, cy - ry),
           (cx + kx, cy - ry), (cx + rx, cy - ky), (cx + rx, cy)]
    out = f"M{_n(pts[0][0])} {_n(pts[0][1])}"
    for k in range(1, len(pts), 3):
        out += "C" + " ".join(f"{_n(x)} {_n(y)}" for x, y in pts[k:k + 3])
    return out + "Z"


def polygon(points):
    return "M" + "L".join(f"{_n(x)} {_n(y)}" for x, y in points) + "Z"


def mirrored(points):
    return [(2 * fg.CX - x, y) for x, y in points]


def zones():
    knee_x, knee_y = fg.KNEE
    hip_x, hip_y = fg.HIP
    # Groin and inner thigh: from the pubic bone along the fold of the groin to the middle of
    # the fold (where the femoral vessels pass), then down the inside of the thigh.
    groin = [(fg.X(0.5), hip_y - 4), (fg.X(10), hip_y - 10), (fg.X(24), hip_y - 18),
             (fg.X(25), hip_y - 6), (fg.X(14), hip_y + 20), (fg.X(8), hip_y + 70),
             (fg.X(0.5), hip_y + 80)]
    return [
        {
            "id": "front-of-neck",
            "view": "front",
            "name": "Front of the neck",
            "reason": "The windpipe and the neck's large arteries lie just under the skin.",
            "paths": [ellipse(fg.CX, 85, 8.5, 14)],
        },
        {
            "id": "groin-inner-thigh",
            "view": "front",
            "name": "Groin and inner thigh",
            "reason": "The femoral artery, vein and nerve run through the groin and down the "
                      "inner thigh.",
            "paths": [polygon(mirrored(groin)), polygon(groin)],
        },
        {
            "id": "back-of-knee",
            "view": "back",
            "name": "Back of the knee",
            "reason": "The knee's artery, vein and nerves cross the hollow behind the knee.",
            "paths": [ellipse(2 * fg.CX - knee_x, knee_y + 2, 11, 13),
                      ellipse(knee_x, knee_y + 2, 11, 13)],
        },
        {
            "id": "spine",
            "view": "back",
            "name": "Over the spine",
            "reason": "Pressure on the bony points of the spine hurts and does not release "
                      "muscle; work beside the spine.",
            "paths": [polygon([(fg.X(-4.5), 98), (fg.X(4.5), 98), (fg.X(4.5), 262),
                               (fg.X(-4.5), 262)])],
        },
        {
            "id": "sciatic-nerve",
            "view": "back",
            "name": "Middle of the buttock",
            "reason": "The sciatic nerve leaves the pelvis under the middle of the buttock; "
                      "press the upper, outer part instead.",
            "paths": [ellipse(2 * fg.CX - (hip_x - 5), hip_y + 14, 6.5, 14),
                      ellipse(hip_x - 5, hip_y + 14, 6.5, 14)],
        },
    ]


def main():
    out = {"formatVersion": 1, "viewBox": {"width": fg.W, "height": fg.H}, "zones": zones()}
    path = os.path.join(ROOT, "assets", "bodymap", "keep-off.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
