#!/usr/bin/env python3
"""Where the miner loses lines on unseen6, read from outputs only (the predictions beside the truth, not the miner's code).

For each system and each ground-truth template: its lines, whether the prediction groups exactly those lines (GA), how
many of its lines got the exact template string (PA), and the predicted templates its lines got. A template that is
not grouped exactly is a grouping loss (`split` when its lines went to several predicted groups, `merged` when its
one group also holds other templates' lines, `split+merged`); one grouped exactly but written differently is a string
loss. With --kinds FILE (tab-separated: system, truth template, kind) the losses are summed per kind.

Usage: losses6.py PRED_DIR [--gt-dir DIR] [--show SYSTEM] [--kinds FILE]
  PRED_DIR  a folder of <S>.csv predictions (as blindset-score.sh writes: OUT/format)
  --show S  print every loss of system S with the predicted templates of its lines (most lines first)
"""
import argparse
import collections
import csv
import os


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return {int(r["LineId"]): r["EventTemplate"] for r in csv.DictReader(f)}


def losses(gt, pred):
    """Yields (truth, lines, status, pa_lost, predicted templates Counter) per ground-truth template."""
    by_truth = collections.defaultdict(list)
    by_pred = collections.defaultdict(set)
    for line, t in gt.items():
        by_truth[t].append(line)
    for line, t in pred.items():
        by_pred[t].add(line)
    for truth, lines in sorted(by_truth.items(), key=lambda kv: -len(kv[1])):
        got = collections.Counter(pred.get(line) for line in lines)
        split = len(got) > 1
        merged = any(p is not None and len(by_pred[p]) > c for p, c in got.items())
        status = "ok" if not split and not merged else "split+merged" if split and merged else "split" if split else "merged"
        pa_lost = sum(c for p, c in got.items() if p != truth)
        if status == "ok" and pa_lost:
            status = "string"
        yield truth, len(lines), status, pa_lost, got


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred_dir")
    ap.add_argument("--gt-dir", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--show")
    ap.add_argument("--kinds")
    a = ap.parse_args()
    kinds = {}
    if a.kinds:
        with open(a.kinds, encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t"):
                if row and not row[0].startswith("#"):
                    kinds[(row[0], row[1])] = row[2]
    per_kind = collections.defaultdict(lambda: [0, 0, set()])
    total_ga = total_pa = lines_all = 0
    print("| System | split (templates/lines) | merged | string (lines) | GA lines lost | PA lines lost |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in sorted(os.listdir(a.gt_dir)):
        gt_csv = os.path.join(a.gt_dir, name, f"{name}_2k.log_structured.csv")
        pred_csv = os.path.join(a.pred_dir, f"{name}.csv")
        if not os.path.exists(gt_csv) or not os.path.exists(pred_csv):
            continue
        gt, pred = read(gt_csv), read(pred_csv)
        lines_all += len(gt)
        split = [0, 0]
        merged = [0, 0]
        string = 0
        ga = pa = 0
        for truth, n, status, pa_lost, got in losses(gt, pred):
            if status == "ok":
                continue
            if status == "string":
                string += pa_lost
            elif "split" in status:
                split[0] += 1
                split[1] += n
            else:
                merged[0] += 1
                merged[1] += n
            ga += 0 if status == "string" else n
            pa += pa_lost
            kind = kinds.get((name, truth), "?")
            per_kind[kind][0] += 0 if status == "string" else n
            per_kind[kind][1] += pa_lost
            per_kind[kind][2].add(name)
            if a.show == name:
                print(f"\n[{status}] {n} lines, PA lost {pa_lost}, kind {kind}\n  truth: {truth}")
                for p, c in got.most_common(6):
                    print(f"  {c:5d}  {p}")
                if len(got) > 6:
                    print(f"  ... {len(got) - 6} more predicted templates")
        total_ga += ga
        total_pa += pa
        print(f"| {name} | {split[0]}/{split[1]} | {merged[0]}/{merged[1]} | {string} | {ga} | {pa} |")
    print(f"| **Total** | | | | **{total_ga}** | **{total_pa}** |")
    if a.kinds:
        print("\n| Kind | GA lines lost | PA lines lost | Systems |")
        print("|---|---:|---:|---:|")
        for kind, (ga, pa, systems) in sorted(per_kind.items(), key=lambda kv: (-kv[1][0], -kv[1][1])):
            print(f"| {kind} | {ga:,} ({100 * ga / lines_all:.1f} %) | {pa:,} ({100 * pa / lines_all:.1f} %) | {len(systems)} |")


if __name__ == "__main__":
    main()
