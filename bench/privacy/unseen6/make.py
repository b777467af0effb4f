"""Writes bench/privacy/unseen6/records.jsonl and extra.jsonl: a sixth blind check set for the redactor (issue 18, items 2 and 4).
    python3 make.py [OUT [EXTRA_OUT]]      SEED=N draws the same families with fresh values (default seed 6).
Deterministic: the same seed writes the same bytes. Asserts the shared corpus' span rules on every record."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fam_cli  # noqa: E402
import fam_dev  # noqa: E402
import fam_extra  # noqa: E402
import fam_near  # noqa: E402
import fam_near2  # noqa: E402
import fam_ops  # noqa: E402
import fam_pii  # noqa: E402
import fam_runtime  # noqa: E402

TYPES = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING",
         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET",
         "BEARER_TOKEN", "BASIC_AUTH"}
here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
extra_out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(out)), "extra.jsonl")
EXTRA_TYPES = {"NATIONAL_ID", "DATE_OF_BIRTH", "ADDRESS", "BANK_ACCOUNT"}
seed = int(os.environ.get("SEED", "6"))


def build(rid, fam, r, types=TYPES):
    source, parts = fam(r)
    text, ents = "", []
    for p in parts:
        if isinstance(p, str):
            text += p
            continue
        typ, val = p
        assert typ in types, (fam.__name__, typ)
        assert val and val == val.strip(), (fam.__name__, val)
        ents.append({"type": typ, "start": len(text), "end": len(text) + len(val)})
        text += val
    for a, b in zip(ents, ents[1:]):
        assert a["end"] <= b["start"], fam.__name__
    assert all(ord(c) < 0x10000 for c in text), fam.__name__
    return {"id": rid, "text": text, "entities": ents, "source": f"synthetic/{source}", "family": fam.__name__}


PLAN = [(fam_dev.FAMILIES + fam_runtime.FAMILIES + fam_ops.FAMILIES, 7), (fam_cli.FAMILIES, 12), (fam_pii.FAMILIES, 9),
        (fam_near.FAMILIES + fam_near2.FAMILIES, 7)]



def write(path, plan, prefix, r, types=TYPES):
    recs = []
    for fams, n in plan:
        for _ in range(n):
            for fam in fams:
                recs.append(build(f"{prefix}-{len(recs) + 1:04d}", fam, r, types))
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return recs


r = random.Random(seed)
recs = write(out, PLAN, "u6", r)
neg = sum(1 for x in recs if not x["entities"])
print(f"{out}: {len(recs)} records, {sum(len(x['entities']) for x in recs)} entities, {neg} near-misses ({100 * neg / len(recs):.0f} %), "
      f"{sum(len(x['text']) for x in recs)} characters", file=sys.stderr)
extra = write(extra_out, [(fam_extra.FAMILIES, 15)], "u6x", r, TYPES | EXTRA_TYPES)
print(f"{extra_out}: {len(extra)} records, {sum(len(x['entities']) for x in extra)} entities", file=sys.stderr)
