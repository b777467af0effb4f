#!/usr/bin/env python3
"""A team's share of the embedding backlog across a restart, start vs a build: `fm serve` from DLL on PORT with FM_AUTH=required (engineers
may write knowledge: FM_KB_WRITERS=admin,engineer; one engineer key in team red, one in blue), an
embedder that never answers (FM_EMBEDDINGS=remote at a closed port, so every chunk stays waiting) and FM_KB_CHUNK_CHARS=200. The red
team imports a document of ~12,000 chunks; the server is stopped and started again on the same data directory; red imports another
~12,000 chunks (together past its 20,000 share), then blue does. Prints each answer and the chunks waiting after it
(GET /api/v1/knowledge/status). Usage: embedding-share-restart.py DLL PORT"""
import json, os, shutil, subprocess, sys, tempfile, time, urllib.request, urllib.error
dll, port = sys.argv[1], int(sys.argv[2])
data = tempfile.mkdtemp(prefix="share-restart-")
admin = "fm_bootstrap" + "0123456789abcdef" * 3
env = dict(os.environ, FM_AUTH="required", FM_BOOTSTRAP_ADMIN_KEY=admin, FM_KB_WRITERS="admin,engineer", FM_EMBEDDINGS="remote", FM_EMBEDDINGS_URL="http://127.0.0.1:9/v1",
           FM_KB_CHUNK_CHARS="200", FM_DATA_WARMUP="false", FM_MAX_REQUEST_BODY_BYTES=str(8 << 20), FM_RATE_LIMIT_PER_MINUTE="0",
           FM_RATE_LIMIT_CREATE_PER_MINUTE="0")
base = f"http://127.0.0.1:{port}"

def start():
    server = subprocess.Popen(["dotnet", dll, "serve", "--port", str(port), "--data-dir", data], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/health/live", timeout=2)
            return server
        except Exception:
            time.sleep(0.5)
    raise SystemExit("the server did not start")

def runbook(name, sections):
    return f"# {name} handbook\n\n" + "".join(f"## Step {i}\n\nRestart the {name} worker pool {i}, drain its queue and check the depth of every partition before paging the owner.\n\n" for i in range(sections))

def call(key, method, path, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", "Authorization": "Bearer " + key})
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")

def waiting():
    _, s = call(admin, "GET", "/api/v1/knowledge/status")
    return s["chunks"] - s["chunksWithVectors"]

def step(label, key, method, path, body):
    status, answer = call(key, method, path, body)
    what = f"{answer.get('chunks')} chunks" if status < 300 else (answer.get("detail") or "")[:110]
    print(f"{label}: {status} ({what}); chunks waiting now {waiting():,}")

server = start()
try:
    red = call(admin, "POST", "/api/v1/admin/api-keys", {"name": "alice", "role": "engineer", "team": "red"})[1]["key"]
    blue = call(admin, "POST", "/api/v1/admin/api-keys", {"name": "bob", "role": "engineer", "team": "blue"})[1]["key"]
    step("red POST 12,000 sections", red, "POST", "/api/v1/knowledge/documents", {"id": "rb-first", "text": runbook("first", 12000)})
    server.terminate(); server.wait()
    server = start()
    print(f"restarted; chunks waiting now {waiting():,}")
    step("red POST 12,000 sections", red, "POST", "/api/v1/knowledge/documents", {"id": "rb-second", "text": runbook("second", 12000)})
    step("blue POST 12,000 sections", blue, "POST", "/api/v1/knowledge/documents", {"id": "rb-blue", "text": runbook("blue", 12000)})
finally:
    server.terminate(); server.wait()
    shutil.rmtree(data, ignore_errors=True)
