#!/usr/bin/env python3
"""Scores one build on keyshapes.jsonl: per family, the secret entities wholly missed, the secret characters leaked (not covered by
any prediction) and, for near-miss families, the records with any redaction.
  python3 bench/privacy/families/score-keyshapes.py FM_DLL [more FM_DLLs]   (outputs under artifacts/bench/keyshapes/)
"""
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "../../..")
SET = os.path.join(HERE, "keyshapes.jsonl")


def score(dll):
    out = os.path.join(ROOT, "artifacts/bench/keyshapes", os.path.basename(os.path.dirname(os.path.abspath(dll))) + ".jsonl")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    subprocess.run(["nice", "-n", "19", "dotnet", dll, "redact", "--jsonl", SET, "-o", out], check=True, stdout=subprocess.DEVNULL)
    pred = {r["id"]: r["entities"] for r in map(json.loads, open(out))}
    rows = collections.defaultdict(lambda: [0, 0, 0, 0])  # records, missed entities, leaked characters, near-miss records redacted
    for r in map(json.loads, open(SET)):
        row = rows[r["family"]]
        row[0] += 1
        ps = pred.get(r["id"], [])
        for g in r["entities"]:
            row[1] += not any(p["start"] < g["end"] and g["start"] < p["end"] for p in ps)
            row[2] += sum(1 for i in range(g["start"], g["end"]) if not any(p["start"] <= i < p["end"] for p in ps))
        row[3] += not r["entities"] and bool(ps)
    return rows


def main():
    results = [score(dll) for dll in sys.argv[1:]]
    print(f"{'family':<22}" + "".join(f"{'missed':>8}{'leaked':>8}{'near':>6}" for _ in results))
    for family in results[0]:
        print(f"{family:<22}" + "".join(f"{r[family][1]:>8}{r[family][2]:>8}{r[family][3]:>6}" for r in results))
    print(f"{'total':<22}" + "".join(f"{sum(v[1] for v in r.values()):>8}{sum(v[2] for v in r.values()):>8}{sum(v[3] for v in r.values()):>6}" for r in results))


if __name__ == "__main__":
    main()
