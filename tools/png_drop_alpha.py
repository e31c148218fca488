#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rewrites an 8-bit RGBA PNG as RGB, over a given colour: the App Store rejects app icons with
an alpha channel. Standard library only, so tools/make-icons.sh needs no image library.
Usage: png_drop_alpha.py FILE '#RRGGBB'"""
import struct
import sys
import zlib


def chunks(data):
    pos = 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        yield kind, data[pos + 8:pos + 8 + length]
        pos += 12 + length


def unfilter(raw, width, height, bpp):
    stride = width * bpp
    rows, prev, pos = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[pos], bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 0xFF
        rows.append(line)
        prev = line
    return rows


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def main(path, colour):
    data = open(path, "rb").read()
    header = dict(chunks(data))[b"IHDR"]
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    if depth == 8 and colour_type == 2:
        return  # already without alpha
    if depth != 8 or colour_type != 6:
        sys.exit(f"{path}: expected 8-bit RGBA, found depth {depth} colour type {colour_type}")
    idat = b"".join(body for kind, body in chunks(data) if kind == b"IDAT")
    rows = unfilter(zlib.decompress(idat), width, height, 4)
    under = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    out = bytearray()
    for row in rows:
        out.append(0)
        for x in range(width):
            r, g, b, a = row[4 * x:4 * x + 4]
            out += bytes((c * a + u * (255 - a)) // 255 for c, u in zip((r, g, b), under))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(out), 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
