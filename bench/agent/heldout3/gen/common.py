"""Shared helpers for the held-out set 3 generators (standard library only, deterministic)."""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone

UTC = timezone.utc

# Phrases an SRE uses to say "nothing is broken right now" (for the healthy-category rubrics).
HEALTHY = [
    "healthy", "no active failure", "no active issue*", "no current failure", "no ongoing",
    "no failure", "not an active", "not currently", "false positive", "false alarm",
    "self-resolved", "self resolved", "self-heal*", "recovered", "resolved", "stale",
    "no action", "no anomal*", "within normal", "normal operat*", "no issue*", "no problem*",
    "nothing wrong", "nothing is broken", "transient", "benign", "noise", "noisy",
    "back to normal", "returned to normal", "no longer",
]

SOURCE = "constructed for FaultMaven held-out set 3 (bench/agent/heldout3/gen), written without reading the engine"
LICENSE = "constructed (project-internal)"


def out_root():
    """The runner copies gen/ to <set>/_gen and runs make_all.py there: incidents go to the parent."""
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.dirname(here)


def ts(dt, fmt="iso"):
    if fmt == "iso":
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    if fmt == "isoms":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)
    return dt.strftime(fmt)


def dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)


def jl(obj):
    return json.dumps(obj, separators=(", ", ": "))


def table(rows, sep="   "):
    """Left-aligned columns like kubectl output. rows[0] is the header."""
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [str(c).ljust(widths[i]) for i, c in enumerate(r)]
        lines.append(sep.join(cells).rstrip())
    return "\n".join(lines) + "\n"


def write_incident(name, question, files, answer):
    root = os.path.join(out_root(), name)
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(os.path.join(root, "files"))
    with open(os.path.join(root, "question.txt"), "w", encoding="utf-8") as f:
        f.write(question.strip() + "\n")
    for fname, content in files.items():
        with open(os.path.join(root, "files", fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(content if content.endswith("\n") else content + "\n")
    full = {
        "root_cause": answer["root_cause"],
        "required_keywords": answer["required_keywords"],
        "forbidden_keywords": answer.get("forbidden_keywords", []),
        "component": answer["component"],
        "category": answer["category"],
        "source": SOURCE,
        "license": LICENSE,
    }
    with open(os.path.join(root, "answer.json"), "w", encoding="utf-8") as f:
        json.dump(full, f, indent=2)
        f.write("\n")
    return root


__all__ = ["UTC", "HEALTHY", "out_root", "ts", "dt", "jl", "table", "write_incident", "timedelta", "datetime"]
