#!/usr/bin/env python3
"""Scores what the model's first request carries, for bench/agent/context.sh.

For each incident: does the text of FaultMaven's first recorded request (the messages' contents) contain every required keyword
group of the incident's rubric? The same question for the naive baseline: the question + the first 96,000 characters of the raw
files concatenated. Keyword matching is incident_eval.py's own (imported, not copied).

Usage: first_request.py INCIDENTS RECORDS_DIR [--budget-chars 96000]
RECORDS_DIR/<name>/0001.json is the first request fake_llm.py recorded for incident <name>.
"""
import argparse, json, os, sys

sys.path.insert(0, "/work/shared/tools")
import incident_eval  # noqa: E402


def request_text(path):
    with open(path, encoding="utf-8") as f:
        body = json.load(f)
    parts = []
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(p.get("text", "") for p in content if isinstance(p, dict))
    return "\n".join(parts), len(json.dumps(body, ensure_ascii=False))


def naive_text(scenario, budget):
    with open(os.path.join(scenario, "question.txt"), encoding="utf-8") as f:
        question = f.read()
    raw, folder = [], os.path.join(scenario, "files")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
            raw.append(f.read())
    return question + "\n" + "".join(raw)[:budget]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("incidents")
    ap.add_argument("records")
    ap.add_argument("--budget-chars", type=int, default=96000)
    a = ap.parse_args()
    rows, ours_pass, naive_pass = [], 0, 0
    names = sorted(d for d in os.listdir(a.incidents) if os.path.isfile(os.path.join(a.incidents, d, "answer.json")))
    for name in names:
        with open(os.path.join(a.incidents, name, "answer.json"), encoding="utf-8") as f:
            groups = json.load(f)["required_keywords"]
        first = os.path.join(a.records, name, "0001.json")
        if os.path.exists(first):
            text, body = request_text(first)
            ours = not incident_eval.missing_groups(incident_eval.normalise(text), groups)
        else:
            text, body, ours = "", 0, False
        naive = naive_text(os.path.join(a.incidents, name), a.budget_chars)
        base = not incident_eval.missing_groups(incident_eval.normalise(naive), groups)
        ours_pass += ours
        naive_pass += base
        rows.append((name, ours, len(text), (len(text) + 3) // 4, body, base, len(naive)))
    print(f"{'incident':<12} {'ours':<5} {'chars':>7} {'tokens':>7} {'body':>7}   {'naive':<5} {'chars':>7}")
    for name, ours, chars, tokens, body, base, nchars in rows:
        print(f"{name:<12} {'pass' if ours else 'FAIL':<5} {chars:>7} {tokens:>7} {body:>7}   {'pass' if base else 'FAIL':<5} {nchars:>7}")
    n = len(rows)
    print(f"\nfirst request carries the root cause's words: ours {ours_pass}/{n} = {ours_pass / n:.2f}; "
          f"naive (question + first {a.budget_chars} chars) {naive_pass}/{n} = {naive_pass / n:.2f}")
    print(f"largest first request: {max(r[2] for r in rows)} chars of message text, {max(r[4] for r in rows)} chars of JSON body "
          "(tokens = chars / 4)")


if __name__ == "__main__":
    main()
