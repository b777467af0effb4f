#!/usr/bin/env python3
"""Leave-one-system-out for a threshold fitted across check sets: each system's value is picked on the systems of the
OTHER sets (its whole set held back, so a set written in one style cannot vote for itself), then scored on that system.

Each argument is NAME=SET:SCORES_JSON (the evaluator's --json output of one grid point over one set); give every grid
point for every set. Prints, per set, the held-out average beside the plain average of the default point.
Usage: loso_sets.py --default NAME NAME=SET:FILE [...]
"""
import json
import sys
from collections import defaultdict

args = sys.argv[1:]
default = args[args.index("--default") + 1]
args = [a for i, a in enumerate(args) if a != "--default" and (i == 0 or args[i - 1] != "--default")]
scores = defaultdict(dict)  # point -> (set, system) -> row
for arg in args:
    name, rest = arg.split("=", 1)
    set_name, path = rest.split(":", 1)
    for row in json.load(open(path))["datasets"]:
        scores[name][(set_name, row["dataset"])] = row

points = sorted(scores)
systems = sorted(scores[default])


def objective(point, held_set):
    rows = [r for (s, _), r in scores[point].items() if s != held_set]
    return sum(r["GA"] + r["PA"] for r in rows) / len(rows)


held = defaultdict(list)
picks = defaultdict(int)
for key in systems:
    best = max(points, key=lambda p: (objective(p, key[0]), p))
    picks[best] += 1
    held[key[0]].append(scores[best][key])

print(f"{'set':<12}{'plain GA':>9}{'plain PA':>9}{'LOSO GA':>9}{'LOSO PA':>9}   (default {default}; picks: {dict(picks)})")
for set_name in sorted(held):
    plain = [r for (s, _), r in scores[default].items() if s == set_name]
    loso = held[set_name]
    print(f"{set_name:<12}{sum(r['GA'] for r in plain) / len(plain):>9.3f}{sum(r['PA'] for r in plain) / len(plain):>9.3f}"
          f"{sum(r['GA'] for r in loso) / len(loso):>9.3f}{sum(r['PA'] for r in loso) / len(loso):>9.3f}")
