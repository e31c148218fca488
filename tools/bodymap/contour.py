# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns an implicit shape (negative inside) into closed outlines of cubic Bézier curves.

Marching squares finds the zero level on a grid; a least-squares Bézier fit then
replaces the many short segments with a few smooth curves, so the shipped path data
stays small and reads like hand-drawn curves.
"""

import math


def trace(field, x0, y0, h, nx, ny):
    """Closed polygons of the zero level of field(x, y) on an nx by ny grid."""
    vals = [[field(x0 + i * h, y0 + j * h) for i in range(nx)] for j in range(ny)]

    def point(key):
        kind, i, j = key
        if kind == "h":
            a, b = vals[j][i], vals[j][i + 1]
            t = a / (a - b)
            return (x0 + (i + t) * h, y0 + j * h)
        a, b = vals[j][i], vals[j + 1][i]
        t = a / (a - b)
        return (x0 + i * h, y0 + (j + t) * h)

    links = {}

    def connect(a, b):
        links.setdefault(a, []).append(b)
        links.setdefault(b, []).append(a)

    for j in range(ny - 1):
        for i in range(nx - 1):
            v00, v10 = vals[j][i], vals[j][i + 1]
            v01, v11 = vals[j + 1][i], vals[j + 1][i + 1]
            case = (v00 < 0) | (v10 < 0) << 1 | (v11 < 0) << 2 | (v01 < 0) << 3
            if case in (0, 15):
                continue
            top, bottom = ("h", i, j), ("h", i, j + 1)
            left, right = ("v", i, j), ("v", i + 1, j)
            edges = {
                1: [(left, top)], 2: [(top, right)], 3: [(left, right)],
                4: [(right, bottom)], 6: [(top, bottom)], 7: [(left, bottom)],
                8: [(bottom, left)], 9: [(top, bottom)], 11: [(right, bottom)],
                12: [(left, right)], 13: [(top, right)], 14: [(left, top)],
            }
            if case in (5, 10):
                centre_inside = (v00 + v10 + v01 + v11) < 0
                if (case == 5) == centre_inside:
                    pairs = [(left, bottom), (top, right)]
                else:
                    pairs = [(left, top), (right, bottom)]
            else:
                pairs = edges[case]
            for a, b in pairs:
                connect(a, b)

    loops = []
    seen = set()
    for start in links:
        if start in seen:
            continue
        loop = [start]
        seen.add(start)
        prev, cur = None, start
        while True:
            nxt = [k for k in links[cur] if k != prev]
            if not nxt:
                break
            nxt = nxt[0]
            if nxt == start:
                break
            loop.append(nxt)
            seen.add(nxt)
            prev, cur = cur, nxt
        loops.append([point(k) for k in loop])
    return loops


def signed_area(poly):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        a += x1 * y2 - x2 * y1
    return a * 0.5


def orient_clockwise(poly):
    """Clockwise on screen (y down) means positive signed area here."""
    return poly if signed_area(poly) > 0 else list(reversed(poly))


def resample(poly, step):
    """Evenly spaced points along a closed polygon."""
    pts = poly + poly[:1]
    total = sum(math.dist(a, b) for a, b in zip(pts, pts[1:]))
    n = max(8, int(round(total / step)))
    step = total / n
    out, acc, i = [], 0.0, 0
    target = 0.0
    seg_len = math.dist(pts[0], pts[1])
    while len(out) < n:
        while acc + seg_len < target and i < len(pts) - 2:
            acc += seg_len
            i += 1
            seg_len = math.dist(pts[i], pts[i + 1])
        t = 0.0 if seg_len == 0 else (target - acc) / seg_len
        a, b = pts[i], pts[i + 1]
        out.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
        target += step
    return out


# --- Least-squares cubic fitting (after the well-known approach of fitting digitised
# curves: chord-length parameters, Newton refinement, split at the worst point).


def _sub(a, b):
    return (a[0] - b[0], a[1] - b[1])


def _add(a, b):
    return (a[0] + b[0], a[1] + b[1])


def _mul(a, s):
    return (a[0] * s, a[1] * s)


def _dot(a, b):
    return a[0] * b[0] + a[1] * b[1]


def _norm(a):
    d = math.hypot(*a)
    return (a[0] / d, a[1] / d) if d else (0.0, 0.0)


def _bez(c, t):
    mt = 1 - t
    return (
        mt ** 3 * c[0][0] + 3 * mt * mt * t * c[1][0] + 3 * mt * t * t * c[2][0] + t ** 3 * c[3][0],
        mt ** 3 * c[0][1] + 3 * mt * mt * t * c[1][1] + 3 * mt * t * t * c[2][1] + t ** 3 * c[3][1],
    )


def _bez_d1(c, t):
    mt = 1 - t
    d = [_mul(_sub(c[i + 1], c[i]), 3) for i in range(3)]
    return (
        mt * mt * d[0][0] + 2 * mt * t * d[1][0] + t * t * d[2][0],
        mt * mt * d[0][1] + 2 * mt * t * d[1][1] + t * t * d[2][1],
    )


def _bez_d2(c, t):
    d = [_mul(_sub(_sub(c[i + 2], _mul(c[i + 1], 2)), _mul(c[i], -1)), 6) for i in range(2)]
    return ((1 - t) * d[0][0] + t * d[1][0], (1 - t) * d[0][1] + t * d[1][1])


def _chord_params(pts):
    u = [0.0]
    for a, b in zip(pts, pts[1:]):
        u.append(u[-1] + math.dist(a, b))
    return [x / u[-1] for x in u]


def _generate(pts, u, t1, t2):
    p0, p3 = pts[0], pts[-1]
    c00 = c01 = c11 = x0 = x1 = 0.0
    for p, t in zip(pts, u):
        mt = 1 - t
        b0, b1, b2, b3 = mt ** 3, 3 * mt * mt * t, 3 * mt * t * t, t ** 3
        a1, a2 = _mul(t1, b1), _mul(t2, b2)
        c00 += _dot(a1, a1)
        c01 += _dot(a1, a2)
        c11 += _dot(a2, a2)
        tmp = _sub(p, _add(_mul(p0, b0 + b1), _mul(p3, b2 + b3)))
        x0 += _dot(a1, tmp)
        x1 += _dot(a2, tmp)
    det = c00 * c11 - c01 * c01
    seg = math.dist(p0, p3)
    alpha1 = alpha2 = 0.0
    if abs(det) > 1e-12:
        alpha1 = (x0 * c11 - x1 * c01) / det
        alpha2 = (c00 * x1 - c01 * x0) / det
    if alpha1 < 1e-6 * seg or alpha2 < 1e-6 * seg:
        alpha1 = alpha2 = seg / 3
    return [p0, _add(p0, _mul(t1, alpha1)), _add(p3, _mul(t2, alpha2)), p3]


def _max_error(pts, c, u):
    worst, at = 0.0, len(pts) // 2
    for i, (p, t) in enumerate(zip(pts, u)):
        d = math.dist(_bez(c, t), p)
        if d > worst:
            worst, at = d, i
    return worst, at


def _reparam(pts, c, u):
    out = []
    for p, t in zip(pts, u):
        q = _sub(_bez(c, t), p)
        d1, d2 = _bez_d1(c, t), _bez_d2(c, t)
        den = _dot(d1, d1) + _dot(q, d2)
        out.append(min(1.0, max(0.0, t - _dot(q, d1) / den)) if den else t)
    return out


def _fit(pts, t1, t2, tol, out):
    if len(pts) == 2:
        d = math.dist(pts[0], pts[1]) / 3
        out.append([pts[0], _add(pts[0], _mul(t1, d)), _add(pts[1], _mul(t2, d)), pts[1]])
        return
    u = _chord_params(pts)
    c = _generate(pts, u, t1, t2)
    err, split = _max_error(pts, c, u)
    if err < tol:
        out.append(c)
        return
    if err < tol * 4:
        for _ in range(6):
            u = _reparam(pts, c, u)
            c = _generate(pts, u, t1, t2)
            err, split = _max_error(pts, c, u)
            if err < tol:
                out.append(c)
                return
    split = min(max(split, 1), len(pts) - 2)
    tc = _norm(_sub(pts[split - 1], pts[split + 1]))
    _fit(pts[: split + 1], t1, tc, tol, out)
    _fit(pts[split:], _mul(tc, -1), t2, tol, out)


def fit_closed(poly, tol=0.25, pieces=4):
    """Cubic Béziers through a closed, smooth polygon; returns a list of segments."""
    n = len(poly)
    starts = [round(k * n / pieces) for k in range(pieces)]
    segs = []
    for a, b in zip(starts, starts[1:] + [starts[0] + n]):
        run = [poly[i % n] for i in range(a, b + 1)]
        t1 = _norm(_sub(poly[(a + 1) % n], poly[(a - 1) % n]))
        t2 = _norm(_sub(poly[(b - 1) % n], poly[(b + 1) % n]))
        _fit(run, t1, t2, tol, segs)
    return segs


def fmt(v):
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def to_svg(segs):
    """Absolute M/C/Z path data, one decimal, which keeps the file small and diffable."""
    out = [f"M{fmt(segs[0][0][0])} {fmt(segs[0][0][1])}"]
    for c in segs:
        out.append("C" + " ".join(f"{fmt(p[0])} {fmt(p[1])}" for p in c[1:]))
    out.append("Z")
    return "".join(out)


def flatten(segs, per=12):
    pts = []
    for c in segs:
        for k in range(per):
            pts.append(_bez(c, k / per))
    return pts


def mirror_segs(segs, axis_x):
    """Mirror across x = axis_x and reverse, so the outline keeps its winding."""
    out = []
    for c in reversed(segs):
        out.append([(2 * axis_x - p[0], p[1]) for p in reversed(c)])
    return out
