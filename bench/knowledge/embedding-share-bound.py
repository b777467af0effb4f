#!/usr/bin/env python3
"""A team's share of the embedding backlog (20,000 chunks), start vs a build: `fm serve` from DLL on PORT over a new data directory with
an embedder that never answers (FM_EMBEDDINGS=remote at a closed port, so every chunk stays waiting) and FM_KB_CHUNK_CHARS=200. One
caller (no sign-in) imports a document of ~12,000 chunks, then one of ~8,000 (together past the share), then replaces a small document
with the 8,000-chunk text, then sends a document of ~20,100 chunks; prints each answer and the chunks waiting after it
(GET /api/v1/knowledge/status: chunks less chunksWithVectors). Usage: embedding-share-bound.py DLL PORT"""
import json, os, shutil, subprocess, sys, tempfile, time, urllib.request, urllib.error
dll, port = sys.argv[1], int(sys.argv[2])
data = tempfile.mkdtemp(prefix="share-bound-")
env = dict(os.environ, FM_EMBEDDINGS="remote", FM_EMBEDDINGS_URL="http://127.0.0.1:9/v1", FM_KB_CHUNK_CHARS="200",
           FM_DATA_WARMUP="false", FM_MAX_REQUEST_BODY_BYTES=str(8 << 20), FM_RATE_LIMIT_PER_MINUTE="0", FM_RATE_LIMIT_CREATE_PER_MINUTE="0")
server = subprocess.Popen(["dotnet", dll, "serve", "--port", str(port), "--data-dir", data], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{port}"

def runbook(name, sections):
    return f"# {name} handbook\n\n" + "".join(f"## Step {i}\n\nRestart the {name} worker pool {i}, drain its queue and check the depth of every partition before paging the owner.\n\n" for i in range(sections))

def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")

def waiting():
    _, s = call("GET", "/api/v1/knowledge/status")
    return s["chunks"] - s["chunksWithVectors"]

try:
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/health/live", timeout=2); break
        except Exception:
            time.sleep(0.5)
    steps = [("POST small", "POST", "/api/v1/knowledge/documents", {"id": "rb-small", "text": "# Disk full\n\nRotate the logs."}),
             ("POST 12,000 sections", "POST", "/api/v1/knowledge/documents", {"id": "rb-first", "text": runbook("first", 12000)}),
             ("POST 8,050 sections", "POST", "/api/v1/knowledge/documents", {"id": "rb-second", "text": runbook("second", 8050)}),
             ("PUT small with 8,050 sections", "PUT", "/api/v1/knowledge/documents/rb-small", {"text": runbook("third", 8050)}),
             ("POST 20,100 sections", "POST", "/api/v1/knowledge/documents", {"id": "rb-huge", "text": runbook("huge", 20100)})]
    for label, method, path, body in steps:
        status, answer = call(method, path, body)
        what = f"{answer.get('chunks')} chunks" if status < 300 else (answer.get("detail") or "")[:90]
        print(f"{label}: {status} ({what}); chunks waiting now {waiting():,}")
finally:
    server.terminate(); server.wait()
    shutil.rmtree(data, ignore_errors=True)
