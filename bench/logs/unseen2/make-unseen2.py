#!/usr/bin/env python3
"""Build bench/logs/unseen2: ten synthetic 2,000-line logs of systems that are not among the shared Loghub eight nor
the old unseen eight, each with a per-line ground-truth template in the Loghub-2k layout.

Written blind (before reading the miner's code or the older check sets), from the log statements of the real systems:
nginx error log, PostgreSQL, MySQL 8 error log, Kafka broker, Redis, kubelet (klog), a systemd journal (short format),
HAProxy, Elasticsearch, Cassandra, Slurm's slurmctld. Deterministic (fixed seed per system).

Ground-truth convention (Loghub's): every variable part is <*>, constant words and delimiters stay. A value glued to a
unit with no delimiter ("12ms", "3.4gb") is one <*>; a value that can be empty is still <*>; a multi-word value
(a command line, a unit description) is one <*>; a statement's text that differs by one constant word from another
statement ("Started"/"Stopped", "YES"/"NO" in two statements of the source) is a separate template.

Usage: make-unseen2.py [OUT_DIR]   (default: the folder of this script)
"""
import csv
import json
import os
import random
import re
import string
import sys
from datetime import datetime, timedelta

from systems_a import SYSTEMS_A
from systems_b import SYSTEMS_B_1
from systems_c import SYSTEMS_C

LINES = 2000
SYSTEMS = SYSTEMS_A + SYSTEMS_B_1 + SYSTEMS_C


def counts_for(rng, stmts):
    """Zipf-like counts (s = 1.25) over a shuffled rank order; statements marked 'n' get that fixed count."""
    fixed = {i: s["n"] for i, s in enumerate(stmts) if "n" in s}
    free = [i for i in range(len(stmts)) if i not in fixed]
    rng.shuffle(free)
    # Statements listed with 'hot' take the top ranks (the chatty ones of the real system).
    free.sort(key=lambda i: -stmts[i].get("hot", 0))
    weights = {i: 1.0 / (rank + 1) ** 1.25 for rank, i in enumerate(free)}
    budget = LINES - sum(fixed.values())
    total = sum(weights.values())
    counts = {i: max(1, int(budget * w / total)) for i, w in weights.items()}
    counts[free[0]] += budget - sum(counts.values())
    counts.update(fixed)
    return counts


def render(rng, text, gens):
    """Fill {name} places (str.format syntax, {{ }} escape braces); the same name twice in one statement takes the
    same value. Returns (content, template, params)."""
    cache, params, content, template = {}, [], [], []
    for literal, name, _, _ in string.Formatter().parse(text):
        content.append(literal)
        template.append(literal)
        if name is None:
            continue
        if name not in cache:
            gen = gens[name] if name in gens else gens[name.rstrip("0123456789")]
            cache[name] = str(gen(rng))
        params.append(cache[name])
        content.append(cache[name])
        template.append("<*>")
    return "".join(content), "".join(template), params


NUMBER = re.compile(r"(?<![A-Za-z0-9_.\-])-?\d+(?:\.\d+)*(?![A-Za-z0-9_])")


def loghub_numbers(template):
    """Loghub-2.0's corrected ground truth treats a free-standing number as a variable even where this log happens to
    show one value (an errno, a port, 'HTTP/1.1'); a number glued to letters (TLSv1, ssh2, Layer7) stays."""
    return NUMBER.sub("<*>", template)


def line_regex(log_format):
    parts = re.split(r"(<[^<>]+>)", log_format)
    out = []
    for p in parts:
        if p.startswith("<") and p.endswith(">"):
            out.append("(?P<%s>.*?)" % p[1:-1])
        else:
            out.append(re.sub(" +", r"\\s+", p))
    return re.compile("^" + "".join(out) + "$")


def template_regex(template):
    pieces = template.split("<*>")
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in pieces) + "$", re.S)


def build(system, out_dir):
    name = system["name"]
    rng = random.Random("unseen2-" + name)
    gens = system["gens"]
    stmts = system["stmts"]
    counts = counts_for(rng, stmts)
    order = [i for i, c in counts.items() for _ in range(c)]
    rng.shuffle(order)
    t = datetime(2026, 11, 28, 3, 14, 7, 250000) + timedelta(hours=rng.randrange(0, 48))
    regex = line_regex(system["format"])
    fields = [p[1:-1] for p in re.findall(r"<[^<>]+>", system["format"])]
    ids, rows, lines = {}, [], []
    for line_id, i in enumerate(order, 1):
        s = stmts[i]
        t += timedelta(milliseconds=rng.choice([1, 3, 12, 40, 180, 900, 2500, 15000]) + rng.randrange(0, 997), microseconds=rng.randrange(0, 1000))
        content, template, params = render(rng, s["t"], gens)
        line = system["header"](rng, t, s.get("lv", system.get("lv", "INFO")), s) + content
        m = regex.match(line.strip())
        assert m, (name, line)
        got = m.group("Content")
        assert re.sub(" +", " ", got) == re.sub(" +", " ", content), (name, got, content)
        assert template_regex(template).match(content), (name, template, content)
        content_1 = re.sub(" +", " ", content)
        template = loghub_numbers(re.sub(" +", " ", template))
        eid = ids.setdefault(template, "E%d" % (len(ids) + 1))
        row = [line_id] + [m.group(f) for f in fields if f != "Content"] + [content_1, eid, template, repr(params)]
        rows.append(row)
        lines.append(line)
    d = os.path.join(out_dir, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + "_2k.log"), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    header = ["LineId"] + [f for f in fields if f != "Content"] + ["Content", "EventId", "EventTemplate", "ParameterList"]
    with open(os.path.join(d, name + "_2k.log_structured.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    occ = {}
    for r in rows:
        occ[r[-2]] = occ.get(r[-2], 0) + 1
    with open(os.path.join(d, name + "_2k.log_templates.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["EventId", "EventTemplate", "Occurrences"])
        for tpl, eid in ids.items():
            w.writerow([eid, tpl, occ[tpl]])
    return {"log_file": name + "_2k.log", "ground_truth": name + "_2k.log_structured.csv", "lines": LINES,
            "gt_templates": len(ids), "log_format": system["format"], "fields": fields}


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    datasets = {}
    for system in SYSTEMS:
        datasets[system["name"]] = build(system, out_dir)
        print("%-14s %3d templates" % (system["name"], datasets[system["name"]]["gt_templates"]))
    about = {"what": "Synthetic check set of systems outside the shared and old unseen sets, written blind; "
                     "see make-unseen2.py and README.md. log_format follows the Loghub-2k formats.json convention."}
    with open(os.path.join(out_dir, "formats.json"), "w") as f:
        json.dump({"_about": about, "datasets": datasets}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
