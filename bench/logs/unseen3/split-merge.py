#!/usr/bin/env python3
"""Reads a miner's output against unseen3's truth and sorts every ground-truth template's loss into split / merged /
exact-string miss, so failure kinds can be read off outputs alone (without the miner's code).

Usage: split-merge.py PRED_DIR [--detail N]   (PRED_DIR holds <S>.csv as accuracy.sh writes them)
For each system: lines of templates that are split (their lines in 2+ predicted groups), merged (their one group also
holds other templates' lines), both, and lines grouped right but with a template string that differs (PA only).
--detail N prints, for the N largest losses per system, the truth, the predicted templates and the loss kind.
"""
import csv
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path, key):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return {int(r["LineId"]): r[key] for r in csv.DictReader(f)}


def main():
    pred_dir = sys.argv[1]
    detail = int(sys.argv[sys.argv.index("--detail") + 1]) if "--detail" in sys.argv else 0
    print(f"{'System':<10} {'split':>6} {'merged':>6} {'both':>6} {'GA-ok':>6} {'PA-miss(grouped ok)':>20}")
    for ds in sorted(d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)) and not d.startswith("_")):
        gt = load(os.path.join(HERE, ds, f"{ds}_2k.log_structured.csv"), "EventTemplate")
        pred_path = os.path.join(pred_dir, f"{ds}.csv")
        if not os.path.exists(pred_path):
            continue
        pr = load(pred_path, "EventTemplate")
        by_gt, by_pr = defaultdict(list), defaultdict(list)
        for i, t in gt.items():
            by_gt[t].append(i)
            by_pr[pr.get(i)].append(i)
        tally, rows = Counter(), []
        for t, lines in by_gt.items():
            groups = Counter(pr.get(i) for i in lines)
            split = len(groups) > 1
            merged = any(len(by_pr[g]) > groups[g] for g in groups)
            kind = "both" if split and merged else "split" if split else "merged" if merged else "ok"
            tally[kind] += len(lines)
            miss = sum(1 for i in lines if pr.get(i) != t)
            if kind == "ok" and miss:
                tally["pa"] += miss
            if kind != "ok" or miss:
                rows.append((len(lines), t, kind, groups))
        print(f"{ds:<10} {tally['split']:>6} {tally['merged']:>6} {tally['both']:>6} {tally['ok']:>6} {tally['pa']:>20}")
        for n, t, kind, groups in sorted(rows, reverse=True)[:detail]:
            print(f"    [{kind}] {n} lines | truth: {t[:160]}")
            for g, c in groups.most_common(3):
                print(f"        {c:>5} -> {str(g)[:160]}  (group size {len(by_pr[g])})")


if __name__ == "__main__":
    main()
