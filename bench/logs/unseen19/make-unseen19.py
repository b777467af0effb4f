#!/usr/bin/env python3
"""Writes the nineteenth blind template-mining set (bench/logs/unseen19): sixteen synthetic 2,000-line logs with exact truth.

Each system (systems19_a.py, systems19_b.py) lists its statements as text with `@{kind:arg}` value slots, and per
statement the header fields that are constant for it (level, logger, source line). The template is the text with every
slot as `<*>`; a line is the text with a value drawn per slot. Deterministic (one seed per system), standard library only.
Usage: python3 make-unseen19.py [OUT_DIR]   (default: this script's folder)
"""
import csv
import datetime as dt
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import systems19_a  # noqa: E402
import systems19_b  # noqa: E402

LINES = 2000
SLOT = re.compile(r"@\{([A-Za-z]+)(?::([^}]*))?\}")
FIELD = re.compile(r"(<[^<>]+>)")

WORDS = ("alpha bravo cedar delta ember falcon garnet harbor indigo juniper kestrel lumen maple nimbus onyx pebble "
         "quartz raven sierra tundra umber violet willow xenon yarrow zephyr").split()


class Ctx:
    """What a slot renderer may read: the system's random source, pools and the line's time stamp."""

    def __init__(self, rng, pools, now):
        self.rng = rng
        self.pools = pools
        self.now = now


def _int_range(arg, default=(0, 9999)):
    if not arg:
        return default
    m = re.fullmatch(r"(-?\d+)-(-?\d+)", arg)
    return int(m.group(1)), int(m.group(2))


def _go_duration(r):
    kind = r.random()
    if kind < 0.35:
        return f"{r.randint(100, 999)}.{r.randint(0, 999):03d}µs"
    if kind < 0.75:
        return f"{r.randint(1, 999)}.{r.randint(0, 999999):06d}ms"
    return f"{r.randint(1, 59)}.{r.randint(1, 999999):06d}s"


def render_slot(kind, arg, c):
    r = c.rng
    if kind == "i":
        a, b = _int_range(arg)
        return str(r.randint(a, b))
    if kind == "f":
        rng_part, _, digits = (arg or "0-100:2").partition(":")
        a, b = (float(v) for v in rng_part.split("-", 1))
        return f"{r.uniform(a, b):.{int(digits or 2)}f}"
    if kind == "x":
        return "".join(r.choice("0123456789abcdef") for _ in range(int(arg or 8)))
    if kind == "X":
        return "".join(r.choice("0123456789ABCDEF") for _ in range(int(arg or 8)))
    if kind == "a":
        return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(int(arg or 8)))
    if kind == "A":
        return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                       for _ in range(int(arg or 8)))
    if kind == "ip":
        prefix = arg or ""
        parts = prefix.split(".") if prefix else []
        while len(parts) < 4:
            parts.append(str(r.randint(1, 254)))
        return ".".join(parts)
    if kind == "port":
        return str(r.randint(1024, 65535))
    if kind == "mac":
        sep = arg or ":"
        return sep.join(f"{r.randint(0, 255):02x}" for _ in range(6))
    if kind == "u":
        h = "".join(r.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "c":
        return r.choice(arg.split("|"))
    if kind == "p":
        return r.choice(c.pools[arg])
    if kind == "l":
        name, lo, hi, sep = arg.split(",", 3)
        pool = c.pools[name]
        k = r.randint(int(lo), int(hi))
        return sep.join(r.sample(pool, k) if k <= len(pool) else [r.choice(pool) for _ in range(k)])
    if kind == "d":
        unit = arg or "ms"
        if unit == "ms":
            return f"{r.randint(1, 4999)}ms"
        if unit == "s":
            return f"{r.randint(0, 59)}.{r.randint(0, 999):03d}s"
        if unit == "go":
            return _go_duration(r)
        raise ValueError(unit)
    if kind == "dt":
        when = c.now - dt.timedelta(seconds=r.randint(0, 40 * 86400))
        return when.strftime(arg)
    if kind == "now":
        return c.now.strftime(arg)
    if kind == "t":
        # a value a program prints whole though it is made of parts: a pool entry that has slots of its own
        return render(r.choice(c.pools[arg]), c)
    if kind == "E":
        return f"<0.{r.randint(200, 99999)}.0>"
    if kind == "w":
        return r.choice(WORDS)
    raise ValueError(f"unknown slot kind {kind}")


def render(text, c):
    return SLOT.sub(lambda m: render_slot(m.group(1), m.group(2), c), text)


def template_of(text):
    return SLOT.sub("<*>", text)


def line_regex(log_format):
    parts = FIELD.split(log_format)
    out, names = "", []
    for p in parts:
        if p.startswith("<") and p.endswith(">") and len(p) > 2:
            names.append(p[1:-1])
            out += f"(?P<{p[1:-1]}>.*?)"
        else:
            out += re.sub(r" +", r"\\s+", p)
    return re.compile("^" + out + "$"), names


def literal_of(piece):
    """The characters a format's literal piece stands for (its regex escapes undone)."""
    return re.sub(r"\\(.)", r"\1", piece)


def build_line(log_format, fields, pad):
    """The line; a field named in pad is aligned to its width (right, or left when negative): a padded column the format's
    spaces absorb."""
    out = ""
    for p in FIELD.split(log_format):
        if p.startswith("<") and p.endswith(">") and len(p) > 2:
            width = pad.get(p[1:-1], 0)
            out += fields[p[1:-1]].rjust(width) if width >= 0 else fields[p[1:-1]].ljust(-width)
        else:
            out += literal_of(p)
    return out


def counts_for(n, r, exponent, cap_share):
    tail = max(3, n // 5)
    head = n - tail
    tail_counts = [r.randint(1, 5) for _ in range(tail)]
    left = LINES - sum(tail_counts)
    weights = [1.0 / (i + 1) ** exponent for i in range(head)]
    total = sum(weights)
    counts = [max(6, int(left * w / total)) for w in weights]
    cap = int(LINES * cap_share)
    if counts[0] > cap:
        counts[0] = cap
    # spread what the cap and rounding left over across the head after the first, most to the most common
    i = 1
    while sum(counts) < left:
        counts[1 + (i - 1) % (head - 1)] += 1
        i += 1
    while sum(counts) > left:
        j = max(range(1, head), key=lambda k: counts[k])
        counts[j] -= 1
    return counts + tail_counts


def make_system(spec, out_dir):
    name = spec["name"]
    r = random.Random(spec["seed"])
    stmts = spec["statements"]
    n = len(stmts)
    templates = [template_of(s[-1]) for s in stmts]
    assert len(set(templates)) == n, f"{name}: two statements share a template"
    assert 25 <= n <= 60, f"{name}: {n} statements"
    counts = counts_for(n, r, spec.get("exponent", 0.85), spec.get("cap", r.uniform(0.16, 0.24)))
    seq = [i for i, k in enumerate(counts) for _ in range(k)]
    assert len(seq) == LINES, (name, len(seq))
    r.shuffle(seq)
    # start-up statements (listed in spec["first"]) open the file when they are drawn once
    regex, names = line_regex(spec["log_format"])
    now = spec["start"]
    rows, lines = [], []
    for line_no, idx in enumerate(seq, 1):
        now = now + dt.timedelta(microseconds=r.randint(0, spec.get("step_ms", 20000) * 1000))
        c = Ctx(r, spec.get("pools", {}), now)
        st = stmts[idx]
        content = render(st[-1], c)
        fields = spec["header"](c, [render(v, c) for v in st[:-1]])
        fields["Content"] = content
        line = build_line(spec["log_format"], fields, spec.get("pad", {}))
        m = regex.match(line.strip())
        assert m, f"{name}: line {line_no} does not parse: {line}"
        for k in names:
            assert m.group(k) == fields[k], f"{name}: field {k} splits as {m.group(k)!r}, wrote {fields[k]!r}: {line}"
        assert line == line.strip() and "\n" not in line
        tre = re.compile("^" + ".*?".join(re.escape(p) for p in templates[idx].split("<*>")) + "$", re.S)
        assert tre.match(content), f"{name}: {content!r} !~ {templates[idx]!r}"
        lines.append(line)
        rows.append([line_no] + [fields[k] for k in names] + [f"E{idx + 1}", templates[idx]])
    drawn = {i for i in seq}
    assert drawn == set(range(n)), f"{name}: statements never drawn"
    top = max(counts) / LINES
    assert top < 0.25, (name, top)
    d = os.path.join(out_dir, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"{name}_2k.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(d, f"{name}_2k.log_structured.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["LineId"] + names + ["EventId", "EventTemplate"])
        w.writerows(rows)
    with open(os.path.join(d, f"{name}_2k.log_templates.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for i, t in enumerate(templates):
            w.writerow([f"E{i + 1}", t, counts[i]])
    return {"log_format": spec["log_format"], "fields": names, "version": spec["version"], "templates": n,
            "statements": n, "top_share": round(top, 3)}


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    specs = systems19_a.SYSTEMS + systems19_b.SYSTEMS
    assert len(specs) == 16, len(specs)
    formats = {"datasets": {}}
    total = 0
    for spec in sorted(specs, key=lambda s: s["name"]):
        info = make_system(spec, out_dir)
        formats["datasets"][spec["name"]] = info
        total += info["templates"]
        print(f"{spec['name']:14} {info['templates']:3} templates, top {info['top_share']:.3f}")
    with open(os.path.join(out_dir, "formats.json"), "w", encoding="utf-8") as f:
        json.dump(formats, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{total} templates in all")


if __name__ == "__main__":
    main()
