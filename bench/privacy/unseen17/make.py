"""Writes unseen17's records.jsonl and extra.jsonl (a seventeenth blind check set for the redactor).
   python3 make.py                       rewrites both files of this folder byte for byte (seed 171)
   SEED=11 python3 make.py R.jsonl X.jsonl   a fresh draw of the same families to the given paths
Asserts the shared span rules on every record: no empty span, none starting or ending with whitespace, no overlap, a known type, BMP
only; near-miss families hold no entity and the others at least one; no two records have the same text."""
import json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen, fam_sec, fam_pii, fam_near, fam_extra  # noqa: E402

TYPES = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING",
         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET",
         "BEARER_TOKEN", "BASIC_AUTH"}
EXTRA_TYPES = {"HEALTH_ID", "NATIONAL_ID", "ADDRESS"}
PER_FAMILY, PER_EXTRA = 10, 20


def families(mod):
    return [(n, getattr(mod, n)) for n in sorted(dir(mod)) if n.startswith("f_") and callable(getattr(mod, n))]


def check(text, ents, types, near, fam):
    assert all(ord(c) <= 0xFFFF for c in text), fam
    last = 0
    for e in sorted(ents, key=lambda e: e["start"]):
        v = text[e["start"]:e["end"]]
        assert e["type"] in types, (fam, e)
        assert v and v == v.strip(), (fam, repr(v))
        assert e["start"] >= last, (fam, "overlap", text)
        last = e["end"]
    assert (not ents) if near else ents, (fam, text)


def build(seed, mods, per, prefix, types):
    out, seen = [], set()
    for mod in mods:
        near = mod is fam_near
        for name, f in families(mod):
            r = random.Random("%s/%s" % (seed, name))
            for k in range(per):
                for attempt in range(40):
                    text, ents = gen.T(*f(r, k + attempt * 7))
                    if text not in seen:
                        break
                else:
                    raise AssertionError("no fresh text in " + name)
                seen.add(text)
                check(text, ents, types, near, name)
                out.append({"id": "%s-%04d" % (prefix, len(out) + 1), "text": text, "entities": sorted(ents, key=lambda e: e["start"]),
                            "family": name})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seed = int(os.environ.get("SEED", "171"))
    rec_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
    ext_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "extra.jsonl")
    recs = build(seed, [fam_sec, fam_pii, fam_near], PER_FAMILY, "u17", TYPES)
    extra = build(seed, [fam_extra], PER_EXTRA, "u17x", TYPES | EXTRA_TYPES)
    for p, rows in ((rec_p, recs), (ext_p, extra)):
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    neg = sum(1 for x in recs if not x["entities"])
    print("%d records (%d near-miss), %d entities; extra %d records, %d entities" % (
        len(recs), neg, sum(len(x["entities"]) for x in recs), len(extra), sum(len(x["entities"]) for x in extra)))


main()
