-- wrk script: append a user turn to one case per request (each request a new turn, no idempotency key).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"role":"user","content":"p99 latency on /checkout jumped from 120 ms to 4 s at 09:12 UTC"}'
