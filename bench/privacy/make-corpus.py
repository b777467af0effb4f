#!/usr/bin/env python3
"""Builds a large text for redaction throughput by repeating the texts of a labelled PII corpus with varied values:
inside every labelled span, letters and digits are replaced by random ones of the same class (so formats stay, values change;
cards and IBANs keep their values (check digits), structured tokens vary only their tail)."""
import argparse, json, random, string, sys

# Token kinds whose structure (prefix, base64 header, PEM armour) lives in their letters: only the tail is varied.
STRUCTURED = {"JWT", "PRIVATE_KEY", "SLACK_TOKEN", "API_KEY", "GITHUB_TOKEN", "AWS_ACCESS_KEY", "BASIC_AUTH"}

def vary(text, entities, rng):
    chars = list(text)
    for e in entities:
        start = e["start"] + ((e["end"] - e["start"]) * 2 // 3 if e["type"] in STRUCTURED else 0)
        if e["type"] in ("CREDIT_CARD", "IBAN"):
            continue  # check digits: varied values would no longer be cards or IBANs
        for i in range(start, e["end"]):
            c = chars[i]
            if c.isdigit():
                chars[i] = rng.choice(string.digits)
            elif c.isascii() and c.islower():
                chars[i] = rng.choice(string.ascii_lowercase)
            elif c.isascii() and c.isupper():
                chars[i] = rng.choice(string.ascii_uppercase)
    return "".join(chars)

def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus"); ap.add_argument("output"); ap.add_argument("--mb", type=float, default=100); ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    records = [json.loads(l) for l in open(a.corpus, encoding="utf-8") if l.strip()]
    rng = random.Random(a.seed)
    target = int(a.mb * 1024 * 1024)
    written = 0
    with open(a.output, "w", encoding="utf-8") as out:
        while written < target:
            r = rng.choice(records)
            text = vary(r["text"], r["entities"], rng) + "\n"
            out.write(text)
            written += len(text.encode("utf-8"))
    print(f"{a.output}: {written / 1048576:.1f} MB", file=sys.stderr)

if __name__ == "__main__":
    main()
