"""Writes bench/privacy/unseen4/records.jsonl (and extra.jsonl): a fourth blind check set for the redactor.
    python3 make.py [OUT [EXTRA_OUT]]     SEED=N draws the same families with fresh values (default seed 4).
Deterministic: the same seed writes the same bytes."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fam_extra  # noqa: E402
import fam_near  # noqa: E402
import fam_pii  # noqa: E402
import fam_secrets  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
extra_out = sys.argv[2] if len(sys.argv) > 2 else (os.path.join(here, "extra.jsonl") if len(sys.argv) == 1 else None)
seed = int(os.environ.get("SEED", "4"))


def build(rid, fam, r):
    source, parts = fam(r)
    text, ents = "", []
    for p in parts:
        if isinstance(p, str):
            text += p
            continue
        typ, val = p
        assert val and val == val.strip(), (fam.__name__, val)
        ents.append({"type": typ, "start": len(text), "end": len(text) + len(val)})
        text += val
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], fam.__name__
    return {"id": rid, "text": text, "entities": ents, "source": f"synthetic/{source}", "family": fam.__name__}


def write(path, plan, prefix):
    r = random.Random(seed)
    recs = []
    for fams, n in plan:
        for k in range(n):
            for fam in fams:
                recs.append(build(f"{prefix}-{len(recs) + 1:04d}", fam, r))
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return recs


main = write(out, [(fam_secrets.FAMILIES, 5), (fam_pii.FAMILIES, 7), (fam_near.FAMILIES, 4)], "u4")
neg = sum(1 for x in main if not x["entities"])
print(f"{out}: {len(main)} records, {sum(len(x['entities']) for x in main)} entities, {neg} near-misses ({100 * neg / len(main):.0f} %)")
if extra_out:
    extra = write(extra_out, [(fam_extra.FAMILIES, 15)], "u4x")
    print(f"{extra_out}: {len(extra)} records, {sum(len(x['entities']) for x in extra)} entities")
