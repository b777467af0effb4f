#!/usr/bin/env python3
"""Writes unseen9's records.jsonl (labelled snippets, ~1/3 near-misses) and extra.jsonl (personal data with no type in the shared
vocabulary), deterministic for a seed.
   python3 make.py                                   rewrites both files of this folder (seed 9) byte for byte
   SEED=11 python3 make.py OUT_RECORDS OUT_EXTRA     a fresh draw of the same families
Every record is checked against the shared span rules: no empty span, none starting or ending with whitespace, no overlap, a known
type, BMP characters only."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import fam_sec  # noqa: E402
import fam_pii  # noqa: E402
import fam_near  # noqa: E402
import fam_extra  # noqa: E402

TYPES = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING", "AWS_ACCESS_KEY",
         "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET", "BEARER_TOKEN", "BASIC_AUTH"}
EXTRA_TYPES = {"NATIONAL_ID", "DEVICE_ID", "DATE_OF_BIRTH", "ADDRESS", "VEHICLE_ID"}
PER_FAMILY, PER_EXTRA = 10, 15


def check(rec, types, near):
    t = rec["text"]
    assert all(ord(c) < 0x10000 for c in t), rec["family"]
    last = 0
    for e in sorted(rec["entities"], key=lambda e: e["start"]):
        assert e["type"] in types, (rec["family"], e)
        assert e["start"] < e["end"], (rec["family"], e)
        v = t[e["start"]:e["end"]]
        assert v == v.strip(), (rec["family"], repr(v))
        assert e["start"] >= last, (rec["family"], "overlap", e)
        last = e["end"]
    assert bool(rec["entities"]) != near, (rec["family"], "near-miss with entities" if near else "positive without entities", t[:200])


def draw(fams, n, prefix, types, near_names, start):
    out, i = [], start
    for fam in fams:
        for _ in range(n):
            t = fam()
            i += 1
            rec = {"id": "%s%04d" % (prefix, i), "text": t.text,
                   "entities": [{"type": ty, "start": s, "end": e} for ty, s, e in sorted(t.ents, key=lambda x: x[1])],
                   "source": "synthetic/unseen9/" + fam.__name__[2:], "family": fam.__name__}
            check(rec, types, fam.__name__ in near_names)
            out.append(rec)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seed = int(os.environ.get("SEED", "9"))
    out_r = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
    out_x = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "extra.jsonl")
    gen.seed(seed)
    near = {f.__name__ for f in fam_near.FAMILIES}
    recs = draw(fam_sec.FAMILIES + fam_pii.FAMILIES + fam_near.FAMILIES, PER_FAMILY, "u9-", TYPES, near, 0)
    extra = draw(fam_extra.FAMILIES, PER_EXTRA, "u9x-", TYPES | EXTRA_TYPES, set(), 0)
    for path, rs in ((out_r, recs), (out_x, extra)):
        with open(path, "w", encoding="utf-8") as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ents = sum(len(r["entities"]) for r in recs)
    print("%d records (%d near-miss), %d entities; extra %d records, %d entities" % (
        len(recs), sum(1 for r in recs if not r["entities"]), ents, len(extra), sum(len(r["entities"]) for r in extra)))


if __name__ == "__main__":
    main()
