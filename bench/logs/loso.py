#!/usr/bin/env python3
"""Leave-one-system-out scores from a parameter grid.

Each argument is NAME=SCORES_JSON, the evaluator's --json output of one grid point (one parameter set run over
every system). For each system S, the grid point with the best mean GA + PA on the other systems is chosen and
its score on S is reported; the LOSO average is the mean of those held-out scores. The plain average of the
default point and the per-system best (an upper bound, tuned on the test system itself) are printed beside it.
Usage: loso.py NAME=FILE [NAME=FILE ...]
"""
import json
import sys

points = {}
for arg in sys.argv[1:]:
    name, path = arg.split("=", 1)
    points[name] = {d["dataset"]: d for d in json.load(open(path))["datasets"]}

systems = sorted(next(iter(points.values())))


def objective(point, held_out):
    rows = [points[point][s] for s in systems if s != held_out]
    return sum(r["GA"] + r["PA"] for r in rows) / len(rows)


print(f"{'Held out':<12}{'chosen on the other 7':<24}{'GA':>7}{'PA':>7}")
ga, pa = [], []
for held_out in systems:
    best = max(points, key=lambda p: (objective(p, held_out), p))
    row = points[best][held_out]
    ga.append(row["GA"])
    pa.append(row["PA"])
    print(f"{held_out:<12}{best:<24}{row['GA']:>7.3f}{row['PA']:>7.3f}")
print(f"{'LOSO average':<36}{sum(ga) / len(ga):>7.3f}{sum(pa) / len(pa):>7.3f}")
chosen_everywhere = max(points, key=lambda p: (objective(p, None), p))
rows = points[chosen_everywhere].values()
print(f"{'Best single point on all 8: ' + chosen_everywhere:<36}{sum(r['GA'] for r in rows) / len(systems):>7.3f}{sum(r['PA'] for r in rows) / len(systems):>7.3f}")
