#!/usr/bin/env python3
"""Checks bench/logs/unseen17's ground truth against its logs: every line parses with its system's log_format (formats.json)
into the header fields and the Content of the structured CSV, every Content matches its EventTemplate (<*> as any run,
possibly empty), the EventIds name one template each and the templates CSV counts them. Prints one line per system; exits
non-zero on the first mismatch.
Usage: python3 bench/logs/unseen17/check-truth17.py [SET_DIR]
"""
import csv
import json
import os
import re
import sys


def loghub_regex(fmt):
    headers, regex = [], ""
    for k, part in enumerate(re.split(r"(<[^<>]+>)", fmt)):
        if k % 2 == 0:
            regex += re.sub(" +", "\\\\s+", part)
        else:
            h = part.strip("<>")
            regex += f"(?P<{h}>.*?)"
            headers.append(h)
    return headers, re.compile("^" + regex + "$")


def main():
    here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    formats = json.load(open(os.path.join(here, "formats.json"), encoding="utf-8"))["datasets"]
    for name, info in sorted(formats.items()):
        d = os.path.join(here, name)
        headers, rx = loghub_regex(info["log_format"])
        lines = open(os.path.join(d, info["log_file"]), encoding="utf-8").read().splitlines()
        rows = list(csv.DictReader(open(os.path.join(d, info["ground_truth"]), encoding="utf-8", newline="")))
        assert len(lines) == len(rows) == info["lines"], name
        tpl_of, counts = {}, {}
        for line, row in zip(lines, rows):
            m = rx.match(line.strip())
            assert m, (name, line)
            for h in headers:
                assert m.group(h) == row[h], (name, h, line)
            tpl = row["EventTemplate"]
            assert re.match("^" + ".*?".join(re.escape(p) for p in tpl.split("<*>")) + "$", row["Content"]), (name, tpl, row["Content"])
            assert tpl_of.setdefault(row["EventId"], tpl) == tpl, (name, row["EventId"])
            counts[row["EventId"]] = counts.get(row["EventId"], 0) + 1
        listed = {r["EventId"]: (r["EventTemplate"], int(r["Occurrences"])) for r in
                  csv.DictReader(open(os.path.join(d, info["templates_file"]), encoding="utf-8", newline=""))}
        assert listed == {e: (tpl_of[e], counts[e]) for e in tpl_of}, name
        assert len(listed) == info["gt_templates"], name
        print(f"{name}: {len(lines)} lines, {len(listed)} templates, ok")


if __name__ == "__main__":
    main()
