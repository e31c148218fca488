# SPDX-License-Identifier: GPL-3.0-or-later
"""Signed-distance primitives for drawing the body figure.

The figure is described as a smooth union of simple shapes; regions are the figure
intersected with cut lines and circles. Distances are negative inside.
"""

import math


def length(x, y):
    return math.hypot(x, y)


def circle(cx, cy, r):
    return lambda x, y: math.hypot(x - cx, y - cy) - r


def round_cone(ax, ay, ra, bx, by, rb):
    """Tapered capsule from circle (a, ra) to circle (b, rb), tangent-joined."""
    dx, dy = bx - ax, by - ay
    h = math.hypot(dx, dy)
    ux, uy = dx / h, dy / h
    s = (ra - rb) / h
    c = math.sqrt(max(0.0, 1.0 - s * s))

    def f(x, y):
        px, py = x - ax, y - ay
        along = px * ux + py * uy
        across = abs(-px * uy + py * ux)
        k = along * c - across * s  # projection onto the direction that separates the caps
        if k < 0.0:
            return math.hypot(along, across) - ra
        if k > c * h:
            return math.hypot(along - h, across) - rb
        return across * c + along * s - ra

    return f


def ellipse(cx, cy, rx, ry, angle_deg=0.0):
    """Approximate distance to a rotated ellipse; good enough for smooth unions."""
    a = math.radians(angle_deg)
    ca, sa = math.cos(a), math.sin(a)

    def f(x, y):
        px, py = x - cx, y - cy
        lx = px * ca + py * sa
        ly = -px * sa + py * ca
        k0 = math.hypot(lx / rx, ly / ry)
        k1 = math.hypot(lx / (rx * rx), ly / (ry * ry))
        if k1 == 0.0:
            return -min(rx, ry)
        return k0 * (k0 - 1.0) / k1

    return f


def half_plane(px, py, nx, ny):
    """Negative on the side opposite to the normal (n need not be unit length)."""
    n = math.hypot(nx, ny)
    nx, ny = nx / n, ny / n
    return lambda x, y: (x - px) * nx + (y - py) * ny


def line_through(ax, ay, bx, by, inside_x, inside_y):
    """Signed distance to the line a-b, negative on the side of the inside point."""
    nx, ny = by - ay, -(bx - ax)
    if (inside_x - ax) * nx + (inside_y - ay) * ny > 0:
        nx, ny = -nx, -ny
    return half_plane(ax, ay, nx, ny)


def smooth_min(a, b, k):
    if k <= 0.0:
        return min(a, b)
    h = max(k - abs(a - b), 0.0) / k
    return min(a, b) - h * h * k * 0.25


def smooth_union(parts):
    """parts: list of (sdf, k); k blends each part into what came before."""

    def f(x, y):
        d = parts[0][0](x, y)
        for sdf, k in parts[1:]:
            d = smooth_min(d, sdf(x, y), k)
        return d

    return f


def rounded_intersection(values, r):
    """Intersection of several constraints whose corners get fillets of radius r."""
    total = 0.0
    for v in values:
        t = v + r
        if t > 0.0:
            total += t * t
    return math.sqrt(total) - r
