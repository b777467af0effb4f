#!/usr/bin/env python3
"""Re-reads the committed unseen19 files and checks the truth: every line parses with its system's log_format into the
structured CSV's header fields and Content, every Content matches its EventTemplate (each `<*>` any text, possibly empty),
every EventId has one template, and the template file's counts agree with the structured file.
Usage: python3 check-truth19.py [SET_DIR]   (exit status 1 on the first system that fails)
"""
import collections
import csv
import json
import os
import re
import sys

FIELD = re.compile(r"(<[^<>]+>)")


def line_regex(log_format):
    out, names = "", []
    for p in FIELD.split(log_format):
        if p.startswith("<") and p.endswith(">") and len(p) > 2:
            names.append(p[1:-1])
            out += f"(?P<{p[1:-1]}>.*?)"
        else:
            out += re.sub(r" +", r"\\s+", p)
    return re.compile("^" + out + "$"), names


def check(set_dir, name, info):
    d = os.path.join(set_dir, name)
    regex, names = line_regex(info["log_format"])
    with open(os.path.join(d, f"{name}_2k.log"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == "", "the log ends with a newline"
    lines = lines[:-1]
    with open(os.path.join(d, f"{name}_2k.log_structured.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(lines) == len(rows) == 2000, (len(lines), len(rows))
    by_id = {}
    for i, (line, row) in enumerate(zip(lines, rows), 1):
        assert row["LineId"] == str(i)
        m = regex.match(line.strip())
        assert m, f"line {i} does not parse: {line}"
        for k in names:
            assert m.group(k) == row[k], f"line {i}: {k} {m.group(k)!r} != {row[k]!r}"
        t = row["EventTemplate"]
        assert by_id.setdefault(row["EventId"], t) == t, f"{row['EventId']} has two templates"
        tre = "^" + ".*?".join(re.escape(p) for p in t.split("<*>")) + "$"
        assert re.match(tre, row["Content"], re.S), f"line {i}: {row['Content']!r} !~ {t!r}"
    counts = collections.Counter(r["EventId"] for r in rows)
    with open(os.path.join(d, f"{name}_2k.log_templates.csv"), encoding="utf-8", newline="") as f:
        trows = list(csv.DictReader(f))
    assert len({r["EventTemplate"] for r in trows}) == len(trows), "two ids share a template"
    for r in trows:
        assert by_id.get(r["EventId"]) == r["EventTemplate"], r
        assert counts[r["EventId"]] == int(r["Occurrences"]), r
    assert len(trows) == len(by_id) == info["templates"]
    return len(trows), max(counts.values()) / 2000


def main():
    set_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(set_dir, "formats.json"), encoding="utf-8") as f:
        formats = json.load(f)["datasets"]
    bad = 0
    for name, info in sorted(formats.items()):
        try:
            n, top = check(set_dir, name, info)
            print(f"{name:14} ok  {n} templates, top {top:.3f}")
        except AssertionError as e:
            print(f"{name:14} FAIL {e}")
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
