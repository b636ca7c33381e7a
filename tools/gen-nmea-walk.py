#!/usr/bin/env python3
"""Writes resources/location/shanghai-walk.nmea: a short walk east along Nanjing Road (南京东路),
Shanghai, at 1 Hz — GGA, GSA, GSV and RMC per epoch with valid checksums. The fix quality
changes on the way (GPS, then DGPS, a few seconds without a fix in an underpass, GPS again) so
a replay shows every state the status bar knows. Deterministic: same output on every run.

    tools/gen-nmea-walk.py > resources/location/shanghai-walk.nmea
"""
import math
import random
import sys

START = (31.23520, 121.47510)   # near People's Square, heading east
END = (31.23600, 121.47700)     # ~200 m on, walking pace
EPOCHS = 150
T0 = 8 * 3600 + 30 * 60          # 08:30:00 UTC = 16:30 Beijing time
DATE = "180526"                  # 18 May 2026 (ddmmyy)
SATS = [(3, 62, 40), (6, 45, 311), (9, 28, 77), (12, 71, 168), (14, 19, 245), (17, 36, 122),
        (19, 53, 289), (22, 12, 14), (24, 40, 201), (25, 8, 338), (28, 24, 102)]


def checksum(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "$%s*%02X" % (body, c)


def dm(value, lat):
    deg = int(abs(value))
    minutes = (abs(value) - deg) * 60
    if lat:
        return "%02d%07.4f" % (deg, minutes), "N" if value >= 0 else "S"
    return "%03d%07.4f" % (deg, minutes), "E" if value >= 0 else "W"


def quality_at(i):
    if i < 60:
        return 1
    if i < 110:
        return 2
    if i < 116:
        return 0
    return 1


def main():
    rng = random.Random(20260518)
    out = []
    heading = math.degrees(math.atan2((END[1] - START[1]) * math.cos(math.radians(START[0])), END[0] - START[0])) % 360
    for i in range(EPOCHS):
        f = i / (EPOCHS - 1)
        lat = START[0] + (END[0] - START[0]) * f + rng.gauss(0, 0.000008)
        lon = START[1] + (END[1] - START[1]) * f + rng.gauss(0, 0.000008)
        t = T0 + i
        hhmmss = "%02d%02d%02d.00" % (t // 3600, t // 60 % 60, t % 60)
        q = quality_at(i)
        in_view = SATS[: 9 + (i // 40) % 3]
        used = [s for s in in_view if s[1] >= 15][: 6 + (i // 25) % 4] if q else []
        hdop = 0.8 + 0.4 * rng.random() if q == 2 else 1.0 + 0.6 * rng.random()
        la, ns = dm(lat, True)
        lo, ew = dm(lon, False)
        alt = 6.0 + rng.gauss(0, 0.4)
        if q:
            out.append(checksum("GPGGA,%s,%s,%s,%s,%s,%d,%02d,%.1f,%.1f,M,8.6,M,%s,%s"
                                % (hhmmss, la, ns, lo, ew, q, len(used), hdop, alt,
                                   "2.0" if q == 2 else "", "0001" if q == 2 else "")))
        else:
            out.append(checksum("GPGGA,%s,,,,,0,00,99.9,,M,,M,," % hhmmss))
        ids = [("%02d" % s[0]) for s in used] + [""] * (12 - len(used))
        out.append(checksum("GPGSA,A,%d,%s,%.1f,%.1f,%.1f" % (3 if q else 1, ",".join(ids),
                                                            hdop * 1.6, hdop, hdop * 1.3)))
        n = len(in_view)
        msgs = (n + 3) // 4
        for m in range(msgs):
            part = in_view[m * 4:(m + 1) * 4]
            fields = ",".join("%02d,%02d,%03d,%02d" % (prn, el, az, 20 + (prn * 7 + i) % 25 if (prn, el, az) in used else 15)
                              for prn, el, az in part)
            out.append(checksum("GPGSV,%d,%d,%02d,%s" % (msgs, m + 1, n, fields)))
        speed_kn = 1.4 / 0.514444 + rng.gauss(0, 0.1)
        if q:
            out.append(checksum("GPRMC,%s,A,%s,%s,%s,%s,%.2f,%.1f,%s,,,%s"
                                % (hhmmss, la, ns, lo, ew, speed_kn, heading, DATE, "D" if q == 2 else "A")))
        else:
            out.append(checksum("GPRMC,%s,V,,,,,,,%s,,,N" % (hhmmss, DATE)))
    sys.stdout.write("\r\n".join(out) + "\r\n")


if __name__ == "__main__":
    main()
