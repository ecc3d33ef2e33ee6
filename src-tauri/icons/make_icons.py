#!/usr/bin/env python3
"""Writes the placeholder app icons (RGBA PNG) with the standard library only.

A navy rounded square carrying a pale seal ring: enough to tell the window
apart until a designer draws the real icon. Run from anywhere; it writes next
to itself.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
NAVY = (0x1F, 0x3A, 0x5F)
PALE = (0xE8, 0xD9, 0xA8)


def pixel(x, y, n):
    # Coordinates in [0, 1], sampled at the pixel centre.
    u, v = (x + 0.5) / n, (y + 0.5) / n
    r = 0.18
    dx = max(r - u, 0.0, u - (1 - r))
    dy = max(r - v, 0.0, v - (1 - r))
    if math.hypot(dx, dy) > r:
        return (0, 0, 0, 0)
    d = math.hypot(u - 0.5, v - 0.5)
    if 0.26 <= d <= 0.32 or d <= 0.12:
        return PALE + (255,)
    return NAVY + (255,)


def png(n):
    rows = bytearray()
    for y in range(n):
        rows.append(0)
        for x in range(n):
            rows.extend(pixel(x, y, n))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", n, n, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(png(size))
