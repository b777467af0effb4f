"""Writes unseen18's records.jsonl and extra.jsonl (an eighteenth blind check set for the redactor: whole dumps and exports as engineers
paste them in an incident, about a fifth of the records 10-100 KB long).
   python3 make.py                           rewrites both files of this folder byte for byte (seed 181)
   SEED=11 python3 make.py R.jsonl X.jsonl   a fresh draw of the same families to the given paths
Asserts the shared span rules on every record: no empty span, none starting or ending with whitespace, no overlap, a known type, BMP
only; near-miss families hold no entity and the others at least one; no two records have the same text. Also asserts that no
IPv4/IPv6/e-mail/MAC/card-shaped substring and no name of people.py's lists stands outside a labelled span (the label-everything check)."""
import json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen, people, fam_sec, fam_pii, fam_near, fam_extra  # noqa: E402

TYPES = {"EMAIL", "PHONE", "IPV4", "IPV6", "CREDIT_CARD", "IBAN", "US_SSN", "MAC", "PERSON", "URL_CREDENTIALS", "CONNECTION_STRING",
         "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "SLACK_TOKEN", "JWT", "PRIVATE_KEY", "API_KEY", "GENERIC_SECRET",
         "BEARER_TOKEN", "BASIC_AUTH"}
EXTRA_TYPES = {"NATIONAL_ID", "DATE_OF_BIRTH", "ADDRESS"}
PER_FAMILY, PER_EXTRA = 10, 20

# shapes that must never stand unlabelled (loopback, unspecified, masks and network prefixes excepted)
SHAPES = [
    ("IPV4", re.compile(r"(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.])")),
    ("EMAIL", re.compile(r"[\w.+-]+(@|%40)[\w-]+(\.[\w-]+)*\.[a-z]{2,}")),
    ("MAC", re.compile(r"(?<![0-9A-Fa-f][:-])(?<![0-9A-Fa-f])([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![:-]?[0-9A-Fa-f])|(?<![\w.])[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?![\w.])")),
    ("IPV6", re.compile(r"(?<![\w:])(?=[0-9a-fA-F:]*::|(?:[0-9a-fA-F]{1,4}:){7})[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}(?![\w:])")),
    ("CARD", re.compile(r"(?<![\w.-])[2-6]\d{3}([ -]?\d{2,6}){2,4}(?![\w.-])")),
]
NAMES = set()
for g, f in list(people.LATIN.values()) + list(people.SCRIPT.values()):
    for n in g + f:
        NAMES.update(n.split())
NAME_RX = re.compile(r"(?<![\w])(%s)(?![\w])" % "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)))


def unlabelled(text, ents):
    covered = [(e["start"], e["end"]) for e in ents]
    inside = lambda a, b: any(s <= a and b <= e for s, e in covered)
    bad = []
    for typ, rx in SHAPES:
        for m in rx.finditer(text):
            v = m.group(0)
            if typ == "IPV4":
                o = [int(x) for x in m.groups()]
                if max(o) > 255 or o[0] in (0, 127, 255) or text[m.end():m.end() + 1] == "/":
                    continue
            if typ == "IPV6" and (v in ("::", "::1") or len(v.replace(":", "")) < 4):
                continue
            if typ == "CARD" and not (13 <= sum(c.isdigit() for c in v) <= 19 and gen.luhn_ok(v)):
                continue
            # userinfo before `@host` (a token, a user:password) is labelled by its own type and the host is not an address
            if typ == "EMAIL" and text[:m.start()].endswith("Message-ID: <"):
                continue  # an identifier, not a mailbox
            if typ == "EMAIL" and any(s < m.start() + v.find("@") <= e for s, e in covered):
                continue
            if not inside(m.start(), m.end()):
                bad.append((typ, v))
    for m in NAME_RX.finditer(text):
        if not inside(m.start(), m.end()):
            bad.append(("NAME", m.group(0)))
    return bad


def families(mod, prefix):
    return [(n, getattr(mod, n)) for n in sorted(dir(mod)) if n.startswith(prefix) and callable(getattr(mod, n))]


def check(text, ents, types, near, fam):
    assert all(ord(c) <= 0xFFFF for c in text), fam
    last = 0
    for e in sorted(ents, key=lambda e: e["start"]):
        v = text[e["start"]:e["end"]]
        assert e["type"] in types, (fam, e)
        assert v and v == v.strip(), (fam, repr(v))
        assert e["start"] >= last, (fam, "overlap", text)
        last = e["end"]
    assert (not ents) if near else ents, (fam, text[:300])
    bad = unlabelled(text, ents)
    assert not bad, (fam, bad[:5])


def build(seed, mods, per, prefix, types):
    out, seen = [], set()
    for mod, fp in mods:
        near = mod is fam_near
        for name, f in families(mod, fp):
            r = random.Random("%s/%s" % (seed, name))
            for k in range(per):
                for attempt in range(40):
                    text, ents = gen.T(f(r, k + attempt * 10))
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
    seed = int(os.environ.get("SEED", "181"))
    rec_p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "records.jsonl")
    ext_p = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "extra.jsonl")
    recs = build(seed, [(fam_sec, "f_"), (fam_pii, "p_"), (fam_near, "n_")], PER_FAMILY, "u18", TYPES)
    extra = build(seed, [(fam_extra, "x_")], PER_EXTRA, "u18x", TYPES | EXTRA_TYPES)
    for p, rows in ((rec_p, recs), (ext_p, extra)):
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    neg = sum(1 for x in recs if not x["entities"])
    long_ = sum(1 for x in recs if len(x["text"]) >= 10000)
    print("%d records (%d near-miss, %d of 10 KB or more), %d entities, %d characters; extra %d records, %d entities" % (
        len(recs), neg, long_, sum(len(x["entities"]) for x in recs), sum(len(x["text"]) for x in recs), len(extra), sum(len(x["entities"]) for x in extra)))


main()
