-- wrk script: POST with an empty body (session heartbeat).
wrk.method = "POST"
