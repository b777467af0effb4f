#!/usr/bin/env python3
"""Writes the kinds check set: one small log per kind of mining failure, with its ground truth in the Loghub CSV format.

Each log mixes statements the miner must merge (a value place) with statements it must keep apart (different statements
that differ in one word), for one kind: two-valued places framed as values; UPPER_CASE places that vary alone against state
machines; framed first words; one address against a list of two; the "[MM.DD HH:MM:SS] prog - msg" header (scored with the
layout detected). The programs and words are made up for this set (a load balancer, a storage daemon, an IMAP server, a
cluster manager, a scheduler, a proxy); none is taken from bench/logs/unseen or the shared data. Deterministic (seeded).

Usage: bench/logs/kinds/make-kinds.py [OUT_DIR]   (default: the folder of this script)
"""
import csv
import json
import os
import random
import sys

rng = random.Random(20261205)


def ip():
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def num(lo, hi):
    return lambda: str(rng.randint(lo, hi))


def pick(*words, weights=None):
    return lambda: rng.choices(words, weights=weights)[0]


def user():
    return rng.choice(["alice", "bob", "carol", "dave", "erin", "frank", "grace"])


# A statement: its text with {} slots, the slot fillers, and whether each slot is a value in the ground truth.
def S(text, *slots, weight=1):
    return {"text": text, "slots": slots, "weight": weight}


def V(filler):
    return (filler, True)


def K(word):
    return (lambda: word, False)


def render(statement):
    values, template = [], []
    for filler, is_value in statement["slots"]:
        v = filler()
        values.append(v)
        template.append("<*>" if is_value else v)
    return statement["text"].format(*values), statement["text"].format(*template)


SYSLOG = "<Month> <Date> <Time> <Host> <Component>\\[<PID>\\]: <Content>"


def syslog_header(program):
    return lambda i: f"Mar {15 + i // 400:2d} {10 + i // 60 % 12:02d}:{i % 60:02d}:{rng.randint(0, 59):02d} node{rng.randint(1, 4)} {program}[{rng.randint(100, 9999)}]: "


def framed_pair():
    statements = [
        # value places framed by brackets, quotes, or a key: two values are enough
        S("pool member ({}) marked healthy after {} checks", V(pick("primary", "standby")), V(num(1, 9)), weight=3),
        S("volume {} mode set to '{}'", V(num(1, 40)), V(pick("readonly", "readwrite")), weight=3),
        S("tunnel {} state= {} since boot", V(num(1, 9)), V(pick("up", "down")), weight=2),
        S("replica {} elected role={} in term {}", V(num(1, 9)), V(pick("leader", "follower")), V(num(1, 99)), weight=2),
        # different statements that differ in one bare word: stay apart
        S("cache written as json to disk in {} ms", V(num(1, 900)), weight=2),
        S("cache written as yaml to disk in {} ms", V(num(1, 900)), weight=1),
        S("backend {} removed by operator", V(num(1, 50)), weight=1),
        S("backend {} removed by healthcheck", V(num(1, 50)), weight=1),
        S("proxy request \"GET /api/items HTTP/1.1\" took {} ms", V(num(1, 500)), weight=2),
        S("proxy request \"POST /api/items HTTP/1.1\" took {} ms", V(num(1, 500)), weight=1),
    ]
    return "FramedPair", statements, syslog_header("lbd"), SYSLOG


def upper_alone():
    statements = [
        # a protocol step in one place, varying alone: a value
        S("client {} dropped during {} command", V(ip), V(pick("IDLE", "FETCH", "SEARCH", "APPEND", weights=[5, 3, 2, 1])), weight=4),
        S("transfer aborted in {} mode after {} bytes", V(pick("PASV", "EPSV", "PORT")), V(num(1, 99999)), weight=3),
        # a state machine: the two places change in step, each transition a statement
        S("node {} moved from OFFLINE to ONLINE", V(num(1, 30)), weight=2),
        S("node {} moved from ONLINE to DEGRADED", V(num(1, 30)), weight=2),
        S("node {} moved from ONLINE to DRAINING", V(num(1, 30)), weight=1),
        S("node {} moved from ONLINE to OFFLINE", V(num(1, 30)), weight=1),
        S("node {} moved from DEGRADED to ONLINE", V(num(1, 30)), weight=1),
        # enum members in SCREAMING_SNAKE: statements
        S("scheduler handled event TASK_ADDED in {} ms", V(num(1, 99)), weight=2),
        S("scheduler handled event TASK_REMOVED in {} ms", V(num(1, 99)), weight=1),
        S("scheduler handled event TASK_UPDATED in {} ms", V(num(1, 99)), weight=1),
    ]
    return "UpperAlone", statements, syslog_header("clusterd"), SYSLOG


def first_word():
    statements = [
        S("({}) RUN (rotate --keep {})", V(pick("backup", "www", "postgres")), V(num(1, 30)), weight=4),
        S("<{}> quota check passed for {} files", V(user), V(num(1, 9999)), weight=2),
        # bare first words: each a statement
        S("onPause called on view {}", V(num(1, 999)), weight=2),
        S("onResume called on view {}", V(num(1, 999)), weight=2),
        S("mount succeeded for volume {}", V(num(1, 99)), weight=1),
        S("unmount succeeded for volume {}", V(num(1, 99)), weight=1),
    ]
    return "FirstWord", statements, syslog_header("cronx"), SYSLOG


def arity():
    statements = [
        S("request from {} accepted for {}", V(ip), V(user), weight=4),
        S("request from {},{} accepted for {}", V(ip), V(ip), V(user), weight=1),
        S("upstream {}:{} marked down", V(ip), V(num(1024, 65535)), weight=2),
        S("upstream {} marked down", V(ip), weight=1),
    ]
    return "Arity", statements, syslog_header("edgeproxy"), SYSLOG


def bracketed():
    statements = [
        S("{}:{} connect via gateway {}:{} ok", V(ip), V(num(1, 65535)), V(ip), V(num(1, 65535)), weight=4),
        S("{}:{} closed, {} bytes up, {} bytes down", V(ip), V(num(1, 65535)), V(num(1, 99999)), V(num(1, 99999)), weight=3),
        S("{}:{} refused by gateway, code {}", V(ip), V(num(1, 65535)), V(num(400, 599)), weight=1),
        S("gateway list reloaded, {} entries", V(num(1, 99)), weight=1),
    ]

    def header(i):
        program = rng.choice(["mail.exe", "sync.exe", "updater.exe", "game.bin"])
        return f"[{3 + i // 200:02d}.{11 + i // 100 % 17:02d} {8 + i // 60 % 12:02d}:{i % 60:02d}:{rng.randint(0, 59):02d}] {program} - "

    return "Bracketed", statements, header, "\\[<Date> <Time>\\] <Program> - <Content>"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    formats = {}
    for make in (framed_pair, upper_alone, first_word, arity, bracketed):
        name, statements, header, log_format = make()
        lines = 300
        weights = [s["weight"] for s in statements]
        ids, rows, logs = {}, [], []
        for i in range(lines):
            content, template = render(rng.choices(statements, weights=weights)[0])
            event = ids.setdefault(template, f"E{len(ids) + 1}")
            rows.append([i + 1, content, event, template])
            logs.append(header(i) + content)
        folder = os.path.join(out, name)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{name}_2k.log"), "w", encoding="utf-8") as f:
            f.write("\n".join(logs) + "\n")
        with open(os.path.join(folder, f"{name}_2k.log_structured.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
            w.writerows(rows)
        counts = {}
        for row in rows:
            counts[row[3]] = counts.get(row[3], 0) + 1
        with open(os.path.join(folder, f"{name}_2k.log_templates.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["EventId", "EventTemplate", "Occurrences"])
            for template, event in ids.items():
                w.writerow([event, template, counts[template]])
        formats[name] = {"log_format": log_format, "lines": lines, "gt_templates": len(ids)}
    with open(os.path.join(out, "formats.json"), "w", encoding="utf-8") as f:
        json.dump({"_about": "Written by make-kinds.py; log_format in the Loghub syntax.", "datasets": formats}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
