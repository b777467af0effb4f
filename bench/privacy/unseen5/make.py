"""Writes bench/privacy/unseen5/records.jsonl: a fifth blind check set for the redactor (issue 18, items 2 and 4).
    python3 make.py [OUT]      SEED=N draws the same families with fresh values (default seed 5).
Deterministic: the same seed writes the same bytes. Every record is checked against the shared corpus' span rules."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fam_apps  # noqa: E402
import fam_ci  # noqa: E402
import fam_near  # noqa: E402
import fam_net  # noqa: E402
import fam_ops  # noqa: E402
import fam_pii  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
seed = int(os.environ.get("SEED", "5"))
rng = random.Random(seed)


def check(text, ents):
    last = 0
    for e in sorted(ents, key=lambda e: e["start"]):
        v = text[e["start"]:e["end"]]
        assert v and v == v.strip(), v
        assert e["start"] >= last, ("overlap", v)
        last = e["end"]


records = []
for mod in (fam_ci, fam_apps, fam_net, fam_ops, fam_pii, fam_near):
    for fam, count in mod.FAMILIES:
        for _ in range(count):
            text, ents = fam(rng)
            check(text, ents)
            records.append({"text": text, "entities": ents, "family": fam.__name__, "source": f"synthetic/{mod.__name__[4:]}/{fam.__name__}"})
# Interleave families so a reader scanning the file meets no long run of one kind; the order is part of the seed.
rng.shuffle(records)
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(records, 1):
        f.write(json.dumps({"id": f"u5-{i:04d}", **r}, ensure_ascii=False) + "\n")
neg = sum(1 for r in records if not r["entities"])
print(f"{out}: {len(records)} records, {sum(len(r['entities']) for r in records)} entities, {neg} near-miss ({neg / len(records):.0%}), "
      f"{sum(len(r['text']) for r in records)} characters", file=sys.stderr)
