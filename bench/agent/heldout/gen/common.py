"""Shared helpers for the FaultMaven held-out incident generators."""
import json, os, random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HEALTHY = [
    "healthy", "no active failure", "no active issue*", "no current failure", "no ongoing",
    "no failure", "not an active", "not currently", "no longer", "false positive", "false alarm",
    "self-resolved", "self resolved", "self-heal*", "recovered", "recovery", "resolved", "stale",
    "no action", "no anomal*", "within normal", "normal operat*", "back to normal", "no issue*",
    "no problem*", "nothing wrong", "nothing is broken", "transient", "benign", "noise", "noisy",
    "already cleared", "cleared",
]


def write(inc, rel, text):
    path = os.path.join(ROOT, inc, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not text.endswith("\n"):
        text += "\n"
    with open(path, "w") as f:
        f.write(text)


def question(inc, q):
    write(inc, "question.txt", q.strip())


def answer(inc, root_cause, required, forbidden, component, category):
    data = {
        "root_cause": root_cause,
        "required_keywords": required,
        "forbidden_keywords": forbidden,
        "component": component,
        "category": category,
        "source": "constructed for FaultMaven held-out evaluation",
        "license": "CC0-1.0",
    }
    write(inc, "answer.json", json.dumps(data, indent=2))


def dedent(s):
    import textwrap
    return textwrap.dedent(s).lstrip("\n")
