#!/usr/bin/env python3
"""Re-reads the committed unseen18 files and checks the ground truth against the logs: every line parses with its system's
log_format into the CSV's header fields and Content, every Content matches its EventTemplate, each EventId has one
template, the templates file's occurrences agree with the structured CSV, and each log has 2,000 lines.

Usage: python3 check-truth18.py [SET_DIR]   (default: this script's folder); exit status 1 on the first system that fails.
"""
import collections
import csv
import json
import os
import re
import sys


def format_regex(fmt):
    pieces = re.split(r"(<[^<>]+>)", fmt)
    out = ""
    for p in pieces:
        m = re.fullmatch(r"<([^<>]+)>", p)
        out += f"(?P<{m.group(1)}>.*?)" if m else re.sub(" +", r"\\s+", p)
    return re.compile("^" + out + "$")


def template_regex(tpl):
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in tpl.split("<*>")) + "$", re.S)


def check(set_dir, name, meta):
    d = os.path.join(set_dir, name)
    with open(os.path.join(d, f"{name}_2k.log"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[-1] == "", "the log does not end with a newline"
    lines = lines[:-1]
    assert len(lines) == 2000, f"{len(lines)} lines"
    with open(os.path.join(d, f"{name}_2k.log_structured.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with open(os.path.join(d, f"{name}_2k.log_templates.csv"), encoding="utf-8", newline="") as fh:
        tpls = {r["EventId"]: (r["EventTemplate"], int(r["Occurrences"])) for r in csv.DictReader(fh)}
    assert len(rows) == len(lines)
    fre = format_regex(meta["log_format"])
    seen = collections.Counter()
    regexes = {}
    for i, (line, row) in enumerate(zip(lines, rows), 1):
        assert row["LineId"] == str(i), f"line {i}: LineId {row['LineId']}"
        m = fre.match(line.strip())
        assert m, f"line {i} does not parse with the log_format"
        for f, v in m.groupdict().items():
            assert row[f] == v, f"line {i}: field {f} is {row[f]!r} in the CSV, {v!r} in the log"
        tid, tpl = row["EventId"], row["EventTemplate"]
        assert tpls[tid][0] == tpl, f"line {i}: {tid} has two templates"
        rx = regexes.setdefault(tpl, template_regex(tpl))
        assert rx.match(row["Content"]), f"line {i}: Content does not match {tpl!r}"
        seen[tid] += 1
    for tid, (tpl, occ) in tpls.items():
        assert seen[tid] == occ, f"{tid}: {seen[tid]} lines, templates file says {occ}"
    assert len({t for t, _ in tpls.values()}) == len(tpls), "two EventIds share a template"
    assert len(tpls) == meta["templates"]
    return len(tpls)


def main():
    set_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(set_dir, "formats.json"), encoding="utf-8") as fh:
        meta = json.load(fh)["datasets"]
    total = 0
    for name in sorted(meta):
        try:
            total += check(set_dir, name, meta[name])
        except AssertionError as e:
            print(f"{name}: {e}")
            return 1
    print(f"ok: {len(meta)} systems, {total} templates, every line matches its format and template")
    return 0


if __name__ == "__main__":
    sys.exit(main())
