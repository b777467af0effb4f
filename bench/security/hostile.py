#!/usr/bin/env python3
"""Fires hostile inputs at a FaultMaven server and reports, per input, the status, the time and the server's peak memory.

Starts its own server (./fm serve on a free loopback port over a throwaway data directory) unless --url is given with --pid.
Every input is built here: PDF and gzip bombs, inputs that are quadratic for naive parsers, floods of content reads, a small
paste behind large uploads. Standard library only.

  bench/security/hostile.py [--only NAME,...] [--keep]
"""
import argparse
import base64
import concurrent.futures
import gzip
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Memory:
    """Samples the server's resident memory every 20 ms; peak() is the highest since the last reset()."""

    def __init__(self, pid):
        self.pid, self._peak, self._stop = pid, 0, False
        threading.Thread(target=self._run, daemon=True).start()

    def rss(self):
        try:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            return 0
        return 0

    def _run(self):
        while not self._stop:
            self._peak = max(self._peak, self.rss())
            time.sleep(0.02)

    def reset(self):
        self._peak = self.rss()

    def peak(self):
        return self._peak


class Client:
    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        self.host, self.port = u.hostname, u.port

    def request(self, method, path, body=None, headers=None, timeout=300):
        c = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            data = r.read()
            return r.status, data
        except (TimeoutError, socket.timeout):
            return "timeout", b""
        except (ConnectionError, http.client.HTTPException) as e:
            return f"conn:{type(e).__name__}", b""
        finally:
            c.close()

    def json(self, method, path, obj):
        s, d = self.request(method, path, json.dumps(obj).encode(), {"Content-Type": "application/json"})
        return s, json.loads(d) if d[:1] in (b"{", b"[") else d

    def new_case(self):
        s, session = self.json("POST", "/api/v1/sessions", {})
        s, case = self.json("POST", "/api/v1/cases", {"title": "hostile input", "session_id": session["id"]})
        if s != 201:
            s, case = self.json("POST", "/api/v1/cases", {"title": "hostile input"})
        return case["id"]

    def upload_multipart(self, case, data, filename, timeout=300):
        boundary = "hostileboundary7d1"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
        return self.request("POST", f"/api/v1/cases/{case}/data", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}, timeout)

    def upload(self, case, data, filename, timeout=300):
        return self.request("POST", f"/api/v1/cases/{case}/data?filename={urllib.parse.quote(filename)}", data,
                            {"Content-Type": "application/octet-stream"}, timeout)

    def import_document(self, data, filename, timeout=300):
        boundary = "hostileboundary7d1"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
        return self.request("POST", "/api/v1/knowledge/documents", body,
                            {"Content-Type": f"multipart/form-data; boundary={boundary}"}, timeout)


# ---- the inputs ----

def pdf_bomb(expanded=700 * 1024 * 1024):
    """A one-page PDF whose content stream inflates to `expanded` bytes of spaces (deflate's best ratio is about 1:1000)."""
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    stream = b"".join(z.compress(chunk) for _ in range(expanded >> 20)) + z.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def gzip_bomb(expanded=4 * 1024 ** 3):
    """Concatenated gzip members of a repeated log line: about 1 MB of gzip per GB of text."""
    line = b"2026-12-05T01:00:00Z INFO worker heartbeat ok\n"
    member = gzip.compress(line * ((64 << 20) // len(line)), 9)
    return member * (expanded // (64 << 20))


def pem_headers(size=1 << 20):
    line = b"-----BEGIN PRIVATE KEY-----\n"
    return line * (size // len(line))


def base64_begins(size=1 << 20):
    word = base64.b64encode(b"-----BEGIN") + b" "
    return word * (size // len(word))


def html_scripts(count=25000):
    return b"<html><body>" + b"<script>x=1;" * count + b"</body></html>"


def log_lines(size):
    line = b"2026-12-05T01:00:%02d.000Z ERROR payment-api upstream timeout after 3000 ms host=10.0.%d.%d user=alice@example.com\n"
    out, i = bytearray(), 0
    while len(out) < size:
        out += line % (i % 60, (i >> 8) & 255, i & 255)
        i += 1
    return bytes(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="a running server (with --pid); default: start one")
    ap.add_argument("--pid", type=int, help="the running server's process id, for its memory")
    ap.add_argument("--only", help="comma-separated input names")
    ap.add_argument("--keep", action="store_true", help="keep the data directory")
    args = ap.parse_args()

    proc, data_dir = None, None
    if args.url:
        url, pid = args.url, args.pid
    else:
        data_dir = tempfile.mkdtemp(prefix="fm-hostile-")
        port = free_port()
        env = dict(os.environ, FM_LOG_LEVEL="Warning", FM_MAX_UPLOAD_BYTES=str(64 << 20))
        proc = subprocess.Popen([os.path.join(ROOT, "fm"), "serve", "--port", str(port), "--data-dir", data_dir],
                                env=env, stdout=subprocess.DEVNULL, stderr=sys.stderr)
        url, pid = f"http://127.0.0.1:{port}", proc.pid
        for _ in range(600):
            try:
                if Client(url).request("GET", "/health/live", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
    memory = Memory(pid) if pid else None
    client = Client(url)
    results = []

    def measure(name, size, action):
        if args.only and name not in args.only.split(",") and name != "upload-50mb":
            return
        time.sleep(1)
        if memory:
            memory.reset()
        before = memory.rss() if memory else 0
        started = time.monotonic()
        status, detail = action()
        elapsed = time.monotonic() - started
        alive = client.request("GET", "/health/live", timeout=10)[0] == 200
        results.append((name, size, status, elapsed, before, memory.peak() if memory else 0, alive, detail))
        print(f"{name:<22} {size / 1e6:8.2f} MB  status {status!s:<8} {elapsed:7.2f} s  rss {before / 2**20:6.0f} -> peak "
              f"{(memory.peak() if memory else 0) / 2**20:6.0f} MiB  alive={alive}  {detail}", flush=True)

    def problem(status, body):
        try:
            return status, json.loads(body).get("detail", "")[:110]
        except (ValueError, AttributeError):
            return status, ""

    case = client.new_case()

    pdf = pdf_bomb()
    measure("pdf-bomb", len(pdf), lambda: problem(*client.import_document(pdf, "bomb.pdf")))
    del pdf
    bomb = gzip_bomb()
    measure("gzip-bomb", len(bomb), lambda: problem(*client.upload(case, bomb, "app.log.gz")))
    del bomb
    for name, make in (("pem-headers", pem_headers), ("base64-begins", base64_begins)):
        data = make()
        measure(name, len(data), lambda d=data, n=name: problem(*client.upload(case, d, n + ".log")))
    html = html_scripts()
    measure("html-scripts", len(html), lambda: problem(*client.import_document(html, "scripts.html")))
    nested = b"<div>" * 200_000 + b"text"
    measure("html-nested", len(nested), lambda: problem(*client.import_document(nested, "nested.html")))
    flow = b"[" * 100_000 + b"]" * 100_000 + b"\n"
    measure("yaml-nested", len(flow), lambda: problem(*client.import_document(flow, "nested.yaml")))
    measure("filename-traversal", 20, lambda: (lambda s, b: (s, json.loads(b).get("fileName", "")[:60] if s in (200, 201) else b[:80]))(
        *client.upload_multipart(case, b"ERROR one line\n", "../../etc/passwd")))
    measure("filename-100k", 100_000, lambda: (lambda s, b: (s, len(json.loads(b).get("fileName") or "") if s in (200, 201) else b[:80]))(
        *client.upload_multipart(case, b"ERROR another line\n", "a" * 100_000)))

    # A small paste to another case while two large uploads are being processed.
    def paste_behind_large():
        big = log_lines(40 << 20)
        other = client.new_case()
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            large = [pool.submit(client.upload, client.new_case(), big + bytes([65 + i]), f"big{i}.log") for i in range(2)]
            time.sleep(1.5)
            started = time.monotonic()
            status, _ = client.upload(other, b"ERROR db timeout\n", "paste.txt", timeout=60)
            small = time.monotonic() - started
            [f.result() for f in large]
        return status, f"small paste answered in {small:.2f} s behind two 40 MB uploads"
    measure("paste-behind-large", 80 << 20, paste_behind_large)

    # 30 concurrent reads of a 50 MB upload's content (JSON with its redaction ranges: an e-mail address on every line).
    stored = {}

    def upload_fifty():
        s, body = client.upload(case, log_lines(50 << 20), "fifty.log")
        stored["id"] = json.loads(body)["id"] if s == 201 else None
        return s, ""

    def concurrent_reads():
        if not stored.get("id"):
            return "skipped", "the upload failed"
        with concurrent.futures.ThreadPoolExecutor(30) as pool:
            statuses = list(pool.map(lambda _: client.request("GET", f"/api/v1/cases/{case}/data/{stored['id']}/content", timeout=300)[0], range(30)))
        return statuses[0], f"{statuses.count(200)}/30 reads ok"
    if not args.only or "content-reads-x30" in args.only.split(","):
        measure("upload-50mb", 50 << 20, upload_fifty)
        measure("content-reads-x30", 50 << 20, concurrent_reads)

    if proc:
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
        leftovers = [f for f in os.listdir(os.path.join(data_dir, "uploads", "tmp"))] if os.path.isdir(os.path.join(data_dir, "uploads", "tmp")) else []
        print(f"temporary files left after shutdown: {len(leftovers)}")
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)
    return 0 if all(r[6] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
