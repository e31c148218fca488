# SPDX-License-Identifier: GPL-3.0-or-later
"""The figure and its regions, as signed-distance fields in view-box units.

Everything is drawn for the viewer's right half (x >= CX); the left half is its mirror.
Coordinates are absolute view-box units (240 x 520), the figure stands on y = 506.
"""

from sdf import circle, ellipse, half_plane, line_through, round_cone, smooth_union

W, H = 240, 520
CX = W / 2


def X(dx):
    """Absolute x for an offset from the body's midline towards the viewer's right."""
    return CX + dx


# Joint centres (viewer's right side), chosen for calm, slightly idealised proportions:
# about 7.5 heads tall, arms held a little away from the body so hands stay tappable.
SHOULDER = (X(49), 110)
ELBOW = (X(61), 195)
WRIST = (X(72), 268)
HIP = (X(22), 266)
KNEE = (X(21), 379)
ANKLE = (X(23), 470)


def _figure_parts():
    return [
        # Head: a soft egg, cranium wider than jaw.
        (round_cone(X(0), 37, 20.5, X(0), 55, 15.5), 0),
        (round_cone(X(0), 64, 10.5, X(0), 92, 12.5), 4),  # neck
        # Torso: trapezius slope, ribcage, waist, pelvis.
        (round_cone(X(0), 100, 14, X(40), 104, 11), 12),
        (ellipse(X(0), 150, 41, 52), 10),
        (ellipse(X(0), 206, 32, 38), 18),
        (ellipse(X(0), 250, 41, 32), 22),
        # Arm.
        (circle(SHOULDER[0], SHOULDER[1] + 1, 14.5), 8),
        (round_cone(SHOULDER[0] + 1, SHOULDER[1] + 4, 12.5, ELBOW[0], ELBOW[1], 9.5), 6),
        (round_cone(ELBOW[0], ELBOW[1], 9.8, WRIST[0], WRIST[1], 6.2), 4),
        (ellipse(ELBOW[0] + 3.5, ELBOW[1] + 22, 10.5, 20, -8), 6),  # forearm muscles
        # Hand: a relaxed mitten with the thumb in front, slightly turned out.
        (round_cone(WRIST[0], WRIST[1] + 2, 6.8, WRIST[0] + 6, WRIST[1] + 34, 9.2), 5),
        (round_cone(WRIST[0] + 6, WRIST[1] + 34, 9.2, WRIST[0] + 7.5, WRIST[1] + 49, 7.0), 3),
        (round_cone(WRIST[0] - 1.5, WRIST[1] + 12, 4.6, WRIST[0] - 3.5, WRIST[1] + 29, 3.6), 7),
        # Leg.
        (round_cone(HIP[0] + 1, HIP[1], 22.5, KNEE[0], KNEE[1] - 4, 13.8), 6),
        (ellipse(HIP[0] + 6, HIP[1] + 34, 17, 40, -4), 12),  # outer thigh mass
        (circle(KNEE[0], KNEE[1], 13.5), 8),
        (round_cone(KNEE[0], KNEE[1] + 4, 13, ANKLE[0], ANKLE[1], 7.0), 4),
        (ellipse(KNEE[0] + 1, KNEE[1] + 34, 14.5, 29, 2), 10),  # calf
        # Foot, seen end-on: widens towards the floor.
        (round_cone(ANKLE[0], ANKLE[1], 7.2, ANKLE[0] + 4, ANKLE[1] + 26, 10.2), 5),
    ]


def _mirror_sdf(f):
    return lambda x, y: f(CX + abs(x - CX), y)


_parts = _figure_parts()
_right_half = smooth_union(_parts)
_floor = half_plane(0, 506, 0, 1)


def silhouette(x, y):
    """Whole figure; symmetric, so both halves use the viewer's-right definition."""
    d = _right_half(CX + abs(x - CX), y)
    return max(d, _floor(x, y))


# --- Cuts between regions. Each is a signed distance; a region lies on its negative side,
# the neighbour on the positive side, and the generator keeps GAP between them.

def axis_cut(a, b, t, outward=True):
    """Line perpendicular to the limb axis a->b at fraction t; negative towards b."""
    ax, ay = a
    bx, by = b
    px, py = ax + (bx - ax) * t, ay + (by - ay) * t
    return half_plane(px, py, -(bx - ax), -(by - ay))


def neg(f):
    return lambda x, y: -f(x, y)


def midline_right(x, y):
    """Negative on the viewer's right of the midline."""
    return CX - x


def mirror_x(f):
    return lambda x, y: f(2 * CX - x, y)


# Front view cuts.
neck_top = half_plane(0, 70, 0, -1)                         # below the jaw
neck_base = lambda x, y: y - (97 + 0.012 * (x - CX) ** 2)   # shallow collar curve
neck_side = half_plane(X(17), 0, 1, 0)
deltoid_line = line_through(X(36), 94, X(40), 150, X(60), 120)  # inner edge of the deltoid
shoulder_low = axis_cut(SHOULDER, ELBOW, 0.50)
elbow_high = axis_cut(SHOULDER, ELBOW, 0.70)
elbow_low = axis_cut(ELBOW, WRIST, 0.28)
hand_high = axis_cut(WRIST, (WRIST[0] + 7, WRIST[1] + 49), 0.05)
hip_top = half_plane(0, 218, 0, -1)
inguinal = line_through(X(2), 281, X(48), 242, X(30), 230)  # hip above, thigh below
hip_inner = half_plane(X(7), 0, -1, 0)
knee_circle = circle(KNEE[0], KNEE[1] + 1, 19)
foot_top = half_plane(0, 476, 0, -1)

# Back view cuts.
upper_back_top = lambda x, y: (100 + 0.017 * (x - CX) ** 2) - y  # dome under the trapezius
upper_back_bottom = half_plane(0, 190, 0, 1)
lower_back_v = line_through(X(0), 252, X(46), 236, X(0), 220)  # iliac crest to sacrum
glute_fold = circle(X(23), 262, 36)
hamstring_low = half_plane(0, 364, 0, 1)
calf_high = half_plane(0, 394, 0, -1)
calf_low = half_plane(0, 479, 0, 1)
hamstring_top = half_plane(0, 276, 0, -1)


def _path(points):
    """Absolute 'M p C p p p ...' from (dx, y) pairs on the viewer's right half."""
    out = f"M{_n(X(points[0][0]))} {_n(points[0][1])}"
    for k in range(1, len(points), 3):
        out += "C" + " ".join(f"{_n(X(dx))} {_n(y)}" for dx, y in points[k:k + 3])
    return out


def _n(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _both(points):
    return [_path([(-dx, y) for dx, y in points]), _path(points)]


def details(view):
    """Subtle anatomical lines, drawn under the regions and never hit."""
    if view == "front":
        return (_both([(8, 106.5), (16, 108.5), (25, 103.5), (34, 103)])        # collarbones
                + _both([(3, 150), (12, 158), (26, 157), (35, 143)])            # chest
                + [_path([(-1.3, 211.5), (-0.8, 214.2), (0.8, 214.2), (1.3, 211.5)])])  # navel
    return _both([(13, 392.5), (17, 395), (25, 395), (29, 392.5)])  # knee creases
