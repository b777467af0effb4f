#!/usr/bin/env python3
"""Every readable redaction set at once, for one or two builds: typed F1 (overlap, micro), leaked secret characters, near-miss records
(records with no gold entity) redacted, and — with a baseline build — the near-miss records newly redacted and the leaked characters
gained or lost per set (unseen9, unseen10 and unseen11 are the fourteenth, fifteenth and sixteenth sessions' blind sets: a rule tuned
on one is no longer judged blind on it).

  python3 bench/privacy/every-set.py BASE_DLL [NEW_DLL]      (outputs under artifacts/bench/every-set/)
  EVERY_SET_SKIP=u11,u12 python3 bench/privacy/every-set.py …  leaves out sets that must stay blind to whoever runs it
"""
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")
SETS = {
    "shared": os.path.join(ROOT, "..", "shared", "data", "pii", "dev.jsonl"),
    "fdev": "bench/privacy/families/dev.jsonl",
    "fheld": "bench/privacy/families/heldout.jsonl",
    **{f"u{n}": f"bench/privacy/unseen{n}/records.jsonl" for n in range(2, 100)
       if os.path.exists(os.path.join(ROOT, f"bench/privacy/unseen{n}/records.jsonl"))},
}
for skipped in filter(None, os.environ.get("EVERY_SET_SKIP", "").split(",")):
    SETS.pop(skipped.strip(), None)
SECRET = {"URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY",
          "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}


def run(dll, name, path):
    out = os.path.join(ROOT, "artifacts/bench/every-set", os.path.basename(os.path.dirname(dll)) + "-" + name + ".jsonl")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    subprocess.run(["nice", "-n", "19", "dotnet", dll, "redact", "--jsonl", os.path.join(ROOT, path), "-o", out], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {r["id"]: r["entities"] for r in map(json.loads, open(out))}


def measure(gold, pred):
    tp = fp = fn = 0
    leaked = 0
    near = set()
    for r in gold:
        ps = pred.get(r["id"], [])
        if not r["entities"] and ps:
            near.add(r["id"])
        for g in r["entities"]:
            if g["type"] in SECRET:
                leaked += sum(1 for i in range(g["start"], g["end"]) if not any(p["start"] <= i < p["end"] for p in ps))
            hit = any(p["type"] == g["type"] and max(g["start"], p["start"]) < min(g["end"], p["end"]) for p in ps)
            tp += hit
            fn += not hit
        for p in ps:
            fp += not any(p["type"] == g["type"] and max(g["start"], p["start"]) < min(g["end"], p["end"]) for g in r["entities"])
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return f1, leaked, near


def main():
    dlls = sys.argv[1:]
    print(f"{'set':<7} " + " | ".join(f"{'F1':>6} {'leaked':>6} {'near':>4}" for _ in dlls) + ("  newly-redacted-near-misses" if len(dlls) == 2 else ""))
    for name, path in SETS.items():
        gold = list(map(json.loads, open(os.path.join(ROOT, path))))
        rows = [measure(gold, run(dll, name, path)) for dll in dlls]
        cells = " | ".join(f"{f1:6.3f} {leaked:6d} {len(near):4d}" for f1, leaked, near in rows)
        extra = f"  {sorted(rows[1][2] - rows[0][2])}" if len(rows) == 2 else ""
        print(f"{name:<7} {cells}{extra}")


if __name__ == "__main__":
    main()
