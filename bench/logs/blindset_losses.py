"""Where the miner loses lines on a blind set (bench/logs/unseen7/losses7.py, unseen8/losses8.py call this with their folder):
per system, the ground-truth templates not grouped exactly (split
over several predicted groups, merged with other templates' lines, or both; GA loses their lines) and the lines of templates
grouped right whose template string differs (PA loses them), read from `fm logs parse` outputs only.

Usage: unseenN/lossesN.py PRED_DIR [--show SYSTEM] [--kinds KINDS_TSV]
  PRED_DIR  a folder of <S>.csv predictions (LineId, EventTemplate), e.g. OUT/format from score.sh
  --show S  prints each lost template of system S with the predicted templates its lines got (most frequent first)
  --kinds   a TSV `system<TAB>truth template<TAB>kind` (a hand reading of --show); prints GA and PA lines per kind
"""
import argparse
import collections
import csv
import os



def read(path, key="EventTemplate"):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    lid = next(k for k in rows[0] if k.lower() == "lineid")
    col = next(k for k in rows[0] if k.lower() == key.lower())
    return {int(r[lid]): r[col] for r in rows}


def losses(here, system, pred_dir):
    truth = read(os.path.join(here, system, f"{system}_2k.log_structured.csv"))
    path = os.path.join(pred_dir, f"{system}.csv")
    pred = read(path) if os.path.exists(path) else {i: f"(no output {i})" for i in truth}
    by_truth = collections.defaultdict(list)
    by_pred = collections.defaultdict(set)
    for i, t in truth.items():
        by_truth[t].append(i)
        by_pred[pred.get(i, "")].add(i)
    out = []
    for t, lines in by_truth.items():
        groups = collections.Counter(pred.get(i, "") for i in lines)
        split = len(groups) > 1
        merged = any(len(by_pred[g]) > sum(1 for i in lines if pred.get(i, "") == g) for g in groups)
        wrong = sum(1 for i in lines if pred.get(i, "") != t)
        if split or merged:
            shape = "split+merged" if split and merged else ("split" if split else "merged")
            out.append((t, shape, len(lines), wrong, groups))
        elif wrong:
            out.append((t, "string", len(lines), wrong, groups))
    return out


def main(here):
    ap = argparse.ArgumentParser()
    ap.add_argument("pred_dir")
    ap.add_argument("--show")
    ap.add_argument("--kinds")
    a = ap.parse_args()
    systems = sorted(d for d in os.listdir(here) if os.path.isfile(os.path.join(here, d, f"{d}_2k.log")))
    if a.show:
        for t, shape, n, wrong, groups in sorted(losses(here, a.show, a.pred_dir), key=lambda x: -x[2]):
            print(f"--- [{shape}] {n} lines, {wrong} written differently: {t}")
            for g, c in groups.most_common(6):
                print(f"      {c:5d}  {g}")
            if len(groups) > 6:
                print(f"      ... {len(groups) - 6} more groups")
        return
    kinds = {}
    if a.kinds:
        with open(a.kinds, encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t"):
                if row and not row[0].startswith("#"):
                    kinds[(row[0], row[1])] = row[2]
    total = {"ga": 0, "pa": 0}
    per_kind = collections.defaultdict(lambda: [0, 0, set()])
    print("| System | split | merged | split+merged | GA lines lost | PA lines lost | of which in templates grouped right |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for s in systems:
        ls = losses(here, s, a.pred_dir)
        cnt = collections.Counter()
        for t, shape, n, wrong, _ in ls:
            if shape != "string":
                cnt[shape] += n
                cnt["ga"] += n
            cnt["pa"] += wrong
            if shape == "string":
                cnt["pa_string"] += wrong
            k = kinds.get((s, t), "unlabelled " + ("G" if shape != "string" else "P"))
            per_kind[k][0] += n if shape != "string" else 0
            per_kind[k][1] += wrong
            per_kind[k][2].add(s)
        total["ga"] += cnt["ga"]
        total["pa"] += cnt["pa"]
        print(f"| {s} | {cnt['split']} | {cnt['merged']} | {cnt['split+merged']} | {cnt['ga']} | {cnt['pa']} | {cnt['pa_string']} |")
    n = 2000 * len(systems)
    print(f"| **Total** | | | | **{total['ga']} ({100 * total['ga'] / n:.1f} %)** | **{total['pa']} ({100 * total['pa'] / n:.1f} %)** | |")
    if a.kinds:
        print()
        print("| Kind | GA lines lost | PA lines lost | Systems |")
        print("|---|---:|---:|---:|")
        for k, (g, p, ss) in sorted(per_kind.items(), key=lambda x: (-x[1][0], -x[1][1])):
            print(f"| {k} | {g:,} ({100 * g / n:.1f} %) | {p:,} ({100 * p / n:.1f} %) | {len(ss)} |")
