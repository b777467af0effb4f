#!/usr/bin/env python3
"""Builds bench/privacy/unseen3/records.jsonl: text an SRE would paste from deploy tooling, cloud CLIs, package-manager and
app config files, HTTP/OAuth traces, crash dumps and multilingual support mail, with every secret and personal value
labelled (type and span, the conventions of ../shared/data/pii/README.md) and many near-misses that must be left alone.

Written blind (issue 18): before its author read src/FaultMaven.Core/Privacy/**, bench/privacy/families/**, unseen2's
records or generator, or the privacy sections of docs/BENCHMARKS.md.

    python3 make.py [OUT]            # deterministic (seed 3): rewrites records.jsonl byte for byte
    SEED=11 python3 make.py /tmp/x   # the same families with fresh values
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fam_near  # noqa: E402
import fam_pii  # noqa: E402
import fam_secrets  # noqa: E402
from gen import V  # noqa: E402


def check(rid, text, ents):
    last = 0
    for e in sorted(ents, key=lambda e: e["start"]):
        val = text[e["start"]:e["end"]]
        assert val and val == val.strip(), (rid, e, val)
        assert e["start"] >= last, (rid, "overlap", e)
        last = e["end"]


def main():
    seed = int(os.environ.get("SEED", "3"))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "records.jsonl")
    rnd = random.Random(seed)
    v = V(rnd)
    made = []
    for fams in (fam_secrets.FAMILIES, fam_pii.FAMILIES, fam_near.FAMILIES):
        for fn, count in fams:
            for _ in range(count):
                t, source = fn(v)
                made.append((fn.__name__, t.text(), t.ents, source))
    rnd.shuffle(made)
    with open(out, "w", encoding="utf-8") as f:
        for i, (fam, text, ents, source) in enumerate(made, 1):
            rid = f"u3-{i:04d}"
            check(rid, text, ents)
            f.write(json.dumps({"id": rid, "text": text, "entities": ents, "source": source, "family": fam},
                               ensure_ascii=False) + "\n")
    neg = sum(1 for m in made if not m[2])
    print(f"{len(made)} records, {sum(len(m[2]) for m in made)} entities, {neg} near-miss ({100 * neg / len(made):.0f} %) -> {out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
