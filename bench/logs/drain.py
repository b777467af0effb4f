#!/usr/bin/env python3
"""A minimal Drain (He et al., ICWS'17), written for FaultMaven's benchmarks because PyPI (drain3) cannot be reached
from the build machines. It follows logpai/logparser's Drain: the usual masking of values (IPs, hex, numbers) before
tokenising on whitespace, a fixed-depth prefix tree (first level: token count; then the first depth-2 tokens, a token
with a digit going to the '<*>' child; at most max_children children per node), a similarity threshold on the
tokens that agree (st = 0.4, depth = 4, as drain3's defaults), and templates that turn differing tokens into '<*>'.

Usage: drain.py LOG [--out CSV]   — reads every line as the message (no header parsing, like drain3's default),
prints lines, clusters and the elapsed time; with --out writes LineId,EventId,EventTemplate.
"""
import re
import sys
import time

MASKS = [
    (re.compile(r"((?<=[^A-Za-z0-9])|^)(([0-9a-f]{2,}:){3,}([0-9a-f]{2,}))((?=[^A-Za-z0-9])|$)"), "<*>"),  # ids/MACs
    (re.compile(r"((?<=[^A-Za-z0-9])|^)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})((?=[^A-Za-z0-9])|$)"), "<*>"),  # IPv4
    (re.compile(r"((?<=[^A-Za-z0-9])|^)(0x[a-f0-9A-F]+)((?=[^A-Za-z0-9])|$)"), "<*>"),  # hex
    (re.compile(r"((?<=[^A-Za-z0-9])|^)([\-\+]?\d+)((?=[^A-Za-z0-9])|$)"), "<*>"),  # numbers
]


class Cluster:
    __slots__ = ("id", "tokens", "size")

    def __init__(self, cid, tokens):
        self.id, self.tokens, self.size = cid, tokens, 1


class Drain:
    def __init__(self, depth=4, st=0.4, max_children=100):
        self.depth, self.st, self.max_children = depth - 2, st, max_children
        self.root = {}
        self.clusters = []

    @staticmethod
    def preprocess(line):
        for regex, replacement in MASKS:
            line = regex.sub(replacement, line)
        return line.split()

    def add(self, line):
        tokens = self.preprocess(line)
        node = self.root.setdefault(len(tokens), {})
        for token in tokens[: self.depth]:
            if token in node:
                node = node[token]
                continue
            key = "<*>" if any(c.isdigit() for c in token) else token
            if key not in node and len(node) >= self.max_children:
                key = "<*>"
            node = node.setdefault(key, {})
        leaf = node.setdefault(None, [])
        best, best_sim, best_params = None, -1.0, -1
        for cluster in leaf:
            same = params = 0
            for a, b in zip(cluster.tokens, tokens):
                if a == "<*>":
                    params += 1
                elif a == b:
                    same += 1
            sim = same / len(tokens) if tokens else 1.0
            if sim > best_sim or (sim == best_sim and params > best_params):
                best, best_sim, best_params = cluster, sim, params
        if best is not None and best_sim >= self.st:
            best.tokens = [a if a == b else "<*>" for a, b in zip(best.tokens, tokens)]
            best.size += 1
            return best
        cluster = Cluster(len(self.clusters) + 1, tokens)
        self.clusters.append(cluster)
        leaf.append(cluster)
        return cluster


def main():
    path = sys.argv[1]
    out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
    drain = Drain()
    ids = []
    start = time.perf_counter()
    lines = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            cluster = drain.add(line.rstrip("\n"))
            lines += 1
            if out:
                ids.append(cluster.id)
    elapsed = time.perf_counter() - start
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write("LineId,EventId,EventTemplate\n")
            for i, cid in enumerate(ids, 1):
                text = " ".join(drain.clusters[cid - 1].tokens).replace('"', '""')
                f.write(f'{i},E{cid},"{text}"\n')
    print(f"drain.py: {lines} lines, {len(drain.clusters)} clusters, {elapsed:.2f} s, {lines / elapsed:,.0f} lines/s")


main()
