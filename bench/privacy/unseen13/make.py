"""Writes unseen13's records.jsonl and extra.jsonl (deterministic, seed 131; SEED=N draws the same families with fresh values).
   python3 make.py [RECORDS] [EXTRA]"""
import json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import gen, fam_sec, fam_pii, fam_near, fam_extra  # noqa: E402

SEED = os.environ.get("SEED", "131")


def draw(module, per_family, prefix, allowed, need_entity):
    out, seen = [], set()
    for fam in module.FAMILIES:
        for k in range(per_family):
            for attempt in range(50):
                r = random.Random(f"{SEED}/{fam.__name__}/{k}/{attempt}")
                source, (text, ents) = fam(r, k + attempt)  # a repeated text moves to the next variant
                if text not in seen:
                    break
            else:
                raise AssertionError(f"{fam.__name__}: no fresh text for draw {k}")
            seen.add(text)
            assert all(ord(c) <= 0xFFFF for c in text), (fam.__name__, "non-BMP")
            last = 0
            for e in sorted(ents, key=lambda e: e["start"]):
                v = text[e["start"]:e["end"]]
                assert e["type"] in allowed, (fam.__name__, e)
                assert 0 <= e["start"] < e["end"] <= len(text), (fam.__name__, e)
                assert v == v.strip(), (fam.__name__, repr(v))
                assert e["start"] >= last, (fam.__name__, "overlap", e)
                last = e["end"]
            if need_entity is not None:
                assert bool(ents) == need_entity, (fam.__name__, "entities" if ents else "no entity", text[:80])
            out.append({"id": "", "text": text, "entities": sorted(ents, key=lambda e: e["start"]), "source": source,
                        "family": fam.__name__})
    for i, rec in enumerate(out, 1):
        rec["id"] = f"{prefix}-{i:04d}"
    return out


def main():
    rec_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
    ext_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "extra.jsonl")
    recs = draw(fam_sec, 10, "u13s", gen.TYPES, True) + draw(fam_pii, 10, "u13p", gen.TYPES, True) + \
        draw(fam_near, 10, "u13n", gen.TYPES, False)
    texts = [r["text"] for r in recs]
    assert len(set(texts)) == len(texts), "duplicate text across modules"
    extra = draw(fam_extra, 20, "u13x", gen.TYPES | gen.EXTRA_TYPES, True)
    for path, rows in ((rec_p, recs), (ext_p, extra)):
        with open(path, "w", encoding="utf-8") as f:
            for rec in rows:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_ent = sum(len(r["entities"]) for r in recs)
    print(f"{rec_p}: {len(recs)} records, {n_ent} entities, {sum(not r['entities'] for r in recs)} near-miss; "
          f"{ext_p}: {len(extra)} records, {sum(len(r['entities']) for r in extra)} entities")


main()
