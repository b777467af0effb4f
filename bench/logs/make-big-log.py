#!/usr/bin/env python3
"""Builds a large log by replicating the Loghub-2k samples with varied values.

Each line is split into header and message with its dataset's log_format (formats.json); every digit run in
the message is replaced by a random number of the same length, so values vary while the headers stay valid
and the templates stay those of the samples. Usage: make-big-log.py OUT SIZE_MB [LOGHUB_DIR]
"""
import json
import os
import random
import re
import sys

out, size_mb = sys.argv[1], int(sys.argv[2])
data = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "../../../shared/data/loghub2k")
formats = json.load(open(os.path.join(data, "formats.json")))["datasets"]


def line_regex(log_format):
    parts = re.split(r"(<[^<>]+>)", log_format)
    pattern = "".join(f"(?P<{p[1:-1]}>.*?)" if p.startswith("<") and p.endswith(">") else re.sub(" +", r"\\s+", p) for p in parts)
    return re.compile("^" + pattern + "$")


lines = []  # (prefix, content, suffix)
for ds in sorted(os.listdir(data)):
    path = os.path.join(data, ds, f"{ds}_2k.log")
    if not os.path.isfile(path):
        continue
    regex = line_regex(formats[ds]["log_format"])
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            m = regex.match(raw.strip())
            if m:
                start, end = m.span("Content")
                stripped = raw.strip()
                lines.append((stripped[:start], stripped[start:end], stripped[end:]))
            else:
                lines.append((raw, "", ""))

rng = random.Random(7)
digits = re.compile(r"\d+")
target = size_mb * 1024 * 1024
written = 0
with open(out, "w", encoding="utf-8") as f:
    while written < target:
        chunk = []
        for prefix, content, suffix in lines:
            varied = digits.sub(lambda m: str(rng.randrange(10 ** (len(m.group()) - 1), 10 ** len(m.group()))) if len(m.group()) > 1 else str(rng.randrange(10)), content)
            chunk.append(prefix + varied + suffix)
        text = "\n".join(chunk) + "\n"
        f.write(text)
        written += len(text.encode("utf-8"))
print(f"{out}: {written / 1048576:.0f} MB")
