"""Shared helpers for the hx-NNN held-out incident generators (standard library only)."""
import hashlib
import json
import os
import random
import shutil
from datetime import datetime, timedelta, timezone

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SOURCE = "constructed for FaultMaven held-out evaluation"
LICENSE = "CC0-1.0"

HEALTHY = [
    "healthy", "no active failure", "no active issue*", "no current failure", "no ongoing",
    "no failure", "not an active", "not currently", "false positive", "false alarm",
    "self-resolved", "self resolved", "self-heal*", "recovered", "resolved", "stale alert",
    "stale", "no action", "no anomal*", "within normal", "normal operat*", "no issue*",
    "no problem*", "nothing wrong", "nothing is broken", "transient", "benign", "noise",
    "noisy", "expected",
]


def rng(seed):
    return random.Random(seed)


def utc(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)


def iso(dt, ms=False):
    if ms:
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def minutes(start, n):
    return [start + timedelta(minutes=i) for i in range(n)]


def csv_text(header, rows):
    out = [",".join('"%s"' % h if "," in h else h for h in header)]
    for r in rows:
        out.append(",".join(str(x) for x in r))
    return "\n".join(out) + "\n"


def write_incident(name, question, files, answer):
    d = os.path.join(ROOT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(os.path.join(d, "files"))
    with open(os.path.join(d, "question.txt"), "w") as f:
        f.write(question.strip() + "\n")
    for fn, content in files.items():
        if not isinstance(content, str):
            content = json.dumps(content, indent=2) + "\n"
        with open(os.path.join(d, "files", fn), "w") as f:
            f.write(content if content.endswith("\n") else content + "\n")
    answer = dict(answer)
    answer.setdefault("source", SOURCE)
    answer.setdefault("license", LICENSE)
    ordered = {k: answer[k] for k in ("root_cause", "required_keywords", "forbidden_keywords",
                                      "component", "category", "source", "license")}
    with open(os.path.join(d, "answer.json"), "w") as f:
        json.dump(ordered, f, indent=2)
        f.write("\n")


def am_webhook(alerts, receiver="oncall-pager", external="https://alertmanager.example.internal"):
    """Alertmanager webhook payload, version 4."""
    common = dict(alerts[0]["labels"])
    for a in alerts[1:]:
        common = {k: v for k, v in common.items() if a["labels"].get(k) == v}
    common_ann = dict(alerts[0]["annotations"]) if len(alerts) == 1 else {}
    full = []
    for a in alerts:
        full.append({
            "status": a.get("status", "firing"),
            "labels": a["labels"],
            "annotations": a["annotations"],
            "startsAt": a["startsAt"],
            "endsAt": a.get("endsAt", "0001-01-01T00:00:00Z"),
            "generatorURL": a.get("generatorURL", "http://prometheus.monitoring:9090/graph?g0.expr=" + a["labels"]["alertname"]),
            "fingerprint": a.get("fingerprint", hashlib.sha1((a["labels"]["alertname"] + a["startsAt"]).encode()).hexdigest()[:16]),
        })
    return {
        "receiver": receiver,
        "status": "firing" if any(a["status"] == "firing" for a in full) else "resolved",
        "alerts": full,
        "groupLabels": {"alertname": common.get("alertname", "")} if "alertname" in common else {},
        "commonLabels": common,
        "commonAnnotations": common_ann,
        "externalURL": external,
        "version": "4",
        "groupKey": "{}:{alertname=\"%s\"}" % common.get("alertname", "multi"),
        "truncatedAlerts": 0,
    }
