"""Systems of the seventh blind set, part A: Mosquitto, qmail-send, PgBouncer, Fail2ban, NetworkManager, Jupyter Server,
Tor, Supervisor. A statement is (level, component, text[, count]); `{kind}` is a value (values7.draw), `{{`/`}}` braces."""
import datetime

UTC = datetime.timezone.utc


def _ms(ts):
    return f"{ts.microsecond // 1000:03d}"


def _mosquitto(r, ts, level, comp):
    # the SUBSCRIBE detail line starts with a tab after the stamp; the tab is the header's separator, not Content
    return f"{int(ts.timestamp())}: {comp}"


MOSQUITTO = {
    "log_format": "<Time>: <Content>",
    "about": "Eclipse Mosquitto 2.0 broker log: an epoch-seconds stamp and a colon, no level",
    "start": datetime.datetime(2026, 12, 3, 7, 12, 5, tzinfo=UTC), "gap_ms": 900,
    "header": _mosquitto,
    "statements": [
        ("", "", "New connection from {ip}:{port} on port {=1883|8883|9001}."),
        ("", "", "New client connected from {ip}:{port} as {clientid} (p{=2|5}, c{=0|1}, k{=60|30|120|15}, u'{user}')."),
        ("", "", "New client connected from {ip}:{port} as {clientid} (p{=2|5}, c{=0|1}, k{=60|30|120})."),
        ("", "", "Client {clientid} disconnected."),
        ("", "", "Client {clientid} closed its connection."),
        ("", "", "Client {clientid} has exceeded timeout, disconnecting."),
        ("", "", "Socket error on client {clientid}, disconnecting."),
        ("", "", "Client {clientid} disconnected, not authorised."),
        ("", "", "Client {clientid} already connected, closing old connection."),
        ("", "", "Client <unknown> disconnected due to protocol error."),
        ("", "", "Received PUBLISH from {clientid} (d{=0|0|0|1}, q{=0|1|2}, r{=0|1}, m{int}, '{topic}', ... ({int} bytes))"),
        ("", "", "Sending PUBLISH to {clientid} (d{=0|0|0|1}, q{=0|1|2}, r{=0|1}, m{int}, '{topic}', ... ({int} bytes))"),
        ("", "", "Denied PUBLISH from {clientid} (d{=0|0|0|1}, q{=0|1}, r{=0|1}, m{int}, '{topic}', ... ({int} bytes))"),
        ("", "", "Received PINGREQ from {clientid}"),
        ("", "", "Sending PINGRESP to {clientid}"),
        ("", "", "Received SUBSCRIBE from {clientid}"),
        ("", "\t", "{topic} (QoS {=0|1|2})"),
        ("", "", "Sending SUBACK to {clientid}"),
        ("", "", "Sending CONNACK to {clientid} ({=0|1}, {=0|5|135})"),
        ("", "", "Received DISCONNECT from {clientid}"),
        ("", "", "Outgoing messages are being dropped for client {clientid}."),
        ("", "", "OpenSSL Error[{int:0-2}]: {=error:0A000126:SSL routines::unexpected eof while reading|error:0A00010B:SSL routines::wrong version number|error:0A000418:SSL routines::tlsv1 alert unknown ca}"),
        ("", "", "Saving in-memory database to {=/var/lib/mosquitto/mosquitto.db|/mosquitto/data/mosquitto.db}."),
        ("", "", "mosquitto version {=2.0.18|2.0.15} starting", 2),
        ("", "", "mosquitto version {=2.0.18|2.0.15} running", 2),
        ("", "", "mosquitto version {=2.0.18|2.0.15} terminating", 1),
        ("", "", "Config loaded from {=/etc/mosquitto/mosquitto.conf|/mosquitto/config/mosquitto.conf}.", 2),
        ("", "", "Opening ipv{=4|6} listen socket on port {=1883|8883}.", 4),
        ("", "", "Error: Unable to open pwfile \"{=/etc/mosquitto/passwd|/mosquitto/config/pwfile}\".", 1),
    ],
}


def _qmail(r, ts, level, comp):
    s = int(ts.timestamp()) + 2 ** 62 + 10
    return f"@{s:016x}{ts.microsecond * 1000 + r.randint(0, 999):08x} "


QMAIL = {
    "log_format": "\\@<Time> <Content>",
    "about": "qmail-send under multilog: a TAI64N stamp (@ and 24 hex digits), no level; remote replies with _ for spaces (the format writes \\@: fm reads an argument that starts with @ as a response file)",
    "start": datetime.datetime(2026, 12, 4, 22, 40, 1, tzinfo=UTC), "gap_ms": 2500,
    "header": _qmail,
    "statements": [
        ("", "", "new msg {inode}"),
        ("", "", "info msg {inode}: bytes {int} from <{sender}> qp {int} uid {int}"),
        ("", "", "starting delivery {int}: msg {inode} to local {email}"),
        ("", "", "starting delivery {int}: msg {inode} to remote {email}"),
        ("", "", "delivery {int}: success: did_{int:0-1}+{int:0-1}+{int:0-2}/"),
        ("", "", "delivery {int}: success: {ip}_accepted_message./Remote_host_said:_{qresp}/"),
        ("", "", "delivery {int}: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/"),
        ("", "", "delivery {int}: deferral: Connected_to_{ip}_but_connection_died._(#4.4.2)/"),
        ("", "", "delivery {int}: deferral: Sorry,_I_couldn't_find_any_host_named_{fqdn}._(#4.1.2)/"),
        ("", "", "delivery {int}: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/"),
        ("", "", "delivery {int}: failure: {ip}_does_not_like_recipient./Remote_host_said:_{qfail}/Giving_up_on_{ip}./"),
        ("", "", "end msg {inode}"),
        ("", "", "bounce msg {inode} qp {int}"),
        ("", "", "triple bounce: discarding bounce/{inode}"),
        ("", "", "status: local {int:0-10}/{=10|20} remote {int:0-20}/{=20|120}"),
        ("", "", "warning: trouble opening remote/{int:0-22}/{inode}; will try again later"),
        ("", "", "status: exiting", 1),
        ("", "", "alert: unable to append to bounce message; HELP! sleeping...", 2),
    ],
}


def _pgbouncer(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S}.{_ms(ts)} UTC [{comp}] {level} "


PGB = "{=app|app_read|billing|pgbouncer}/{=app|reporting|billing_rw|pgbouncer}@{pgaddr}:{port}"
PGBOUNCER = {
    "log_format": "<Date> <Time> <Zone> \\[<Pid>\\] <Level> <Content>",
    "about": "PgBouncer 1.21: date, time with millis and zone, [pid], LOG/WARNING/ERROR; C-/S- connection prefixes",
    "start": datetime.datetime(2026, 12, 5, 3, 0, 11, tzinfo=UTC), "gap_ms": 1200,
    "header": _pgbouncer,
    "statements": [
        ("LOG", "1187", "C-{ptr}: " + PGB + " login attempt: db={word} user={user} tls={=no|TLSv1.3/TLS_AES_256_GCM_SHA384/ECDH=X25519|TLSv1.2/ECDHE-RSA-AES128-GCM-SHA256/ECDH=prime256v1}"),
        ("LOG", "1187", "C-{ptr}: " + PGB + " closing because: {pgreason} (age={secs})"),
        ("WARNING", "1187", "C-{ptr}: " + PGB + " pooler error: {=no such database: reporting|no such user: ghost|password authentication failed|query_wait_timeout|server login has been failing, try again later (server_login_retry)}"),
        ("LOG", "1187", "S-{ptr}: " + PGB + " new connection to server (from {ip}:{port})"),
        ("LOG", "1187", "S-{ptr}: " + PGB + " closing because: {pgreason} (age={secs})"),
        ("LOG", "1187", "S-{ptr}: " + PGB + " SSL established: {=TLSv1.3/TLS_AES_256_GCM_SHA384/ECDH=X25519|TLSv1.2/ECDHE-RSA-AES256-GCM-SHA384/ECDH=prime256v1}"),
        ("ERROR", "1187", "S-{ptr}: " + PGB + " server conn crashed?"),
        ("WARNING", "1187", "S-{ptr}: " + PGB + " server login failed: FATAL {=password authentication failed for user \"app\"|the database system is starting up|too many connections for role \"reporting\"}"),
        ("LOG", "1187", "stats: {int} xacts/s, {int} queries/s, {int} client parses/s, {int} server parses/s, {int} binds/s, in {int} B/s, out {int} B/s, xact {int} us, query {int} us, wait {int} us"),
        ("LOG", "1187", "process up: PgBouncer {=1.21.0|1.22.1}, libevent {=2.1.12-stable|2.1.11-stable} (epoll), adns: {=c-ares 1.19.1|evdns2}, tls: {=OpenSSL 3.0.2 15 Mar 2022|OpenSSL 3.0.11 19 Sep 2023}", 2),
        ("LOG", "1187", "listening on {=0.0.0.0|127.0.0.1|10.20.0.5}:{=6432|5432}", 2),
        ("LOG", "1187", "listening on unix:{=/tmp/.s.PGSQL.6432|/var/run/pgbouncer/.s.PGSQL.6432}", 2),
        ("LOG", "1187", "got SIGINT, shutting down", 1),
        ("LOG", "1187", "got SIGHUP, re-reading config", 3),
        ("LOG", "1187", "PAUSE command issued", 2),
        ("LOG", "1187", "RESUME command issued", 2),
        ("LOG", "1187", "C-{ptr}: pgbouncer/{user}@{pgaddr}:{port} pgbouncer access from unix socket"),
        ("WARNING", "1187", "C-{ptr}: (nodb)/(nouser)@{ip}:{port} pooler error: {=SSL required|unsupported startup parameter: extra_float_digits|bad packet header}"),
        ("LOG", "1187", "server_tls: {=verify-full|require} mode: certificate verify failed: {=unable to get local issuer certificate|hostname mismatch}"),
    ],
}


def _fail2ban(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S},{_ms(ts)} {comp:<24}[{r.choice(['812', '812', '812', '1930'])}]: {level:<7} "


FAIL2BAN = {
    "log_format": "<Date> <Time> <Component> \\[<Pid>\\]: <Level> <Content>",
    "about": "Fail2ban 1.0: date, time with millis, logger name padded to 24, [pid], level padded to 7",
    "start": datetime.datetime(2026, 12, 6, 0, 4, 44, tzinfo=UTC), "gap_ms": 2200,
    "header": _fail2ban,
    "statements": [
        ("INFO", "fail2ban.filter", "[{jail}] Found {ip} - {sqldate}"),
        ("NOTICE", "fail2ban.actions", "[{jail}] Ban {ip}"),
        ("NOTICE", "fail2ban.actions", "[{jail}] Unban {ip}"),
        ("NOTICE", "fail2ban.actions", "[{jail}] {ip} already banned"),
        ("NOTICE", "fail2ban.actions", "[{jail}] Restore Ban {ip}"),
        ("INFO", "fail2ban.filter", "[{jail}] Ignore {ip} by {=ip|command|dns}"),
        ("INFO", "fail2ban.jail", "Jail '{jail}' started"),
        ("INFO", "fail2ban.jail", "Jail '{jail}' stopped"),
        ("INFO", "fail2ban.jail", "Creating new jail '{jail}'"),
        ("INFO", "fail2ban.jail", "Jail '{jail}' uses {=pyinotify|poller|systemd} {{}}"),
        ("INFO", "fail2ban.filter", "Added logfile: '{=/var/log/auth.log|/var/log/nginx/error.log|/var/log/mail.log|/var/log/fail2ban.log}' (pos = {int}, hash = {hex40})"),
        ("INFO", "fail2ban.filter", "maxRetry: {int:3-10}"),
        ("INFO", "fail2ban.filter", "findtime: {=600|3600|86400}"),
        ("INFO", "fail2ban.actions", "banTime: {=600|3600|604800|-1}"),
        ("INFO", "fail2ban.filter", "encoding: {=UTF-8|ascii}"),
        ("INFO", "fail2ban.server", "Starting Fail2ban v{=1.0.2|1.1.0}", 2),
        ("INFO", "fail2ban.server", "Exiting Fail2ban", 1),
        ("INFO", "fail2ban.database", "Connected to fail2ban persistent database '{=/var/lib/fail2ban/fail2ban.sqlite3|/config/fail2ban.sqlite3}'", 2),
        ("ERROR", "fail2ban.utils", "{hex12} -- exec: {f2bcmd}"),
        ("ERROR", "fail2ban.utils", "{hex12} -- stderr: '{=iptables: Chain already exists.|ipset v7.15: Set cannot be created: set with the same name already exists|Another app is currently holding the xtables lock. Perhaps you want to use the -w option?}'"),
        ("ERROR", "fail2ban.utils", "{hex12} -- returned {int:1-4}"),
        ("ERROR", "fail2ban.actions", "Failed to execute ban jail '{jail}' action '{=iptables-multiport|nftables-multiport|iptables-ipset-proto6}' info '{actinfo}': Error banning {ip}"),
        ("WARNING", "fail2ban.filter", "[{jail}] Simulate NOW in operation mode: {=found timestamp is in future|please check your time settings}"),
        ("INFO", "fail2ban.filtersystemd", "[{jail}] Jail is in operation now (process new journal entries)"),
    ],
}


def _nm(r, ts, level, comp):
    tag = {"info": "<info>  ", "warn": "<warn>  ", "error": "<error> ", "debug": "<debug> "}[level]
    return (f"{ts:%b} {ts.day:>2} {ts:%H:%M:%S} {comp} NetworkManager[{r.choice(['781', '781', '781', '2204'])}]: {tag}"
            f"[{ts.timestamp():.4f}] ")


NM = {
    "log_format": "<Month> <Day> <Time> <Host> NetworkManager\\[<Pid>\\]: <<Level>> \\[<Stamp>\\] <Content>",
    "about": "NetworkManager 1.4x via syslog: a <level> in angle brackets padded with spaces and an [epoch.frac] stamp",
    "start": datetime.datetime(2026, 12, 2, 8, 1, 3, tzinfo=UTC), "gap_ms": 1600,
    "header": _nm,
    "statements": [
        ("info", "laptop-07|gw", "device ({iface}): state change: {nmstate} -> {nmstate} (reason '{nmreason}', sys-iface-state: '{=managed|external|assume}')"),
        ("info", "laptop-07|gw", "device ({iface}): Activation: starting connection '{conname}' ({uuid})"),
        ("info", "laptop-07|gw", "device ({iface}): Activation: successful, device activated."),
        ("warn", "laptop-07|gw", "device ({iface}): Activation: failed for connection '{conname}'"),
        ("info", "laptop-07|gw", "dhcp4 ({iface}): activation: beginning transaction (timeout in {=45|90} seconds)"),
        ("info", "laptop-07|gw", "dhcp4 ({iface}): state changed new lease, address={ip}"),
        ("info", "laptop-07|gw", "dhcp4 ({iface}):   address {ip}"),
        ("info", "laptop-07|gw", "dhcp4 ({iface}):   plen {=24|16|22}"),
        ("info", "laptop-07|gw", "dhcp4 ({iface}):   gateway {ip}"),
        ("info", "laptop-07|gw", "dhcp4 ({iface}):   lease time {=86400|3600|43200}"),
        ("info", "laptop-07|gw", "dhcp4 ({iface}):   nameserver '{ip}'"),
        ("info", "laptop-07|gw", "dhcp4 ({iface}):   domain name '{domain}'"),
        ("warn", "laptop-07|gw", "dhcp4 ({iface}): request timed out"),
        ("info", "laptop-07|gw", "policy: set '{conname}' ({iface}) as default for IPv{=4|6} routing and DNS"),
        ("info", "laptop-07|gw", "manager: NetworkManager state is now {=CONNECTED_GLOBAL|CONNECTING|DISCONNECTED|CONNECTED_SITE|ASLEEP|CONNECTED_LOCAL}"),
        ("info", "laptop-07|gw", "manager: ({iface}): new {=Ethernet|802.11 Wi-Fi|Bridge|Veth|WireGuard|Tun} device (/org/freedesktop/NetworkManager/Devices/{int:1-60})"),
        ("info", "laptop-07|gw", "device ({iface}): carrier: link connected"),
        ("info", "laptop-07|gw", "device ({iface}): supplicant interface state: {wstate} -> {wstate}"),
        ("info", "laptop-07|gw", "device ({iface}): set-hw-addr: set MAC address to {mac} (scanning)"),
        ("info", "laptop-07|gw", "audit: op=\"{=connection-activate|connection-update|device-managed|connection-delete}\" uuid=\"{uuid}\" name=\"{conname}\" pid={int} uid={=0|1000|1001} result=\"{=success|fail}\""),
        ("info", "laptop-07|gw", "NetworkManager (version {=1.42.4-1.fc38|1.44.2-1ubuntu1}) is starting... (boot:{uuid})", 2),
        ("info", "laptop-07|gw", "Read config: {=/etc/NetworkManager/NetworkManager.conf} (lib: {=00-server.conf, 20-connectivity-fedora.conf|10-dns-resolved.conf|no-mac-addr-change.conf, 10-globally-managed-devices.conf, 20-connectivity-ubuntu.conf}) (etc: {=99-custom.conf|default-wifi-powersave-on.conf})", 2),
        ("info", "laptop-07|gw", "exiting (success)", 1),
        ("error", "laptop-07|gw", "device ({iface}): sup-iface: failed to set PMF: {=GDBus.Error:fi.w1.wpa_supplicant1.UnknownError: Unknown error|Timeout was reached}"),
    ],
}


def _jupyter(r, ts, level, comp):
    return f"[{level} {ts:%Y-%m-%d %H:%M:%S}.{_ms(ts)} {comp}] "


JUPYTER = {
    "log_format": "\\[<Level> <Date> <Time> <Component>\\] <Content>",
    "about": "Jupyter Server 2 (tornado): a bracketed header that opens with a one-letter level",
    "start": datetime.datetime(2026, 12, 1, 13, 2, 54, tzinfo=UTC), "gap_ms": 2600,
    "header": _jupyter,
    "statements": [
        ("I", "ServerApp", "Kernel started: {uuid}"),
        ("I", "ServerApp", "Kernel shutdown: {uuid}"),
        ("I", "ServerApp", "Kernel restarted: {uuid}"),
        ("I", "ServerApp", "Kernel interrupted: {uuid}"),
        ("I", "ServerApp", "Starting buffering for {uuid}:{uuid}"),
        ("I", "ServerApp", "Discarding {int} buffered messages for {uuid}:{uuid}"),
        ("I", "ServerApp", "Adapting from protocol version {=5.3|5.4} (kernel {uuid}) to {=5.2|5.3} (client)."),
        ("I", "ServerApp", "Connecting to kernel {uuid}."),
        ("I", "ServerApp", "Restoring connection for {uuid}:{uuid}"),
        ("I", "ServerApp", "Saving file at /{nbpath}"),
        ("I", "ServerApp", "Creating new notebook in /{=work|analysis 2026|scratch|}"),
        ("I", "ServerApp", "Uploading file to /{nbpath}"),
        ("I|W", "ServerApp", "{=200|201|204|304|403|404} {=GET|POST|PATCH|DELETE|PUT} {jurl} ({=jovyan|alice|admin|}@{ip}) {msdur}"),
        ("W", "ServerApp", "{=400|403|404} {=GET|POST} {jurl} ({=jovyan|}@{ip}) {msdur} referer={=None|http://localhost:8888/lab|https://hub.example.com/user/alice/lab/tree/work}"),
        ("I", "KernelRestarter", "AsyncIOLoopKernelRestarter: restarting kernel ({int:1-5}/{=5}), keep random ports"),
        ("W", "KernelRestarter", "AsyncIOLoopKernelRestarter: restarting kernel ({int:1-5}/{=5}), new random ports"),
        ("I", "ServerApp", "Serving notebooks from local directory: {=/home/jovyan|/srv/notebooks}", 2),
        ("I", "ServerApp", "Jupyter Server {=2.10.0|2.12.1} is running at:", 2),
        ("I", "ServerApp", "http://{=127.0.0.1|localhost|jupyter-alice}:{=8888|8889}/lab?token={hex40}", 3),
        ("I", "ServerApp", "Use Control-C to stop this server and shut down all kernels (twice to skip confirmation).", 2),
        ("I", "ServerApp", "Shutting down {int:0-9} kernels", 2),
        ("I", "ServerApp", "Writing Jupyter server cookie secret to {=/home/jovyan/.local/share/jupyter/runtime/jupyter_cookie_secret|/root/.local/share/jupyter/runtime/jupyter_cookie_secret}", 1),
        ("W", "ServerApp", "Extension package {=jupyterlab_git|nbclassic|jupyter_lsp|panel.io.jupyter_server_extension} took {fsecs} to import"),
        ("I", "ServerApp", "{=jupyter_lsp|jupyter_server_terminals|jupyterlab|nbclassic|notebook_shim} | extension was successfully linked."),
        ("I", "ServerApp", "{=jupyter_lsp|jupyter_server_terminals|jupyterlab|nbclassic|notebook_shim} | extension was successfully loaded."),
        ("W", "ServerApp", "Notebook {nbpath} is not trusted"),
        ("E", "ServerApp", "Uncaught exception {=GET|POST} {jurl} ({ip})"),
    ],
}


def _tor(r, ts, level, comp):
    return f"{ts:%b %d %H:%M:%S}.{_ms(ts)} [{level}] "


TOR = {
    "log_format": "<Month> <Day> <Time> \\[<Level>\\] <Content>",
    "about": "Tor 0.4.8 daemon log: month, day, time with millis, [level] in lower case",
    "start": datetime.datetime(2026, 12, 5, 19, 55, 0, tzinfo=UTC), "gap_ms": 6000,
    "header": _tor,
    "statements": [
        ("notice", "", "Bootstrapped {int:0-100}% ({=conn|conn_done|handshake|handshake_done|requesting_status|loading_status|requesting_descriptors|loading_descriptors|enough_dirinfo|ap_handshake_done|circuit_create|done}): {=Connecting to a relay|Connected to a relay|Handshaking with a relay|Asking for networkstatus consensus|Loading relay descriptors|Done|Establishing a Tor circuit}"),
        ("notice", "", "Tor {=0.4.8.10|0.4.8.9} running on Linux with Libevent {=2.1.12-stable|2.1.11-stable}, OpenSSL {=3.0.11|3.0.2}, Zlib {=1.2.13|1.3}, Liblzma {=5.4.1|N/A}, Libzstd {=1.5.4|N/A} and Glibc {=2.36|2.35} as libc.", 2),
        ("notice", "", "Read configuration file \"{=/etc/tor/torrc|/usr/local/etc/tor/torrc}\".", 2),
        ("notice", "", "Opening {=Socks listener|Control listener|OR listener|DNS listener|Metrics listener} on {=127.0.0.1|0.0.0.0|[::]}:{=9050|9051|9001|5353}"),
        ("notice", "", "Opened {=Socks listener|Control listener|OR listener} connection (ready) on {=127.0.0.1|0.0.0.0}:{=9050|9051|9001}"),
        ("notice", "", "Heartbeat: Tor's uptime is {=0:30 hours|6:00 hours|1 day 6:00 hours|12 days 18:00 hours}, with {int} circuits open. I've sent {size} and received {size}. I've received {int} connections on IPv4 and {int} on IPv6. I've made {int} connections with IPv4 and {int} with IPv6."),
        ("notice", "", "Our directory information is no longer up-to-date enough to build circuits: We need more microdescriptors: we have {int}/{int}, and can only build {pct}% of likely paths. (We have {pct}% of guards bw, {pct}% of midpoint bw, and {pct}% of exit bw = {pct}% of path bw.)"),
        ("notice", "", "I learned some more directory information, but not enough to build a circuit: We need more microdescriptors: we have {int}/{int}, and can only build {pct}% of likely paths. (We have {pct}% of guards bw, {pct}% of midpoint bw, and {pct}% of exit bw = {pct}% of path bw.)"),
        ("warn", "", "Your system clock just jumped {int} seconds forward; assuming established circuits no longer work."),
        ("notice", "", "Tor has successfully opened a circuit. Looks like client functionality is working."),
        ("notice", "", "Guard {relay} ({fp}) is failing more circuits than usual. Most likely this means the Tor network is overloaded. Success counts are {int}/{int}. Use counts are {int}/{int}. {int} circuits completed, {int} were unusable, {int} collapsed, and {int} timed out. For reference, your timeout cutoff is {int} seconds."),
        ("notice", "", "New control connection opened from {=127.0.0.1|[::1]}."),
        ("notice", "", "Received reload signal (hup). Reloading config and resetting internal state.", 3),
        ("notice", "", "Interrupt: exiting cleanly.", 1),
        ("notice", "", "Catching signal TERM, exiting cleanly.", 1),
        ("warn", "", "Have tried resolving or connecting to address '{=[scrubbed]|www.example.com|check.torproject.org|10.9.8.7}' at {int:3-9} different places. Giving up."),
        ("notice", "", "Tried for {int} seconds to get a connection to {=[scrubbed]|api.example.org|duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion}:{=443|80|9418}. Giving up. (waiting for circuit)"),
        ("warn", "", "Socks version {int:65-90} not recognized. (This port is not an HTTP proxy; did you want to use HTTPTunnelPort?)"),
        ("warn", "", "Received http status code {=404|503|400} (\"{=Not found|Directory busy|Servers unavailable}\") from server {ip}:{port} while fetching \"{torpath}\"."),
        ("notice", "", "Application request when we haven't used client functionality lately. Optimistically trying directory fetches again."),
        ("warn", "", "Problem bootstrapping. Stuck at {int:0-100}% ({=conn|handshake|loading_descriptors|requesting_status}): {=Connecting to a relay|Handshaking with a relay|Loading relay descriptors}. ({=Connection refused|Connection timed out|No route to host}; {=CONNECTREFUSED|TIMEOUT|NOROUTE}; count {int}; recommendation {=warn|ignore}; host {hex40} at {ip}:{port})"),
        ("notice", "", "Delaying directory fetches: {=No running bridges|DisableNetwork is set.}"),
    ],
}


def _supervisor(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S},{_ms(ts)} {level} "


SUPERVISOR = {
    "log_format": "<Date> <Time> <Level> <Content>",
    "about": "Supervisor 4 (supervisord.log): date, time with millis after a comma, a four-letter level (INFO, WARN, CRIT, DEBG)",
    "start": datetime.datetime(2026, 12, 6, 4, 30, 0, tzinfo=UTC), "gap_ms": 3000,
    "header": _supervisor,
    "statements": [
        ("INFO", "", "spawned: '{prog}' with pid {int}"),
        ("INFO", "", "success: {prog} entered RUNNING state, process has stayed up for > than {=1|5|10} seconds (startsecs)"),
        ("INFO|WARN", "", "exited: {prog} ({waitstatus}; {=expected|not expected})"),
        ("INFO", "", "gave up: {prog} entered FATAL state, too many start retries too quickly"),
        ("INFO", "", "waiting for {proglist} to {=stop|die}"),
        ("INFO", "", "stopped: {prog} ({=exit status 0|terminated by SIGTERM|terminated by SIGKILL|exit status 143})"),
        ("WARN", "", "killing '{prog}' ({int}) with SIGKILL"),
        ("INFO", "", "supervisord started with pid {int}", 2),
        ("CRIT", "", "Supervisor is running as root.  Privileges were not dropped because no user is specified in the config file.  If you intend to run as root, you can set user=root in the config file to avoid this message.", 2),
        ("INFO", "", "Included extra file \"{=/etc/supervisor/conf.d/app.conf|/etc/supervisor/conf.d/workers.conf|/etc/supervisord.d/nginx.ini}\" during parsing"),
        ("INFO", "", "RPC interface 'supervisor' initialized", 2),
        ("CRIT", "", "Server 'unix_http_server' running without any HTTP authentication checking", 2),
        ("INFO", "", "reaped unknown pid {int} (exit status {int:0-2})"),
        ("WARN", "", "received {=SIGTERM|SIGINT|SIGQUIT} indicating exit request"),
        ("WARN", "", "received SIGHUP indicating restart request"),
        ("INFO", "", "spawnerr: can't find command '{=/usr/local/bin/worker|gunicorn|/opt/app/bin/start.sh}'"),
        ("INFO", "", "spawnerr: unknown error making dispatchers for '{prog}': {=EACCES|ENOENT|EISDIR}"),
        ("DEBG", "", "fd {int:5-60} closed, stopped monitoring <POutputDispatcher at {pyaddr} for <Subprocess at {pyaddr} with name {prog} in state {=RUNNING|STOPPING|STARTING|BACKOFF}> ({=stdout|stderr})>"),
        ("DEBG", "", "received SIGCHLD indicating a child quit"),
        ("INFO", "", "Set uid to user {int:0-1001} succeeded", 1),
    ],
}

SYSTEMS = {"Mosquitto": MOSQUITTO, "Qmail": QMAIL, "PgBouncer": PGBOUNCER, "Fail2ban": FAIL2BAN, "NetworkManager": NM,
           "JupyterServer": JUPYTER, "Tor": TOR, "Supervisor": SUPERVISOR}
