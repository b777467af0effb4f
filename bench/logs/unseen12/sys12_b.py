"""Statements of the twelfth blind set, second half: JFrog Artifactory, Meilisearch, Django, amavisd-new, tac_plus,
Grid Engine qmaster, oVirt VDSM, HPE iLO 5. Slots as make-unseen12.py says."""
import datetime


def ms3(ts):
    return f"{ts.microsecond // 1000:03d}"


def jf_header(r, ts, level, comp):
    svc, logger = comp.split(";")
    trace = r.choice(["".join(r.choice("0123456789abcdef") for _ in range(16)), " " * 16])
    thread = r.choice(["main", "art-exec-12", "http-nio-8081-exec-3", "http-nio-8081-exec-17", "pool-33-thread-1",
                       "replication-worker-2", "art-init", "jfrt-scheduler-4"])
    where = f"{logger}:{r.choice([88, 123, 443, 512, 1021])}"
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ms3(ts)}Z [{svc:<5}] [{level:<5}] [{trace}] [{where:<32}] [{thread}] - "


REPO = "{pick:jfrepo}"
ART = "jfrt;o.a.r.r.HttpRepo|jfrt;o.a.r.r.RemoteRepoBase"
ARTIFACTORY = {
    "about": "JFrog Artifactory 7.77 (artifactory-service.log): ISO stamp, bracketed service, level, trace id (blank "
             "outside a request), logger:line padded to 32 and thread, then ` - `",
    "log_format": "<Time> \\[<Service>\\] \\[<Level>\\] \\[<TraceId>\\] \\[<Logger>\\] \\[<Thread>\\] - <Content>",
    "start": datetime.datetime(2026, 12, 7, 2, 0, 0),
    "gap_ms": 700,
    "header": jf_header,
    "statements": [
        ("INFO", ART, REPO + " downloading {jfurl} {size}"),
        ("INFO", ART, REPO + " downloaded  {jfurl} {size} at {=12.34|812.40|1,204.55} KB/sec"),
        ("WARN", ART, "Failed to download '{jfurl}'. Received status code {=404|401|502|503} and caught exception: {pick:javaexc}"),
        ("WARN", ART, "Pinging the remote repository '" + REPO + "' at {url} failed: {pick:javaexc}"),
        ("INFO", "jfrt;o.a.r.s.ArtifactoryServer", "Artifactory (jfrt) service initialization completed in {sec3} seconds. Total time: {sec3} seconds", 3),
        ("WARN", "jfrt;o.a.r.s.StorageServiceImpl", "Datastore disk space is too high: Warning threshold: {=70%|85%}, Critical threshold: {=90%|95%}, Used: {pct}"),
        ("INFO", "jfrt;o.a.r.s.b.GarbageCollectorStrategy", "Starting {=full|binaries-only} garbage collection"),
        ("INFO", "jfrt;o.a.r.s.b.GarbageCollectorStrategy", "Finished {=full|binaries-only} garbage collection in {dur_ms}. Deleted {int:0-99999} binaries ({size})."),
        ("WARN", "jfac;o.a.r.a.AccessServiceImpl", "Login failed for user '{user}' from {anyip}: {=Bad credentials|User is locked|Token is expired|User not found}"),
        ("INFO", "jfrt;o.a.r.a.r.ReplicationJob", "Push replication of '" + REPO + ":{pick:jfpath}' to {url} completed in {ms} ms"),
        ("ERROR", "jfrt;o.a.r.a.r.ReplicationJob", "Push replication of '" + REPO + ":{pick:jfpath}' to {url} failed: {pick:javaexc}"),
        ("INFO", "jfrt;o.a.r.r.s.RepoServiceImpl", "Deleting '" + REPO + ":{pick:jfpath}' requested by {=admin|anonymous|token:ci-publisher|_system_}"),
        ("INFO", "jfrt;o.a.r.b.BuildServiceImpl", "Cleanup of {int:1-300} old build(s) of '{=app-ci|web release|infra :: terraform|mobile/ios}' done"),
        ("INFO", "jfrt;o.a.r.w.s.RepoFilter", "Request {=GET|PUT|HEAD} /artifactory/api/{=npm/npm-remote|pypi/pypi-remote/simple|docker/docker-local/v2} returned {status} in {ms}ms"),
        ("INFO", "jfrt;o.a.r.m.MetadataCalculator", "Metadata calculation for '" + REPO + "' started"),
        ("INFO", "jfrt;o.a.r.m.MetadataCalculator", "Metadata calculation for '" + REPO + "' finished in {ms} ms ({int:0-9999} artifacts)"),
        ("INFO", "jfac;o.a.r.a.t.TokenManager", "Token {uuid} expired and was revoked"),
        ("ERROR", "jfrt;o.a.r.s.db.DbStorageServiceImpl", "Connection pool exhausted: {int:50-200}/{int:50-200} connections in use, {int:0-99} waiting"),
        ("WARN", "jfrt;o.a.r.s.b.p.CacheFsProvider", "Binary provider '{=cache-fs|file-system|s3-storage-v3}' is {=unavailable|available}"),
        ("ERROR", "jfxr;o.a.r.x.IndexerJob", "Indexing of '" + REPO + ":{pick:jfpath}' failed: {pick:javaexc}"),
        ("WARN", "jfrt;o.a.r.s.f.LockingFileSystem", "Lock on '" + REPO + ":{pick:jfpath}' could not be acquired in {int:10-120} seconds"),
        ("INFO", "jfrt;o.a.r.s.t.TaskServiceImpl", "Task {=IndexerJob|ArtifactCleanupJob|ReplicationJob#12|BackupJob#nightly full} scheduled to run at {iso}"),
    ],
}


def meili_header(r, ts, level, comp):
    return f"[{ts:%Y-%m-%dT%H:%M:%S}Z {level:<5} {comp}] "


MEILI = {
    "about": "Meilisearch 1.5 through env_logger: `[rfc3339 LEVEL target] ` (level padded to 5), actix access lines",
    "log_format": "\\[<Time> <Level> <Target>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 11, 0, 0),
    "gap_ms": 1200,
    "header": meili_header,
    "statements": [
        ("INFO", "actix_web::middleware::logger", "{ip} \"{reqline}\" {status} {int:0-99999} \"{=-|http://localhost:7700/|https://app.example.com/search?q=red shoes}\" \"{pick:ua}\" {frac}"),
        ("INFO", "index_scheduler", "A batch of tasks was successfully completed with {int:1-50} successful tasks and {int:0-5} failed tasks."),
        ("INFO", "index_scheduler", "Processing batch of {int:1-9} tasks: [{list:num:1-6:, }]"),
        ("ERROR", "index_scheduler", "Task {int:1-99999} failed: {pick:milerr}"),
        ("INFO", "index_scheduler", "Deleted {int:1-9999} tasks finished before {iso}"),
        ("INFO", "milli::update::index_documents", "Indexed {int:1-99999} documents in index `{pick:index}` ({ms} ms)"),
        ("INFO", "milli::update::settings", "Settings update for index `{pick:index}`: filterable attributes changed from [{list:=genre|year|price|brand|color:0-4:, }] to [{list:=genre|year|price|brand|color:1-4:, }]"),
        ("INFO", "meilisearch::snapshot", "Snapshot creation started"),
        ("INFO", "meilisearch::snapshot", "Snapshot created in {dur_ms} at {=/meili_data/snapshots/data.ms.snapshot|./snapshots/data.ms.snapshot}"),
        ("INFO", "dump::writer", "Dump {=20261207-110203123|20261207-021500981|20261206-235959001} created in {dur_ms}"),
        ("INFO", "meilisearch", "Database path: \"{=./data.ms|/meili_data/data.ms}\"", 3),
        ("INFO", "meilisearch", "Server listening on: \"http://{=0.0.0.0:7700|127.0.0.1:7700|[::]:7700}\"", 3),
        ("INFO", "meilisearch", "Environment: \"{=production|development}\"", 3),
        ("INFO", "actix_server::builder", "starting {int:1-32} workers", 3),
        ("INFO", "actix_server::server", "Actix runtime found; starting in Actix runtime", 3),
        ("INFO", "actix_server::server", "SIGTERM received; starting graceful shutdown", 2),
        ("INFO", "actix_server::worker", "Shutting down idle worker"),
        ("WARN", "meilisearch::search", "Search on index `{pick:index}` took {ms} ms, longer than {=500|1000} ms: q={=\"red shoes\"|\"\"|\"the matrix reloaded\"|null} filter={=null|\"genre = horror\"|\"price < 20 AND brand = 'acme'\"}"),
        ("ERROR", "meilisearch::error", "Meilisearch error: {pick:milerr}"),
        ("WARN", "meilisearch::routes", "The API key `{hex:8}...` was used with an expired date ({iso})"),
    ],
}


def dj_header(r, ts, level, comp):
    return f"[{ts:%Y-%m-%d %H:%M:%S},{ms3(ts)}] {level} [{comp}] "


DJANGO = {
    "about": "A Django 5 shop with Celery workers, Python logging `[%(asctime)s] %(levelname)s [%(name)s:%(lineno)s] %(message)s`",
    "log_format": "\\[<Date> <Time>\\] <Level> \\[<Logger>:<Line>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 8, 0, 0),
    "gap_ms": 1000,
    "header": dj_header,
    "statements": [
        ("WARNING", "django.request:241", "Not Found: {pick:djpath}"),
        ("WARNING", "django.request:241", "Bad Request: {pick:djpath}"),
        ("ERROR", "django.request:241", "Internal Server Error: {pick:djpath}"),
        ("WARNING", "django.request:241", "Unauthorized: {pick:djpath}"),
        ("WARNING", "django.security.csrf:76", "Forbidden ({=CSRF cookie not set.|CSRF token missing.|Referer checking failed - https://evil.example.com/ does not match any trusted origins.|Origin checking failed - https://shop.example.com does not match any trusted origins.}): {pick:djpath}"),
        ("ERROR", "django.security.DisallowedHost:99", "Invalid HTTP_HOST header: '{=10.0.3.17:8000|bad.example.com|169.254.169.254|shop.example.com.}'. You may need to add '{=10.0.3.17|bad.example.com|169.254.169.254|shop.example.com.}' to ALLOWED_HOSTS."),
        ("INFO", "django.server:161", "\"{djreq}\" {status} {int:0-99999}"),
        ("DEBUG", "django.db.backends:133", "({float:0-1-3}) {pick:djsql}; args={pick:djargs}; alias={=default|replica}"),
        ("INFO", "django.utils.autoreload:668", "Watching for file changes with StatReloader", 3),
        ("INFO", "django.utils.autoreload:266", "{=/app/shop/views.py|/app/config/settings/base.py|/app/accounts/models.py} changed, reloading.", 3),
        ("INFO", "celery.worker.strategy:161", "Task {pick:djtask}[{uuid}] received"),
        ("INFO", "celery.app.trace:128", "Task {pick:djtask}[{uuid}] succeeded in {float:0-30-6}s: {=None|True|'ok'|[]}"),
        ("ERROR", "celery.app.trace:267", "Task {pick:djtask}[{uuid}] raised unexpected: {pick:djexc}"),
        ("INFO", "celery.app.trace:131", "Task {pick:djtask}[{uuid}] retry: Retry in {int:1-600}s: {pick:djexc}"),
        ("INFO", "shop.views:88", "Order {int:10000-99999} placed by {email} ({int:1-20} items, {float:1-999-2} {=EUR|GBP})"),
        ("WARNING", "accounts.backends:45", "Login failed for user '{user}' from {anyip}"),
        ("INFO", "accounts.signals:23", "User {user} logged in from {anyip} ({pick:ua})"),
        ("WARNING", "django.security.SuspiciousSession:54", "Session data corrupted"),
        ("ERROR", "shop.payments:201", "Stripe charge failed for order {int:10000-99999}: {=Your card was declined.|Your card has insufficient funds.|An error occurred while processing your card. Try again in a little bit.} (code={=card_declined|insufficient_funds|processing_error})"),
        ("INFO", "shop.payments:187", "Stripe charge {=ch_3OaBcD1eFgH2iJ|ch_3PqRsT4uVwX5yZ|ch_3Qz9Yx8Wv7Ut6S} succeeded for order {int:10000-99999}: {float:1-999-2} {=EUR|GBP}"),
        ("WARNING", "py.warnings:110", "{=/usr/local/lib/python3.12/site-packages/rest_framework/pagination.py|/usr/local/lib/python3.12/site-packages/django/db/models/fields/__init__.py|/app/shop/views.py}:{int:100-2000}: {=UnorderedObjectListWarning: Pagination may yield inconsistent results with an unordered object_list: <class 'shop.models.Order'> QuerySet.|RuntimeWarning: DateTimeField Order.created received a naive datetime (2026-12-07 08:00:00) while time zone support is active.}"),
    ],
}


def sys_header(r, ts, level, comp):
    name, _, host = comp.partition("@")
    return f"{ts:%b} {ts.day:>2} {ts:%H:%M:%S} {host} {name}[{r.randint(1000, 65000)}]: "


FROM = "[{ip}]:{eport} [{ip}] <{email}> -> {list:ltemail:1-4:,}"
TAIL = ", Queue-ID: {qid}, Message-ID: {msgid}, mail_id: {b64id}, Hits: {score}, size: {int:900-9999999}"
AM = "amavis@mx1|amavis@mx2"
AMAVIS = {
    "about": "amavisd-new 2.13 through syslog (`Mmm dd hh:mm:ss host amavis[pid]: (pid-seq) …`): log_level 2 records",
    "log_format": "<Month> <Day> <Time> <Host> <Process>\\[<Pid>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 7, 4, 0, 0),
    "gap_ms": 1800,
    "header": sys_header,
    "statements": [
        ("", AM, "({amid}) Passed {=CLEAN|SPAMMY|BAD-HEADER-0|BAD-HEADER-7} {{{pick:amvia}}}, " + FROM + TAIL + ", queued_as: {qid}, {ms} ms"),
        ("", AM, "({amid}) Passed {=CLEAN|SPAMMY} {{{pick:amvia}}}, ORIGINATING/MYNETS LOCAL " + FROM + TAIL + ", queued_as: {qid}, {ms} ms"),
        ("", AM, "({amid}) Blocked {=SPAM|BANNED|SPAMMY} {{{pick:amvia}}}, " + FROM + TAIL + ", {ms} ms"),
        ("", AM, "({amid}) Blocked INFECTED ({pick:amvirus}) {{{=DiscardedInbound,Quarantined|DiscardedInternal,Quarantined}}}, " + FROM + ", quarantine: virus-{b64id}, Queue-ID: {qid}, Message-ID: {msgid}, mail_id: {b64id}, Hits: -, size: {int:900-9999999}, {ms} ms"),
        ("", AM, "({amid}) SPAM-TAG, <{email}> -> {list:ltemail:1-4:,}, {=Yes|No}, score={score} required={=5|6.31} tests=[{list:pick:amtests:1-7:, }] autolearn={=no|ham|spam|disabled} autolearn_force=no"),
        ("", AM, "({amid}) Checking: {b64id} [{ip}] <{email}> -> {list:ltemail:1-4:,}"),
        ("", AM, "({amid}) p{=001|002|003|004} {int:1-3} Content-Type: {pick:amctype}, {=7bit|base64|quoted-printable|8bit}, size: {int:10-999999}, SHA1 digest: {sha1}"),
        ("", AM, "({amid}) p{=001|002|003|004} {int:1-3} Content-Type: {pick:amctype}, {=7bit|base64|quoted-printable|8bit}, size: {int:10-999999}, SHA1 digest: {sha1}, name: {=invoice 2026-12.pdf|image001.png|Q4 report FINAL.docx|=?UTF-8?B?w6RudGVydW5n?= .pdf}"),
        ("", AM, "(!)DENIED ACCESS from IP {ip}, policy bank ''"),
        ("", AM, "({amid}) (!)ClamAV-clamd av-scanner FAILED: run_av error: Too many retries to talk to /var/run/clamav/clamd.ctl ({=Can't connect to UNIX socket /var/run/clamav/clamd.ctl: No such file or directory|Can't connect to UNIX socket /var/run/clamav/clamd.ctl: Connection refused}) at (eval 103) line {int:600-999}."),
        ("", AM, "({amid}) (!)WARN: all primary virus scanners failed, considering backups"),
        ("", AM, "starting.  /usr/sbin/amavisd at {=mx1.example.com|mx2.example.com} amavisd-new-{=2.13.0} (20230106), Unicode aware, LC_CTYPE=\"C.UTF-8\"", 3),
        ("", AM, "Net::Server: Process Backgrounded", 3),
        ("", AM, "Net::Server: {=2026/12/07-04:00:01|2026/12/07-05:12:44|2026/12/07-06:30:09} Amavis (type Net::Server::PreForkSimple) starting! pid({int:1000-65000})", 3),
        ("", AM, "({amid}) WARN: address modified (recip): <{email}> -> <{email}>"),
        ("", AM, "({amid}) TIMING [total {int:10-9999} ms, cpu {int:5-999} ms] - {list:timing:3-7:, }"),
        ("", AM, "({amid}) (!!)TROUBLE in check_mail: parts_decode_ext FAILED: {=Not a gzip file|file(1) utility (/usr/bin/file) error: run_command (open pipe): Can't fork at /usr/share/perl5/Amavis/Util.pm line 1234.|Exceeded storage quota 1048576 bytes by decode_parts}"),
        ("", AM, "({amid}) DKIM-Signature header added, s={=2026a|mail|default} d={=example.com|contoso.net|fabrikam.io}"),
        ("", AM, "({amid}) mangling by: {=disclaimer|null}, <{email}>"),
    ],
}


TAC = "tac_plus@aaa01|tac_plus@aaa02.corp.example.com"
TACPLUS = {
    "about": "tac_plus (shrubbery F4.0.4) TACACS+ daemon through syslog, authentication and authorization messages",
    "log_format": "<Month> <Day> <Time> <Host> <Process>\\[<Pid>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 7, 5, 0, 0),
    "gap_ms": 2500,
    "header": sys_header,
    "statements": [
        ("", TAC, "connect from {ip} [{ip}]"),
        ("", TAC, "login query for '{user}' {pick:tty} from {ip} {=accepted|accepted|rejected}"),
        ("", TAC, "enable query for '{user}' {pick:tty} from {ip} {=accepted|rejected}"),
        ("", TAC, "pap-login query for '{user}' {pick:tty} from {ip} {=accepted|rejected}"),
        ("", TAC, "authorization query for '{user}' {pick:tty} from {ip} {=accepted|rejected}"),
        ("", TAC, "login failure: {user} {ip} ({=DNS name not found|" + "mgmt-ws01.corp.example.com|jump01}) {pick:tty}"),
        ("", TAC, "Read {=-1|0} bytes from {ip} on fd {int:4-60}: {=Connection reset by peer|Connection timed out|Success}"),
        ("", TAC, "Error {ip} {pick:tty}: Invalid AUTHEN/START packet (check keys)"),
        ("", TAC, "{ip}: fd {int:4-60} eof (connection closed)"),
        ("", TAC, "Version {=F4.0.4.28} Initialized {int:1-3}", 3),
        ("", TAC, "Reading config", 3),
        ("", TAC, "uid={int:0-999} euid={int:0-999} gid={int:0-999} egid={int:0-999} s={int:3-9}", 3),
        ("", TAC, "Unable to find user {user} in config"),
        ("", TAC, "cmd authorization for '{user}' {pick:tty} from {ip}: cmd={pick:taccmd} {=permitted|denied}"),
        ("", TAC, "start accounting for '{user}' {pick:tty} from {ip} task_id={int:1-99999} service={pick:tacsvc}"),
        ("", TAC, "stop accounting for '{user}' {pick:tty} from {ip} task_id={int:1-99999} service={pick:tacsvc} elapsed_time={int:0-99999}"),
        ("", TAC, "pam_authenticate failed for {user}: {=Authentication failure|User not known to the underlying authentication module|Authentication token is no longer valid; new one required}"),
        ("", TAC, "{ip} {pick:tty}: Received packet with invalid version {=0xc0|0xc1|0x00}"),
        ("", TAC, "{ip}: key mismatch, {=bad|no} shared secret for this NAS"),
        ("", TAC, "Backgrounded", 2),
    ],
}


def sge_header(r, ts, level, comp):
    thread, host = comp.split("@")
    return f"{ts:%m/%d/%Y %H:%M:%S}|{thread}|{host}|{level}|"


J = "{sgejob}.{int:1-100}"
Q = "\"{pick:sgeq}@{node}\""
QM = "worker@qmaster01|listener@qmaster01|timer@qmaster01"
SGE = {
    "about": "Son of Grid Engine 8.1 qmaster and execd messages files: `mm/dd/yyyy hh:mm:ss|thread|host|level|message`",
    "log_format": "<Date> <Time>\\|<Thread>\\|<Host>\\|<Level>\\|<Content>",
    "start": datetime.datetime(2026, 12, 6, 14, 0, 0),
    "gap_ms": 3000,
    "header": sge_header,
    "statements": [
        ("I", QM, "job " + J + " finished on host {node}"),
        ("W", QM, "job " + J + " failed on host {node} assumedly after job because: job " + J + " died through signal {pick:sgesig} ({int:1-31})"),
        ("W", QM, "job " + J + " failed on host {node} general searching requested shell because: {=08/07/2026 10:12:44 [0:12345]: unable to find shell \"/bin/csh\"|12/07/2026 01:02:03 [1001:4321]: execvp(/bin/tcsh, \"-tcsh\") failed: No such file or directory}"),
        ("I", QM, "removing trigger to terminate job " + J),
        ("E", QM, "execd@{node} reports running job ({sgejob}.{int:1-100}/master) in queue " + Q + " that was not supposed to be there - killing"),
        ("E", QM, "commlib error: {pick:sgeerr}"),
        ("E", QM, "can't send asynchronous message to commproc ({=execd|qmaster|schedd}:1) on host \"{node}\": can't find connection"),
        ("I", QM, "{user}@{host} modified \"{=all.q|gpu.q|long.q|@allhosts|make}\" in \"{pick:sgelist}\" list"),
        ("I", QM, "{user}@{host} added \"{=node042|gpu01.hpc.example.org|hpc-users|smp}\" to \"{pick:sgelist}\" list"),
        ("I", QM, "{user}@{host} removed \"{=node042|gpu01.hpc.example.org|hpc-users|smp}\" from \"{pick:sgelist}\" list"),
        ("E", QM, "job {sgejob} was rejected cause it can't be written: {=No space left on device|Permission denied|Disk quota exceeded}"),
        ("W", QM, "scheduler tries to schedule job " + J + " twice"),
        ("W", QM, "unable to find job {sgejob} from the ticket order"),
        ("W", QM, "queue " + Q + " marked QERROR as result of job {sgejob}'s failure at host {node}"),
        ("W", "execd@node017|execd@gpu03.hpc.example.org|execd@node142.cluster", "job " + J + " exceeded hard wallclock time - initiate terminate method"),
        ("W", "execd@node017|execd@gpu03.hpc.example.org|execd@node142.cluster", "job " + J + " exceeds job hard limit \"{=h_vmem|h_rss|h_fsize}\" of queue " + Q + " ({float:1000000-99999999999-5} > limit:{float:1000000-99999999999-5}) - sending SIGKILL"),
        ("E", QM, "got max. unheard timeout for target \"execd\" on host \"{node}\", can't deliver job \"{sgejob}\""),
        ("I", QM, "{user}@{host} has deleted job {sgejob}"),
        ("I", QM, "{user}@{host} has registered the job {sgejob} for deletion"),
        ("E", QM, "denied: host \"{node}\" is neither submit nor admin host"),
        ("I", "main@qmaster01", "starting up SGE {=8.1.9|8.1.10} ({=lx-amd64|lx-arm64})", 3),
        ("E", "execd@node017|execd@gpu03.hpc.example.org", "shepherd of job " + J + " exited with exit status = {int:1-27}"),
        ("W", QM, "job {sgejob} has not been scheduled since {=12|3} hours because of: {=cannot run in PE \"smp\" because it only offers 0 slots|(-l gpu=2) cannot run at host \"gpu01\" because it offers only gc:gpu=1.000000|resource quota set \"max_slots_per_user\" rule \"1\" exceeded}"),
    ],
}


def vdsm_header(r, ts, level, comp):
    thread, module = comp.split(";")
    thread = thread.replace("N", str(r.randint(0, 7))).replace("H", "".join(r.choice("0123456789abcdef") for _ in range(7)))
    return f"{ts:%Y-%m-%d %H:%M:%S},{ms3(ts)}+0000 {level:<5} ({thread}) [{module}] "


FROM6 = "from={vdsmpeer},{eport}"
VDSM = {
    "about": "oVirt 4.5 VDSM (vdsm.log): stamp with `+0000`, level padded to 5, `(thread)`, `[module]`, then the message "
             "and its source `(file:line)`",
    "log_format": "<Date> <Time> <Level> \\(<Thread>\\) \\[<Module>\\] <Content>",
    "start": datetime.datetime(2026, 12, 7, 9, 30, 0),
    "gap_ms": 500,
    "header": vdsm_header,
    "statements": [
        ("INFO", "jsonrpc/N;api.virt", "START {pick:vdsmverb}() " + FROM6 + ", vmId={uuid} (api:48)"),
        ("INFO", "jsonrpc/N;api.virt", "FINISH {pick:vdsmverb} return={{'status': {dict}, 'statsList': (suppressed)}} " + FROM6 + ", vmId={uuid} (api:54)"),
        ("INFO", "jsonrpc/N;api.host", "START {=getAllVmStats|getStats|ping2|getCapabilities}() from={vdsmpeer},{eport} (api:48)"),
        ("INFO", "jsonrpc/N;api.host", "FINISH {=getAllVmStats|getStats|ping2|getCapabilities} return={{'status': {dict}, 'statsList': (suppressed)}} from={vdsmpeer},{eport} (api:54)"),
        ("INFO", "jsonrpc/N;vdsm.api", "START connectStorageServer(domType={int:1-7}, spUUID='{uuid}', conList=[{{'id': '{uuid}', 'connection': '{=nfs01:/export/data|10.0.0.5:/data/ovirt|gl01:/vmstore}', 'iqn': '', 'vfs_type': '{=|nfs|glusterfs}', 'password': '********', 'user': '', 'tpgt': '1'}}]) " + FROM6 + ", flow_id={hex:8}, task_id={uuid} (api:48)"),
        ("INFO", "jsonrpc/N;vdsm.api", "FINISH connectStorageServer return={{'statuslist': [{{'id': '{uuid}', 'status': {=0|0|477}}}]}} " + FROM6 + ", flow_id={hex:8}, task_id={uuid} (api:54)"),
        ("INFO", "jsonrpc/N;jsonrpc.JsonRpcServer", "RPC call {pick:vdsmrpc} succeeded in {float:0-9-2} seconds (__init__:312)"),
        ("WARN", "jsonrpc/N;jsonrpc.JsonRpcServer", "RPC call {pick:vdsmrpc} failed (error {=100|358|600|850}) in {float:0-60-2} seconds (__init__:312)"),
        ("DEBUG", "tasks/N;storage.TaskManager.Task", "(Task='{uuid}') moving from state {pick:taskstate} -> state {pick:taskstate} (task:1202)"),
        ("INFO", "libvirt/events;virt.vm", "(vmId='{uuid}') Changed state to {pick:vmstate}: {pick:vmreason} (code={int:0-12}) (vm:1719)"),
        ("INFO", "libvirt/events;virt.vm", "(vmId='{uuid}') underlying process disconnected (vm:1134)"),
        ("INFO", "libvirt/events;virt.vm", "(vmId='{uuid}') Release VM resources (vm:5186)"),
        ("INFO", "monitor/H;storage.monitor", "Domain {uuid} became {=VALID|INVALID} (monitor:462)"),
        ("WARN", "check/loop;storage.check", "Checker '{vol}/{uuid}/dom_md/metadata' is blocked for {float:10-300-2} seconds (check:282)"),
        ("ERROR", "check/loop;storage.monitor", "Error checking path {vol}/{uuid}/dom_md/metadata (monitor:511)"),
        ("WARN", "periodic/N;virt.periodic.VmDispatcher", "could not run <class 'vdsm.virt.periodic.{=DriveWatermarkMonitor|BlockjobMonitor|UpdateVolumes|NvramDataMonitor}'> on {pyrepr} (periodic:{=289|309})"),
        ("ERROR", "jsonrpc/N;storage.dispatcher", "FINISH {pick:vdsmverb} error={=Storage domain does not exist|Volume does not exist|Image is not a legal chain}: ('{uuid}',) (dispatcher:{=83|87})"),
        ("INFO", "vmrecovery;vds", "recovery: waiting for storage pool to go up (clientIF:{=726|747})"),
        ("INFO", "MainThread;vds", "(PID: {int:1000-9999}) I am the actual vdsm {=4.50.3.4-1.el8|4.50.5.1-1.el9} {host} ({=4.18.0-500.el8.x86_64|5.14.0-362.el9.x86_64}) (vdsmd:{=162|165})", 3),
        ("INFO", "jsonrpc/N;virt.vm", "(vmId='{uuid}') starting migration to qemu+tls://{host}/system with miguri tcp://{ip} (migration:{=540|585})"),
        ("INFO", "migsrc/H;virt.vm", "(vmId='{uuid}') migration took {int:2-900} seconds to complete (migration:{=620|624})"),
        ("WARN", "qgapoller/N;virt.periodic.VmDispatcher", "(vmId='{uuid}') Guest agent is not responding: {=Guest agent not available for now|Timed out during operation: cannot acquire state change lock}"),
    ],
}


def ilo_header(r, ts, level, comp):
    return f"{ts:%b} {ts.day:>2} {ts:%H:%M:%S} {r.choice(['ilo-esx01', 'ilo-esx02', 'ilo-db-prod-3', 'ILOMXQ2340ABC'])} {comp}: "


WHO = "{pick:ilouser} - {ip}({pick:ilodns})."
ILO = {
    "about": "HPE iLO 5 (2.78) Integrated Management Log and iLO Event Log forwarded through remote syslog",
    "log_format": "<Month> <Day> <Time> <Host> <Process>: <Content>",
    "start": datetime.datetime(2026, 12, 7, 0, 0, 0),
    "gap_ms": 20000,
    "header": ilo_header,
    "statements": [
        ("", "ILO5", "Browser login: " + WHO),
        ("", "ILO5", "Browser logout: " + WHO),
        ("", "ILO5", "REST login: " + WHO),
        ("", "ILO5", "REST logout: " + WHO),
        ("", "ILO5", "SSH login: " + WHO),
        ("", "ILO5", "Login failure from: {ip}({pick:ilodns}) for user {pick:ilouser}."),
        ("", "ILO5", "IPMI/RMCP login: {pick:ilouser} - {ip}"),
        ("", "ILO5", "Server power restored."),
        ("", "ILO5", "Server power removed."),
        ("", "ILO5", "Server reset."),
        ("", "ILO5", "Uncorrectable Memory Error Detected by ROM-based Memory Validation ({ilomem})"),
        ("", "ILO5", "Corrected Memory Error threshold exceeded ({ilomem})"),
        ("", "ILO5", "Network Adapter Link Down (Slot {int:1-6}, Port {int:1-4})"),
        ("", "ILO5", "Network Adapter Link Up (Slot {int:1-6}, Port {int:1-4})"),
        ("", "ILO5", "Power Supply Failure (Power Supply {int:1-2}, {=0x0100|0x0080})"),
        ("", "ILO5", "Fan Failed (Fan {int:1-7}, Location {pick:ilolocation})"),
        ("", "ILO5", "Temperature Status {=Caution|Critical} (Location: {pick:ilotemp}, Temperature: {tempc})"),
        ("", "ILO5", "Firmware flashed ({pick:ilofw})."),
        ("", "ILO5", "Firmware update to {pick:ilofw} failed: {=Image validation failed|Flash write error|Component signature verification failed}"),
        ("", "ILO5", "Virtual Media image {=connected|disconnected}: {=http://10.0.5.20/iso/rhel-9.3-x86_64-dvd.iso|\\\\fs01\\iso\\WinSrv2022.iso|https://oneview01.corp.example.com/rest/firmware-drivers/SPP 2023.09.0.iso}"),
        ("", "ILO5", "POST Error: {=1785-Slot X Drive Array Not Configured|1801-Slot X Smart Array Controller Failure|313-HPE Smart Storage Battery 1 Failure - Battery Shutdown Event Code: 0x0400}"),
        ("", "ILO5", "Smart Storage Battery failure (Battery {int:1-2}, service information: {=0x0A|0x07|0x04}). Action: {=Restart system. Contact HPE support if condition persists.|Replace battery.}"),
        ("", "ILO5", "Drive Array Physical Drive Status Change. Storage Enclosure (Slot {int:0-12}) {=Port 1I Box 1 Bay 3|Port 2I Box 2 Bay 8|Port 1I Box 3 Bay 12} Status is now {=Failed|Predictive Failure|OK}."),
        ("", "ILO5", "Power Supplies Not Redundant"),
        ("", "ILO5", "iLO network link up at {=1 Gbps|100 Mbps} Full Duplex."),
        ("", "ILO5", "iLO network link down."),
        ("", "ILO5", "Added user: {pick:ilouser}."),
        ("", "ILO5", "Modified user: {pick:ilouser}."),
    ],
}

SYSTEMS = {"Artifactory": ARTIFACTORY, "Meilisearch": MEILI, "Django": DJANGO, "Amavis": AMAVIS, "TacPlus": TACPLUS,
           "GridEngine": SGE, "Vdsm": VDSM, "HpeIlo": ILO}
