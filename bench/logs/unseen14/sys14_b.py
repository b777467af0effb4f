"""Statements of the fourteenth blind set, second half: Uvicorn, PM2, Courier, Authelia, Autosys, Firecracker, LenovoXCC,
Terraform."""
import datetime

import values14 as V
from values14 import SHAPES, hexs

S = SHAPES


# ---------------------------------------------------------------- Uvicorn (FastAPI app), default log config: no stamp
S["statusphrase"] = lambda r, ts: r.choice(["200 OK", "200 OK", "201 Created", "204 No Content", "307 Temporary Redirect",
                                            "404 Not Found", "422 Unprocessable Entity", "500 Internal Server Error"])
S["pyfiles"] = lambda r, ts: ", ".join(f"'{p}'" for p in r.sample(["app/main.py", "app/routers/orders.py", "app/db.py",
                                                                     "app/models/user.py", "tests/test_api.py"], r.randint(1, 3)))
S["pgerr"] = lambda r, ts: r.choice(["Connection refused",
                                     "FATAL:  password authentication failed for user \"app\"",
                                     "server closed the connection unexpectedly", "timeout expired"])
S["sqlerr"] = lambda r, ts: r.choice(["dial tcp 10.0.0.7:5432: connect: connection refused",
                                     'pq: password authentication failed for user \\"authelia\\"', "driver: bad connection"])
S["ws"] = lambda r, ts: r.choice(["/ws", "/ws/notifications", f"/ws/chat/{r.randint(1, 999)}"])

UVICORN = {
    "about": "Uvicorn 0.25 serving a FastAPI app with its default log config: `LEVEL:` padded to 9, no time stamp; access "
             "lines with the status code and its phrase",
    "log_format": "<Level>: <Content>",
    "start": datetime.datetime(2026, 12, 7, 8, 0, 0, 0),
    "gap_ms": 400,
    "header": lambda r, ts, level, comp: (level + ":").ljust(9) + " ",
    "statements": [
        ("INFO", "", '{ip}:{port} - "{method} {uri} HTTP/{=1.1|1.0}" {statusphrase}'),
        ("INFO", "", "Started server process [{int}]", 3),
        ("INFO", "", "Waiting for application startup.", 3),
        ("INFO", "", "Application startup complete.", 3),
        ("INFO", "", "Uvicorn running on http://{=0.0.0.0|127.0.0.1}:{port} (Press CTRL+C to quit)", 3),
        ("INFO", "", "Shutting down", 2),
        ("INFO", "", "Waiting for application shutdown.", 2),
        ("INFO", "", "Application shutdown complete.", 2),
        ("INFO", "", "Finished server process [{int}]", 2),
        ("WARNING", "", "Invalid HTTP request received."),
        ("ERROR", "", "Exception in ASGI application"),
        ("INFO", "", '{ip}:{port} - "WebSocket {ws}" [accepted]'),
        ("INFO", "", "connection open"),
        ("INFO", "", "connection closed"),
        ("WARNING", "", "Unsupported upgrade request."),
        ("WARNING", "", "WatchFiles detected changes in {pyfiles}. Reloading..."),
        ("INFO", "", "Started reloader process [{int}] using {=WatchFiles|StatReload}", 2),
        ("ERROR", "", 'Database error: (psycopg2.OperationalError) connection to server at "{host}" ({ip}), port {port} '
                      "failed: {pgerr}"),
        ("INFO", "", "order {int} created for customer {uuid} in {float} ms"),
        ("WARNING", "", "rate limit exceeded for {ip}: {n} requests in {secs}"),
    ],
}


# ---------------------------------------------------------------- PM2 (`pm2 logs --timestamp`): daemon and Node apps
S["pmapp"] = lambda r, ts: r.choice(["api", "worker", "web-ssr", "cron-jobs"])
S["clen"] = lambda r, ts: r.choice(["-", str(r.randint(2, 99999))])
S["clfdate"] = lambda r, ts: ts.strftime("%d/%b/%Y:%H:%M:%S +0000")
S["ua"] = lambda r, ts: r.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                                  "curl/8.4.0", "kube-probe/1.28", "Go-http-client/1.1", "-"])
S["ref"] = lambda r, ts: r.choice(["-", "https://shop.acme.io/cart", "https://www.google.com/"])
S["jserr"] = lambda r, ts: r.choice(["TypeError: Cannot read properties of undefined (reading 'id')",
                                     "MongoServerSelectionError: connection timed out",
                                     "Error: Request failed with status code 502", "SequelizeConnectionError: too many clients already"])
S["jobname"] = lambda r, ts: r.choice(["send-email", "resize image", "sync:inventory", "nightly report"])
S["cachekey"] = lambda r, ts: r.choice([f"user:{r.randint(1, 99999)}", f"product:{hexs(r, 8)}:v2", "homepage", f"sess:{hexs(r, 16)}"])

_PMID = {"api": 0, "worker": 1, "web-ssr": 2, "cron-jobs": 3}


def pm2_header(r, ts, level, comp):
    name = "PM2" if comp == "PM2" else f"{_PMID[comp]}|{comp}"
    return f"{name:<11} | {ts:%Y-%m-%dT%H:%M:%S}: "


_APPS = "api|worker|web-ssr|cron-jobs"
PM2 = {
    "about": "PM2 5.3 `pm2 logs --timestamp` output pasted from a terminal: id|app padded to 11, a pipe, the stamp with a "
             "colon, then the daemon's `PM2 log:` lines or the apps' own output (morgan dev and combined lines, errors)",
    "log_format": "<App> \\| <Time>: <Content>",
    "start": datetime.datetime(2026, 12, 7, 7, 20, 0, 0),
    "gap_ms": 700,
    "header": pm2_header,
    "statements": [
        ("", "PM2", "PM2 log: App [{pmapp}:{n}] online"),
        ("", "PM2", "PM2 log: App [{pmapp}:{n}] exited with code [{n}] via signal [{=SIGINT|SIGTERM|SIGKILL}]"),
        ("", "PM2", "PM2 log: App [{pmapp}:{n}] starting in -{=fork|cluster} mode-"),
        ("", "PM2", "PM2 log: App name:{pmapp} id:{n} disconnected"),
        ("", "PM2", 'PM2 log: Script {path} had too many unstable restarts ({n}). Stopped. "errored"'),
        ("", "PM2", "PM2 log: Stopping app:{pmapp} id:{n}"),
        ("", "PM2", "PM2 log: pid={int} msg=failed to kill - retrying in {ms}"),
        ("", "PM2", "PM2 log: [Watch] Stop watching {pmapp}"),
        ("", _APPS, "{method} {uri} {status} {float} ms - {clen}"),
        ("", _APPS, '{ip} - - [{clfdate}] "{method} {uri} HTTP/1.1" {status} {clen} "{ref}" "{ua}"'),
        ("", _APPS, "Error: connect ECONNREFUSED {ip}:{port}"),
        ("", _APPS, "(node:{int}) UnhandledPromiseRejectionWarning: {jserr}"),
        ("", _APPS, "Server listening on port {port}"),
        ("", "worker|cron-jobs", "[worker] job {int} ({jobname}) completed in {ms}"),
        ("", "worker|cron-jobs", "[worker] job {int} ({jobname}) failed after {n} attempts: {jserr}"),
        ("", _APPS, "Warning: connect.session() MemoryStore is not designed for a production environment, as it will leak "
                    "memory, and will not scale past a single process.", 3),
        ("", _APPS, "info: cache {=hit|miss} for key {cachekey} ({ms})"),
    ],
}


# ---------------------------------------------------------------- Courier MTA and Courier-IMAP via syslog
S["cid"] = lambda r, ts: f"{hexs(r, 8, True)}.{hexs(r, 8, True)}.{hexs(r, 8, True)}"
S["delivered"] = lambda r, ts: r.choice([f"delivered: {V.host(r)} [{V.ip(r)}]", "Message delivered.", "delivered: localhost"])
S["smtpreply"] = lambda r, ts: r.choice(["451 4.7.1 Greylisted, try again later", "421 4.7.0 Try again later, closing connection.",
                                         "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown"])
S["smtpcmd"] = lambda r, ts: r.choice(["AUTH LOGIN", "AUTH PLAIN", "DATA", "RCPT TO:<info@example.com>"])
S["smtpmsg"] = lambda r, ts: r.choice(["535 Authentication failed.", "534 SASL authentication failed", "554 Syntax error - your mail software violates RFC 821."])

COURIER = {
    "about": "Courier MTA 1.3 and Courier-IMAP 5.2 via syslog (Mmm dd hh:mm:ss host program:): comma-separated key=value "
             "records, IPv4-mapped addresses in brackets, queue ids of three hex parts",
    "log_format": "<Month> <Day> <Time> <Host> <Process>: <Content>",
    "start": datetime.datetime(2026, 12, 7, 6, 0, 2, 0),
    "gap_ms": 1300,
    "header": lambda r, ts, level, comp: f"{ts:%b %e %H:%M:%S} mail01 {comp}: ",
    "statements": [
        ("", "imapd|imapd-ssl", "LOGIN, user={email}, ip=[::ffff:{ip}], port=[{port}], protocol=IMAP"),
        ("", "imapd|imapd-ssl", "LOGOUT, user={email}, ip=[::ffff:{ip}], headers={int}, body={int}, rcvd={int}, sent={int}, "
                                "time={int}"),
        ("", "imapd|imapd-ssl", "TIMEOUT, user={email}, ip=[::ffff:{ip}], headers={int}, body={int}, rcvd={int}, sent={int}, "
                                "time={int}, starttls={n}"),
        ("", "imapd|imapd-ssl", "LOGIN FAILED, user={email}, ip=[::ffff:{ip}]"),
        ("", "imapd|imapd-ssl|pop3d", "Connection, ip=[::ffff:{ip}]"),
        ("", "imapd|imapd-ssl|pop3d", "Disconnected, ip=[::ffff:{ip}], time={n}, starttls={n}"),
        ("", "pop3d|pop3d-ssl", "LOGIN, user={email}, ip=[::ffff:{ip}], port=[{port}]"),
        ("", "pop3d|pop3d-ssl", "LOGOUT, user={email}, ip=[::ffff:{ip}], port=[{port}], top={n}, retr={int}, rcvd={int}, "
                                "sent={int}, time={int}"),
        ("", "courierd", "newmsg,id={cid}: dns; {host} ({host} [{ip}])"),
        ("", "courierd", "started,id={cid},from=<{email}>,module={=esmtp|local},host={host},addr=<{email}>"),
        ("", "courierd", "id={cid},from=<{email}>,addr=<{email}>,size={int},success: {delivered}"),
        ("", "courierd", "id={cid},from=<{email}>,addr=<{email}>: {smtpreply}"),
        ("", "courierd", "id={cid},from=<{email}>,addr=<{email}>,status: {=deferred|failure|success}"),
        ("", "courieresmtpd", "error,relay=::ffff:{ip},from=<{email}>,to=<{email}>: 513 Relaying denied."),
        ("", "courieresmtpd", 'error,relay=::ffff:{ip},msg="{smtpmsg}",cmd: {smtpcmd}'),
        ("", "courieresmtpd", "started,ip=[::ffff:{ip}]"),
        ("", "authdaemond", "authentication error: Input/output error"),
        ("", "authdaemond", "received auth request, service={=imap|pop3|smtp|esmtp}, authtype=login"),
    ],
}


# ---------------------------------------------------------------- Authelia (logrus text)
S["url"] = lambda r, ts: r.choice(["https://grafana.acme.io/", "https://secure.example.com/admin?tab=users",
                                   f"https://{r.choice(V.WORDS)}.corp.example.net/api/v1/items/{r.randint(1, 999)}", "https://home.acme.io/"])
S["autherr"] = lambda r, ts: r.choice(["authentication failed", "user not found",
                                       'LDAP Result Code 49 \\"Invalid Credentials\\": 80090308: LdapErr: DSID-0C090439',
                                       "user is banned"])
S["ldaperr"] = lambda r, ts: r.choice(['LDAP Result Code 200 \\"Network Error\\": dial tcp 10.0.0.9:636: i/o timeout',
                                       "user not found", "failed to retrieve groups"])
S["authuser0"] = lambda r, ts: r.choice(["", "", V.user(r)])
S["groups"] = lambda r, ts: r.choice(["", "admins", "admins,dev", "dev,grafana-viewers,vpn"])
S["bantime"] = lambda r, ts: (ts + datetime.timedelta(minutes=r.randint(5, 60))).strftime("%Y-%m-%d %H:%M:%S +0000 UTC")
S["smtperr"] = lambda r, ts: r.choice(["dial tcp 10.0.3.25:587: connect: connection refused",
                                       "535 5.7.8 Username and Password not accepted", "x509: certificate signed by unknown authority"])


def authelia_header(r, ts, level, comp):
    return f'time="{ts:%Y-%m-%dT%H:%M:%S}+01:00" level={level} msg='


_REQ = " method={=GET|POST} path=/api/{apipath} remote_ip={anyip}"
S["apipath"] = lambda r, ts: r.choice(["firstfactor", "verify", "authz/forward-auth", "user/info", "secondfactor/totp"])
AUTHELIA = {
    "about": "Authelia 4.38 (logrus text formatter): time=\"ISO+01:00\" level=… msg=\"…\" then sorted fields (error, "
             "method, path, remote_ip), quoted when they hold spaces or quotes",
    "log_format": 'time="<Time>" level=<Level> msg=<Content>',
    "start": datetime.datetime(2026, 12, 7, 9, 0, 0, 0),
    "gap_ms": 2000,
    "header": authelia_header,
    "statements": [
        ("info", "", '"Authelia {=v4.38.2|v4.38.0} is starting"', 2),
        ("info", "", "\"Initializing server for non-TLS connections on '[::]:{port}' path '/'\"", 2),
        ("error", "", "\"Unsuccessful 1FA authentication attempt by user '{user}'\" error=\"{autherr}\"" + _REQ),
        ("info", "", "\"Successful 1FA authentication attempt made by user '{user}'\"" + _REQ),
        ("error", "", "\"Unsuccessful 2FA authentication attempt by user '{user}'\" error=\"{=wrong passcode|webauthn assertion "
                      "failed|duo denied}\"" + _REQ),
        ("error", "", "\"Error occurred getting user details for '{user}'\" error=\"{ldaperr}\"" + _REQ),
        ("info", "", '"Access to {url} (method {method}) is not authorized to user {=<anonymous>|bob|jdoe}, responding with '
                     'status code {=401|302}"' + _REQ),
        ("info", "", '"Access to {url} (method {method}) is forbidden to user {user}"' + _REQ),
        ("warning", "", "\"User '{user}' is banned until {bantime}\"" + _REQ),
        ("error", "", '"Error occurred sending an email" error="{smtperr}"' + _REQ),
        ("debug", "", '"Check authorization of subject username={authuser0} groups={groups} ip={anyip} and object {url} '
                      '(method {method})."'),
        ("error", "", '"Failure during SQL Storage Provider Health Check" error="{sqlerr}"'),
        ("info", "", '"Storage schema is being checked for updates"', 2),
        ("info", "", '"Storage schema upgrade to v{n} completed"', 2),
    ],
}


# ---------------------------------------------------------------- Broadcom AutoSys event_demon log
S["ajstatus"] = lambda r, ts: r.choice(["STARTING", "RUNNING", "SUCCESS", "FAILURE", "TERMINATED", "ON_ICE", "INACTIVE"]).ljust(15)
S["ajjob"] = lambda r, ts: r.choice(["PRD_ETL_daily_load", "fin.gl.close.box", "PRD_ETL_extract_sap", "ops-rotate-logs",
                                     "HR_payroll_cmd01", "DW_refresh_%wk"])
S["ajhost"] = lambda r, ts: r.choice(["etl01", "etl02.corp.example.net", "winbatch03", "aix-prd-7"])


AUTOSYS = {
    "about": "Broadcom AutoSys Workload Automation 12 event_demon log: [mm/dd/yyyy hh:mm:ss], spaces, then CAUAJM message "
             "ids and EVENT records in padded columns",
    "log_format": "\\[<Date> <Time>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 0, 0, 5, 0),
    "gap_ms": 3000,
    "header": lambda r, ts, level, comp: f"[{ts:%m/%d/%Y %H:%M:%S}]      ",
    "statements": [
        ("", "", "CAUAJM_I_40245 EVENT: CHANGE_STATUS    STATUS: {ajstatus} JOB: {ajjob} MACHINE: {ajhost}"),
        ("", "", "CAUAJM_I_40245 EVENT: CHANGE_STATUS    STATUS: {ajstatus} JOB: {ajjob} MACHINE: {ajhost} EXITCODE:  {n}"),
        ("", "", "CAUAJM_I_40245 EVENT: CHANGE_STATUS    STATUS: {ajstatus} JOB: {ajjob}"),
        ("", "", "CAUAJM_I_40245 EVENT: STARTJOB         JOB: {ajjob}"),
        ("", "", "CAUAJM_I_40245 EVENT: FORCE_STARTJOB   JOB: {ajjob}"),
        ("", "", "CAUAJM_I_40245 EVENT: KILLJOB          JOB: {ajjob}"),
        ("", "", "CAUAJM_I_40245 EVENT: ALARM            ALARM: {=MAXRUNALARM|MINRUNALARM|JOBFAILURE|MAX_RETRYS} JOB: {ajjob} "
                 "MACHINE: {ajhost}"),
        ("", "", "CAUAJM_I_40245 EVENT: CHANGE_PRIORITY  JOB: {ajjob} PRIORITY: {n}"),
        ("", "", "CAUAJM_I_10082 [{ajhost} connected for {ajjob} {int}.{int}.{n}]"),
        ("", "", "CAUAJM_W_10423 Job {ajjob} did not start: machine {ajhost} is {=OFFLINE|MISSING|UNQUALIFIED}"),
        ("", "", "CAUAJM_E_10016 [{ajhost}]: Agent on machine {ajhost} is not responding: {err}"),
        ("", "", "CAUAJM_I_10064 Scheduler processing is {=started|suspended|resumed}.", 3),
        ("", "", "CAUAJM_W_40030 Database heartbeat was not received within {n} minutes."),
        ("", "", "CAUAJM_I_40263 Job {ajjob}: standard output file {path} has been purged."),
    ],
}


# ---------------------------------------------------------------- Firecracker microVM monitor
S["fcpath"] = lambda r, ts: r.choice(["/boot-source", "/drives/rootfs", "/machine-config", "/network-interfaces/eth0", "/actions",
                                      "/vm", "/snapshot/create"])
S["fcbody"] = lambda r, ts: r.choice(['{\\"kernel_image_path\\": \\"./vmlinux.bin\\", \\"boot_args\\": \\"console=ttyS0 reboot=k panic=1 pci=off\\"}',
                                      '{\\"action_type\\": \\"InstanceStart\\"}', '{\\"vcpu_count\\": 2, \\"mem_size_mib\\": 1024}',
                                      '{\\"state\\": \\"Paused\\"}', '{\\"drive_id\\": \\"rootfs\\", \\"path_on_host\\": \\"/srv/vm/rootfs.ext4\\", \\"is_root_device\\": true}'])
S["fcerr"] = lambda r, ts: r.choice(["The requested operation is not supported after starting the microVM.",
                                     "Invalid block device path: No such file or directory (os error 2)",
                                     "Unable to create the network device: Open tap device failed: Error while creating ifreq structure: "
                                     "Invalid argument (os error 22)."])
S["oserr"] = lambda r, ts: r.choice(["No space left on device (os error 28)", "Broken pipe (os error 32)", "Bad file descriptor (os error 9)"])
S["oserrmsg"] = lambda r, ts: r.choice(["Input/output error", "No space left on device", "Bad address"])
S["fcioerr"] = lambda r, ts: (f"IoError(Os {{ code: {r.choice([5, 28, 14])}, kind: {r.choice(['Other', 'Uncategorized'])}, "
                            f"message: \"{r.choice(['Input/output error', 'No space left on device', 'Bad address'])}\" }})")
S["addr"] = lambda r, ts: f"0x{hexs(r, 8)}"
S["inst"] = lambda r, ts: r.choice(["anonymous-instance", f"fc-{hexs(r, 8)}"])
S["mib"] = lambda r, ts: str(r.choice([128, 256, 512, 1024, 2048]))


def fc_header(r, ts, level, comp):
    thread, src = comp.split("@")
    thread = thread.replace("N", str(r.randint(0, 3)))
    inst = "anonymous-instance" if ts.hour < 5 else "fc-7f3a2c1e"
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond:06d}{r.randint(0, 999):03d} [{inst}:{thread}:{level}:{src}] "


FIRECRACKER = {
    "about": "Firecracker 1.6 microVM monitor: RFC 3339 stamp with nanoseconds, [instance:thread:LEVEL:source file:line] "
             "(vCPU threads are `fc_vcpu N`, with a space), then the message; request bodies as escaped JSON, Rust debug "
             "structs",
    "log_format": "<Time> \\[<Instance>:<Thread>:<Level>:<Source>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 3, 50, 0, 0),
    "gap_ms": 1800,
    "header": fc_header,
    "statements": [
        ("INFO", "main@src/firecracker/src/main.rs:340", "Running Firecracker v{=1.6.0|1.7.0}", 3),
        ("INFO", "fc_api@src/api_server/src/parsed_request.rs:76", 'The API server received a {=Put|Patch|Get} request on "{fcpath}" '
                                                                   'with body "{fcbody}".'),
        ("INFO", "fc_api@src/api_server/src/parsed_request.rs:156", "The request was executed successfully. Status code: "
                                                                    "{=204 No Content|200 OK}."),
        ("ERROR", "fc_api@src/api_server/src/parsed_request.rs:171", "Received Error. Status code: {=400 Bad Request|500 Internal "
                                                                     "Server Error}. Message: {fcerr}"),
        ("INFO", "fc_vmm@src/vmm/src/lib.rs:912", "Vmm is stopping.", 3),
        ("INFO", "fc_vcpu N@src/vmm/src/vstate/vcpu/mod.rs:517", "Received KVM_EXIT_SHUTDOWN signal"),
        ("ERROR", "fc_vmm@src/vmm/src/logger/metrics.rs:71", "Failed to write metrics: Failed to write data to the file: {oserr}"),
        ("INFO", "fc_vmm@src/vmm/src/devices/pseudo/boot_timer.rs:42", "Guest-boot-time = {int} us {int} ms, {int} CPU us "
                                                                       "{n} CPU ms"),
        ("ERROR", "fc_vmm@src/vmm/src/devices/virtio/block/device.rs:480", "Failed to execute {=In|Out|Flush} virtio block "
                                                                           "request: {fcioerr}"),
        ("INFO", "fc_vmm@src/vmm/src/devices/virtio/balloon/device.rs:301", "Balloon: target size {mib} MiB, actual {mib} MiB, "
                                                                           "{=inflating|deflating}"),
        ("INFO", "main@src/firecracker/src/main.rs:95", "Firecracker exiting successfully. exit_code={n}", 3),
        ("ERROR", "main@src/firecracker/src/main.rs:95", "Firecracker exiting with error. exit_code={n}", 2),
        ("INFO", "fc_vmm@src/vmm/src/persist.rs:211", "Snapshot created: mem_file_path={path} snapshot_path={path} in {ms}"),
        ("WARN", "fc_vcpu N@src/vmm/src/vstate/vcpu/x86_64.rs:640", "Vcpu({n}): unexpected MMIO {=read|write} at {addr} of {n} "
                                                                     "bytes"),
        ("WARN", "fc_vmm@src/vmm/src/devices/virtio/net/device.rs:388", "Net: rate limiter throttled {=rx|tx} on {=eth0|eth1}, "
                                                                        "retry in {ms}"),
    ],
}


# ---------------------------------------------------------------- Lenovo XClarity Controller (XCC) events via remote syslog
S["xuser"] = lambda r, ts: r.choice(["USERID", "admin", "ops_ro", "svc-monitor"])
S["sensor"] = lambda r, ts: r.choice(["Ambient Temp", "CPU 1 Temp", "PSU2 Fan", "Sys Fan 4A Tach", "CMOS Battery", "DIMM 12 Temp"])
S["drv"] = lambda r, ts: r.choice(["Drive 3", "M.2 Drive 1", "NVMe 5", "Drive 11"])
S["dn"] = lambda r, ts: r.choice(["corp.example.net", "", "lab.local"])
S["led"] = lambda r, ts: r.choice(["Identify", "Fault", "CPU 2 Fault", "Check Log"])


XCC = {
    "about": "Lenovo XClarity Controller 2 (ThinkSystem) events via remote syslog into a file: ISO stamp with offset, the "
             "XCC host name, `XCC:`, then the event id and its message text (sensor names with spaces)",
    "log_format": "<Time> <Host> <App>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 22, 0, 0, 0),
    "gap_ms": 20000,
    "header": lambda r, ts, level, comp: f"{ts:%Y-%m-%dT%H:%M:%S}+01:00 XCC-7Z70-{r.choice(['J900ABCD', 'J901XY7Q'])} XCC: ",
    "statements": [
        ("", "", "FQXSPSE4001I: Remote Login Successful. Login ID: {xuser} from {=webguis|SSH|CIMXML|Redfish} at IP address {ip}."),
        ("", "", "FQXSPSE4007I: Security: Userid: {xuser} had {n} login failures from WEB client at IP address {ip}."),
        ("", "", "FQXSPSE4032I: Login ID: {xuser} from {=WEB|SSH|Redfish} at IP address {ip} has logged off."),
        ("", "", "FQXSPSE4002I: Remote access attempt failed. Invalid userid or password received. Userid is {xuser} from "
                 "{=WEB browser|SSH client|Redfish client} at IP address {ip}."),
        ("", "", "FQXSPPW0001I: Power supply {n} has been added."),
        ("", "", "FQXSPPW0006I: Power supply {n} has been removed."),
        ("", "", "FQXSPPW0007L: Power supply {n} has lost input."),
        ("", "", "FQXSPUN0019M: Sensor {sensor} has transitioned to critical from a less severe state."),
        ("", "", "FQXSPUN0017I: Sensor {sensor} has transitioned to normal state."),
        ("", "", "FQXSPTH0003I: Numeric sensor {sensor} going high (upper non-critical) has asserted."),
        ("", "", "FQXSPTH0004I: Numeric sensor {sensor} going high (upper non-critical) has deasserted."),
        ("", "", "FQXSPNM4011I: ENET[{=CIM:ep1|sp:ethernet}] DHCP-HSTN={host}, DN={dn}, IP@={ip}, SN={ip}, GW@={ip}, DNS1@={ip} ."),
        ("", "", "FQXSPEM4003I: LED {led} state changed to {=Off|On|Blinking} by {=BMC|USERID|admin}."),
        ("", "", "FQXSPSD0000I: The {drv} has been added."),
        ("", "", "FQXSPSD0007I: The {drv} has been removed."),
        ("", "", "FQXSPUN0048I: The RAID controller in PCIe slot {n} is in optimal status."),
        ("", "", "FQXSPUN0049J: The RAID controller in PCIe slot {n} is in warning status."),
    ],
}


# ---------------------------------------------------------------- Terraform CLI (TF_LOG=DEBUG, hclog)
S["prov"] = lambda r, ts: r.choice(["aws", "azurerm", "kubernetes", "random"])
S["pver"] = lambda r, ts: r.choice(["5.31.0", "3.85.0", "2.24.0"])
S["cliargs"] = lambda r, ts: '[]string{"terraform", "' + r.choice(["plan", "apply"]) + '", ' + ", ".join(f'"{a}"' for a in r.sample(["-input=false", "-out=tfplan", "-lock-timeout=5m",
                                                                   "-var-file=prod.tfvars", "-no-color"], r.randint(1, 3))) + "}"
S["provpath"] = lambda r, ts: (f".terraform/providers/registry.terraform.io/hashicorp/{r.choice(['aws', 'azurerm'])}/"
                               f"{r.choice(['5.31.0', '3.85.0'])}/linux_amd64/terraform-provider-{r.choice(['aws', 'azurerm'])}_v5.31.0_x5")
S["awsurl"] = lambda r, ts: r.choice(["https://ec2.us-east-1.amazonaws.com/", "https://sts.amazonaws.com/",
                                      "https://s3.eu-west-1.amazonaws.com/acme-tf-state?versioning="])
S["tfres"] = lambda r, ts: r.choice(["aws_instance", "aws_s3_bucket", "aws_security_group_rule", "aws_iam_role"])
S["provargs"] = lambda r, ts: "[" + S["provpath"](r, ts) + "]"
S["region"] = lambda r, ts: r.choice(["us-east-1", "eu-west-1", "ap-southeast-2"])
S["tfaddr"] = lambda r, ts: r.choice([f"aws_instance.web[{r.randint(0, 5)}]", 'module.vpc.aws_subnet.private["us-east-1a"]',
                                      "aws_s3_bucket.logs", "module.eks.aws_iam_role.this[0]", "data.aws_ami.ubuntu"])
S["tfrefs"] = lambda r, ts: "[" + " ".join(r.sample(["var.env", "module.vpc.vpc_id", "aws_security_group.web", "local.tags",
                                               "data.aws_ami.ubuntu"], r.randint(0, 3))) + "]"
S["tferr"] = lambda r, ts: r.choice(["creating EC2 Instance: InvalidParameterValue: Value (t3.mega) for parameter instanceType is invalid",
                                     "Error acquiring the state lock: ConditionalCheckFailedException: The conditional request failed",
                                     "reading S3 Bucket (acme-logs): AccessDenied: Access Denied", "context deadline exceeded"])
S["tfnode"] = lambda r, ts: r.choice(["NodeApplyableResourceInstance", "NodePlannableResourceInstance", "NodeApplyableOutput",
                                      "nodeExpandModule"])


def tf_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z " + f"[{level}]".ljust(7) + " "


_PROV = "provider.terraform-provider-{prov}_v{pver}_x5: "
TERRAFORM = {
    "about": "Terraform 1.6 CLI with TF_LOG=DEBUG (hclog): ISO stamp, [LEVEL] padded to 7, then the message; provider "
             "sub-loggers prefix their name and append key=value fields",
    "log_format": "<Time> \\[<Level>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 8, 30, 0, 0),
    "gap_ms": 150,
    "header": tf_header,
    "statements": [
        ("INFO", "", "Terraform version: {=1.6.6|1.7.0}", 2),
        ("INFO", "", "Go runtime version: {=go1.21.5|go1.22.1}", 2),
        ("INFO", "", "CLI args: {cliargs}"),
        ("DEBUG", "", "provider: starting plugin: path={provpath} args={provargs}"),
        ("DEBUG", "", "provider: plugin started: path={provpath} pid={int}"),
        ("DEBUG", "", "provider: plugin process exited: path={provpath} pid={int}"),
        ("DEBUG", "", _PROV + "HTTP Request Sent: http.request.method={method} http.url={awsurl} tf_resource_type={tfres} "
                              "tf_rpc={=ReadResource|ApplyResourceChange|PlanResourceChange} @module={prov} aws.region={region} "
                              "tf_provider_addr=registry.terraform.io/hashicorp/{prov} timestamp={iso}"),
        ("DEBUG", "", _PROV + "HTTP Response Received: http.response.status_code={status} http.duration={int} "
                              "tf_resource_type={tfres} tf_rpc={=ReadResource|ApplyResourceChange|PlanResourceChange} "
                              "@module={prov} aws.region={region} tf_provider_addr=registry.terraform.io/hashicorp/{prov} "
                              "timestamp={iso}"),
        ("INFO", "", "backend/local: starting {=Plan|Apply} operation"),
        ("WARN", "", 'Provider "registry.terraform.io/hashicorp/{prov}" produced an invalid plan for {tfaddr}, but we are '
                     "tolerating it because it is using the legacy plugin SDK."),
        ("ERROR", "", 'vertex "{tfaddr}" error: {tferr}'),
        ("DEBUG", "", 'ReferenceTransformer: "{tfaddr}" references: {tfrefs}'),
        ("TRACE", "", 'vertex "{tfaddr}": starting visit (*terraform.{tfnode})'),
        ("TRACE", "", 'vertex "{tfaddr}": visit complete'),
        ("TRACE", "", "statemgr.Filesystem: reading latest snapshot from {path}"),
        ("TRACE", "", "statemgr.Filesystem: writing snapshot at {path}"),
        ("DEBUG", "", "{tfaddr}: apply errored, but we're indicating that via the Error pointer rather than returning it: {tferr}"),
    ],
}

SYSTEMS = {"Uvicorn": UVICORN, "PM2": PM2, "Courier": COURIER, "Authelia": AUTHELIA, "Autosys": AUTOSYS,
           "Firecracker": FIRECRACKER, "LenovoXCC": XCC, "Terraform": TERRAFORM}
