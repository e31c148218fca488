#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates assets/bodymap/bodymap.json (and SVG previews) from the figure in figure.py.

Usage: tools/bodymap/generate_bodymap.py [--preview DIR]

Regions are drawn for the viewer's right half and mirrored, so both sides are exact
mirror images. On the front view the viewer's right is the person's left; on the back
view it is the person's right.
"""

import argparse
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import contour  # noqa: E402
import figure as fg  # noqa: E402
from sdf import rounded_intersection  # noqa: E402

GAP = 3.0      # between neighbouring regions
INSET = 2.2    # between a region and the figure's outline
FILLET = 4.0   # corner radius where cuts meet
FIT_TOL = 0.2  # how far the Bézier fit may stray from the traced outline

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


class Grid:
    """Silhouette sampled once, so each region's field is cheap to evaluate."""

    def __init__(self, f, h=1.0):
        self.h = h
        self.nx = int(fg.W / h) + 1
        self.ny = int(fg.H / h) + 1
        self.v = [[f(i * h, j * h) for i in range(self.nx)] for j in range(self.ny)]

    def __call__(self, x, y):
        fx, fy = x / self.h, y / self.h
        i = min(max(int(fx), 0), self.nx - 2)
        j = min(max(int(fy), 0), self.ny - 2)
        tx, ty = fx - i, fy - j
        r0 = self.v[j][i] * (1 - tx) + self.v[j][i + 1] * tx
        r1 = self.v[j + 1][i] * (1 - tx) + self.v[j + 1][i + 1] * tx
        return r0 * (1 - ty) + r1 * ty


def region_field(sil, cuts):
    def f(x, y):
        vals = [sil(x, y) + INSET]
        vals += [c(x, y) + GAP / 2 for c in cuts]
        return rounded_intersection(vals, FILLET)

    return f


def outline(field, box, h):
    x0, y0, x1, y1 = box
    nx = int((x1 - x0) / h) + 2
    ny = int((y1 - y0) / h) + 2
    loops = contour.trace(field, x0, y0, h, nx, ny)
    if not loops:
        raise SystemExit("empty region")
    loop = max(loops, key=lambda p: abs(contour.signed_area(p)))
    loop = contour.orient_clockwise(loop)
    return contour.fit_closed(contour.resample(loop, 0.6), FIT_TOL)


def find_box(field, half):
    """Bounding box of a region from a coarse scan, padded so the contour closes."""
    h = 2.0
    xs = range(0, fg.W + 1, 2) if not half else range(int(fg.CX) - 2, fg.W + 1, 2)
    pts = [(x, y) for y in range(0, fg.H + 1, int(h)) for x in xs if field(x, y) < 0]
    if not pts:
        raise SystemExit("region has no area")
    return (min(p[0] for p in pts) - 4, min(p[1] for p in pts) - 4,
            max(p[0] for p in pts) + 4, max(p[1] for p in pts) + 4)


def round_segs(segs):
    return [[(round(p[0], 1), round(p[1], 1)) for p in c] for c in segs]


def build():
    neg, mx = fg.neg, fg.mirror_x
    # Runs between the hanging arm and the torso and thigh: limb cuts are infinite lines,
    # so every region says which side of it it lives on.
    body_arm = fg.line_through(fg.X(44), 130, fg.X(57), 340, fg.X(0), 260)
    arm = fg.neg(body_arm)
    neck = [fg.neck_top, fg.neck_base, fg.neck_side, mx(fg.neck_side)]
    shoulder = [fg.deltoid_line, neg(fg.shoulder_low)]
    elbow = [fg.elbow_high, neg(fg.elbow_low), arm]
    forearm = [fg.elbow_low, neg(fg.hand_high), arm]
    hand = [fg.hand_high, arm]
    feet = [fg.foot_top, fg.midline_right]

    front = [
        ("neck", None, neck),
        ("shoulder", "half", shoulder),
        ("elbow", "half", elbow),
        ("hip", "half", [fg.hip_top, fg.inguinal, fg.hip_inner, body_arm]),
        ("forearm-wrist", "half", forearm),
        ("quadriceps", "half", [neg(fg.inguinal), neg(fg.knee_circle), fg.midline_right, body_arm]),
        ("hand", "half", hand),
        ("knee-itband", "half", [fg.knee_circle]),
        ("foot", "half", feet),
    ]
    back = [
        ("neck", None, neck),
        ("shoulder", "half", shoulder),
        ("upper-back", None, [neg(fg.neck_base), fg.upper_back_top, fg.upper_back_bottom,
                              neg(fg.deltoid_line), mx(neg(fg.deltoid_line))]),
        ("elbow", "half", elbow),
        ("lower-back", None, [neg(fg.upper_back_bottom), fg.lower_back_v, mx(fg.lower_back_v),
                              body_arm, mx(body_arm)]),
        ("forearm-wrist", "half", forearm),
        ("glute", "half", [neg(fg.lower_back_v), fg.glute_fold, fg.midline_right, body_arm]),
        ("hand", "half", hand),
        ("hamstring", "half", [neg(fg.glute_fold), fg.hamstring_top, fg.hamstring_low,
                               fg.midline_right, body_arm]),
        ("calf-achilles", "half", [fg.calf_high, fg.calf_low, fg.midline_right]),
        ("foot", "half", [neg(fg.calf_low), fg.midline_right]),
    ]
    return {"front": front, "back": back}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--preview", help="write front/back SVG previews into this folder")
    ap.add_argument("--out", default=os.path.join(ROOT, "assets", "bodymap", "bodymap.json"))
    args = ap.parse_args()

    sil_grid = Grid(fg.silhouette, 1.0)
    sil_loop = contour.trace(sil_grid, 0, 0, 1.0, sil_grid.nx, sil_grid.ny)
    sil_loop = contour.orient_clockwise(max(sil_loop, key=lambda p: abs(contour.signed_area(p))))
    sil_segs = round_segs(contour.fit_closed(contour.resample(sil_loop, 0.6), FIT_TOL, pieces=8))
    sil_d = contour.to_svg(sil_segs)

    views = {}
    for view, regions in build().items():
        person_side_of_viewer_right = "left" if view == "front" else "right"
        other = "right" if person_side_of_viewer_right == "left" else "left"
        out = []
        for base, kind, cuts in regions:
            field = region_field(sil_grid, cuts)
            box = find_box(field, kind == "half")
            segs = round_segs(outline(field, box, 0.5))
            if kind is None:
                out.append({"id": base, "path": contour.to_svg(segs)})
                continue
            mirrored = contour.mirror_segs(segs, fg.CX)
            # Viewer's left first, so the file reads like the picture.
            out.append({"id": f"{base}-{other}", "path": contour.to_svg(mirrored)})
            out.append({"id": f"{base}-{person_side_of_viewer_right}", "path": contour.to_svg(segs)})
        views[view] = {"silhouette": sil_d, "details": fg.details(view), "regions": out}

    doc = {"formatVersion": 1, "viewBox": {"width": fg.W, "height": fg.H}, "views": views}
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as fh:
        json.dump(doc, fh, indent=1)
        fh.write("\n")
    print(f"wrote {args.out} ({os.path.getsize(args.out)} bytes)")

    if args.preview:
        os.makedirs(args.preview, exist_ok=True)
        for view, v in views.items():
            write_preview(os.path.join(args.preview, f"{view}.svg"), v)


def write_preview(path, v):
    palette = ["#7fb3a8", "#9cc3b9"]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {fg.W} {fg.H}" '
             f'width="{fg.W * 2}" height="{fg.H * 2}">',
             f'<rect width="{fg.W}" height="{fg.H}" fill="#f6f4ef"/>',
             f'<path d="{v["silhouette"]}" fill="#e4ddd2" stroke="#b9ad9c" stroke-width="0.8"/>']
    for k, r in enumerate(v["regions"]):
        parts.append(f'<path d="{r["path"]}" fill="{palette[k % 2]}" fill-opacity="0.85"/>')
    for d in v["details"]:
        parts.append(f'<path d="{d}" fill="none" stroke="#8d8273" stroke-width="0.8" '
                     f'stroke-linecap="round" stroke-opacity="0.55"/>')
    parts.append("</svg>")
    with open(path, "w") as fh:
        fh.write("\n".join(parts))


if __name__ == "__main__":
    main()
