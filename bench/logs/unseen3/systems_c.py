"""unseen3 systems, part C: dnsmasq (syslog), Exim mainlog, Java unified GC log, Nagios, Celery worker, Zabbix server."""
import datetime

import vals

K = vals.KINDS
K["tlsx"] = lambda r: r.choice(["TLS1.3:TLS_AES_256_GCM_SHA384:256", "TLS1.3:TLS_AES_256_GCM_SHA384:256",
                                "TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256", "TLS1.3:TLS_AES_128_GCM_SHA256:128"])
K["smtpok"] = lambda r: r.choice([f"250 2.0.0 OK  {r.randint(1700000000, 1800000000)} {K['token'](r)} - gsmtp",
                                  f"250 2.0.0 Ok: queued as {K['hex8'](r).upper()}", "250 OK id=" + K["eid"](r)])
K["smtperr"] = lambda r: r.choice(["550 5.1.1 User unknown", "550 5.7.1 Relaying denied", "552 5.2.2 Mailbox full"])
K["sslerr"] = lambda r: r.choice(["error:0A000126:SSL routines::unexpected eof while reading",
                                  "error:0A0000C1:SSL routines::no shared cipher", "Connection reset by peer"])
K["dberr"] = lambda r: r.choice(["Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
                                 "Access denied for user 'zabbix'@'localhost' (using password: YES)"])
K["mac"] = lambda r: ":".join(f"{r.randint(0, 255):02x}" for _ in range(6))
K["iface"] = lambda r: r.choice(["eth0", "br-lan", "wlan0"])
K["dhost"] = lambda r: r.choice([f"{r.choice(vals.FIRST)}-laptop", "android-7f3a9c2b1d", "DESKTOP-4K2J9QL", "printer",
                                 f"iphone{r.randint(1, 9)}", "raspberrypi", "*"])
K["dnsans"] = lambda r: r.choices([K["ip"](r), "<CNAME>", "NXDOMAIN", "NODATA-IPv6", "NODATA"], [8, 3, 2, 1, 1])[0]
K["optval"] = lambda r: r.choice(["12h", "255.255.255.0", "192.168.1.1", "lan", f"{r.randint(1, 250)}"])
K["eid"] = lambda r: "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(6)) \
    + "-" + "".join(r.choice("0123456789ABCDEFabcdef") for _ in range(6)) + "-" + r.choice(["Q1", "3L", "Mx", "00"])
K["mid"] = lambda r: f"<{vals.KINDS['hex16'](r)}.{r.randint(1, 9999)}@{vals.KINDS['host'](r)}>"
K["gms"] = lambda r: f"{r.expovariate(1 / 8):.3f}ms"
K["gM"] = lambda r: f"{r.randint(1, 4096)}M"
K["gK"] = lambda r: f"{r.randint(100, 99999)}K"
K["gsec"] = lambda r: f"{r.expovariate(1 / 0.02):.2f}s"
K["svc"] = lambda r: r.choice(["HTTP", "Current Load", "Root Partition", "SSH", "PING", "Swap Usage", "Total Processes", "disk_/var"])
K["pout"] = lambda r: r.choice([
    "CRITICAL - Socket timeout after 10 seconds", f"OK - load average: {r.uniform(0, 4):.2f}, {r.uniform(0, 4):.2f}, {r.uniform(0, 4):.2f}",
    f"PING OK - Packet loss = 0%, RTA = {r.uniform(0.1, 9):.2f} ms", f"DISK WARNING - free space: / {r.randint(100, 9000)} MB ({r.uniform(1, 15):.1f}% inode=91%):",
    f"HTTP OK: HTTP/1.1 200 OK - {r.randint(200, 90000)} bytes in {r.uniform(0, 1):.3f} second response time",
    "(Service check timed out after 60.01 seconds)", "connect to address 10.20.0.7 and port 22: Connection refused"])
K["hout"] = lambda r: r.choice(["PING CRITICAL - Packet loss = 100%", f"CRITICAL - Host Unreachable ({K['ip'](r)})",
                                f"PING OK - Packet loss = 0%, RTA = {r.uniform(0.1, 9):.2f} ms"])
K["comment"] = lambda r: r.choice(["looking into it", "known issue, ticket OPS-1234", "disk replaced tomorrow", "ack"])
K["task"] = lambda r: r.choice(["orders.tasks.send_receipt", "billing.tasks.charge_card", "reports.tasks.build_daily_report",
                                "celery.backend_cleanup", "search.tasks.reindex"])
K["fsec"] = lambda r: f"{r.expovariate(1 / 0.8):.6f}s"
K["result"] = lambda r: r.choice(["None", "True", f"{{'sent': {r.randint(0, 9)}}}", "'ok'", f"[{r.randint(1, 99)}, {r.randint(1, 99)}]"])
K["exc"] = lambda r: r.choice(["ConnectionError('Error 111 connecting to redis:6379. Connection refused.')", "TimeoutError()",
                               f"KeyError('{r.choice(['user_id', 'order'])}')", "OperationalError('server closed the connection unexpectedly')"])
K["broker"] = lambda r: r.choice([f"amqp://{K['ruser'](r)}:**@{K['shost'](r)}:5672//", f"redis://{K['shost'](r)}:6379/{r.randint(0, 3)}"])
K["zhost"] = lambda r: r.choice([K["shost"](r), "Zabbix server", f"{r.choice(vals.WORDS)}.{r.choice(vals.TLDS)}"])
K["zkey"] = lambda r: r.choice(["system.cpu.load[all,avg1]", "vfs.fs.size[/,pfree]", 'net.if.in["eth0"]', "proc.num[nginx]",
                                "web.page.get[localhost,/health,80]", "agent.ping"])
K["zerr"] = lambda r: r.choice(["Cannot obtain filesystem information: [2] No such file or directory", "Unsupported item key.",
                                "Timeout while executing a shell script."])
K["zproc"] = lambda r: r.choice(["poller", "trapper", "unreachable poller", "history syncer", "alert manager", "http poller"])
K["sql"] = lambda r: r.choice([f"update item_rtdata set lastlogsize={r.randint(0, 99999)} where itemid={r.randint(10000, 99999)}",
                               f"select clock,ns,value from history_uint where itemid={r.randint(10000, 99999)} and clock>{r.randint(1700000000, 1800000000)}"])


def _dnsmasq_header(r, ts, level, comp):
    return ts.strftime("%b ") + f"{ts.day:2d} " + ts.strftime("%H:%M:%S ") + f"{comp}[2817]: "


DNSMASQ = {
    "about": "dnsmasq 2.90 DNS and DHCP (syslog, log-queries and log-dhcp on)",
    "log_format": "<Month> <Day> <Time> <Process>\\[<Pid>\\]: <Content>",
    "start": datetime.datetime(2026, 12, 3, 19, 0, 0),
    "gap_ms": 700,
    "header": _dnsmasq_header,
    "statements": [
        ("", "dnsmasq", "query[{=A|AAAA|PTR|HTTPS|SRV}] {host} from {ip}"),
        ("", "dnsmasq", "forwarded {host} to {ip}"),
        ("", "dnsmasq", "reply {host} is {dnsans}"),
        ("", "dnsmasq", "cached {host} is {dnsans}"),
        ("", "dnsmasq", "config {host} is {ip}"),
        ("", "dnsmasq-dhcp", "DHCPREQUEST({iface}) {ip} {mac}"),
        ("", "dnsmasq-dhcp", "DHCPACK({iface}) {ip} {mac} {dhost}"),
        ("", "dnsmasq-dhcp", "{n9} DHCPREQUEST({iface}) {ip} {mac}"),
        ("", "dnsmasq-dhcp", "{n9} sent size:  {n1} option: {n2} {=lease-time|netmask|router|dns-server|domain-name}  {optval}"),
        ("", "dnsmasq-dhcp", "{n9} tags: {=lan, known, eth0|lan, eth0}"),
        ("", "dnsmasq-dhcp", "{n9} client provides name: {dhost}"),
        ("", "dnsmasq-dhcp", "{n9} vendor class: {=MSFT 5.0|android-dhcp-13|udhcp 1.36.1}"),
        ("", "dnsmasq-dhcp", "{n9} available DHCP range: {ip} -- {ip}"),
        ("", "dnsmasq-dhcp", "DHCPDISCOVER({iface}) {mac}"),
        ("", "dnsmasq-dhcp", "DHCPOFFER({iface}) {ip} {mac}"),
        ("", "dnsmasq-dhcp", "DHCPNAK({iface}) {ip} {mac} wrong address"),
        ("", "dnsmasq-dhcp", "DHCPRELEASE({iface}) {ip} {mac}"),
        ("", "dnsmasq", "Maximum number of concurrent DNS queries reached (max: {n3})"),
        ("", "dnsmasq", "failed to send packet: Network is unreachable"),
        ("", "dnsmasq", "using nameserver {ip}#{port}", 2),
        ("", "dnsmasq", "reading {path}", 2),
        ("", "dnsmasq", "read {path} - {n2} names", 2),
        ("", "dnsmasq", "started, version {version} cachesize {n5}", 1),
        ("", "dnsmasq", "compile time options: {=IPv6 GNU-getopt DBus no-UBus i18n IDN2 DHCP DHCPv6 no-Lua TFTP conntrack ipset nftset auth cryptohash DNSSEC loop-detect inotify dumpfile}", 1),
        ("", "dnsmasq-dhcp", "DHCP, IP range {ip} -- {ip}, lease time {=12h|1d}", 1),
        ("", "dnsmasq", "exiting on receipt of SIGTERM", 1),
    ],
}


def _exim_header(r, ts, level, comp):
    return ts.strftime("%Y-%m-%d %H:%M:%S ")


EXIM = {
    "about": "Exim 4.97 mainlog (message ids and <= => -> ** == flags inside the message)",
    "log_format": "<Date> <Time> <Content>",
    "start": datetime.datetime(2026, 12, 1, 11, 11, 11),
    "header": _exim_header,
    "statements": [
        ("", None, "{eid} <= {email} H={host} [{ip}] P={=esmtps|esmtpsa|esmtp} X={tlsx} CV=no S={n5} id={mid}"),
        ("", None, '{eid} => {email} R=dnslookup T=remote_smtp H={host} [{ip}] X={tlsx} CV=yes C="{smtpok}"'),
        ("", None, "{eid} Completed"),
        ("", None, "SMTP connection from [{ip}]:{port} (TCP/IP connection count = {n1})"),
        ("", None, "SMTP connection from ({host}) [{ip}]:{port} closed by QUIT"),
        ("", None, "{eid} <= {email} U={=www-data|exim} P=local S={n5}"),
        ("", None, "{eid} => {user} <{email}> R=local_user T=mail_spool"),
        ("", None, "{eid} -> {email} R=dnslookup T=remote_smtp H={host} [{ip}]"),
        ("", None, "H=({host}) [{ip}]:{port} F=<{?email}> rejected RCPT <{email}>: relay not permitted"),
        ("", None, "{eid} == {email} R=dnslookup T=remote_smtp defer ({n3}): Connection timed out"),
        ("", None, "{eid} ** {email} R=dnslookup T=remote_smtp H={host} [{ip}]: SMTP error from remote mail server after RCPT TO:<{email}>: {smtperr}"),
        ("", None, "dovecot_login authenticator failed for ({host}) [{ip}]:{port}: {=535} Incorrect authentication data (set_id={email})"),
        ("", None, "TLS error on connection from {host} [{ip}]:{port} (SSL_accept): {sslerr}"),
        ("", None, "no host name found for IP address {ip}"),
        ("", None, "Start queue run: pid={pid}"),
        ("", None, "End queue run: pid={pid}"),
        ("", None, "{eid} H={host} [{ip}]:{port} F=<{email}> rejected after DATA: Your message scored {float} SpamAssassin point. Report follows:"),
        ("", None, "{eid} <= <> R={eid} U=Debian-exim P=local S={n5}"),
        ("", None, "{eid} SMTP data timeout (message abandoned) on connection from {host} [{ip}]:{port} F=<{email}>"),
        ("", None, "{eid} Spool file is locked (another process is handling this message)"),
        ("", None, "{eid} Frozen (delivery error message)"),
        ("", None, "exim {version} daemon started: pid={pid}, -q{=30m}, listening for SMTP on {=[127.0.0.1]:25 [::1]:25 port 587 (IPv4 and IPv6)}", 1),
        ("", None, "{eid} removed by root", 1),
    ],
}


def _gc_header(r, ts, level, comp):
    up = (ts - datetime.datetime(2026, 12, 4, 15, 59, 58)).total_seconds()
    return f"[{ts.strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}+0000][{up:.3f}s][{level}][{comp:<12}] "


def _pause(kind):
    return ("info", "gc", "GC({n5}) Pause " + kind + " {gM}->{gM}({gM}) {gms}")


JAVAGC = {
    "about": "JDK 21 unified logging, G1 (-Xlog:gc*,safepoint with time, uptime, level, tags)",
    "log_format": "\\[<Time>\\]\\[<Uptime>\\]\\[<Level>\\]\\[<Tags>\\] <Content>",
    "start": datetime.datetime(2026, 12, 4, 16, 0, 0),
    "gap_ms": 900,
    "header": _gc_header,
    "statements": [
        ("info", "gc,phases", "GC({n5})   Pre Evacuate Collection Set: {gms}"),
        ("info", "gc,phases", "GC({n5})   Evacuate Collection Set: {gms}"),
        ("info", "gc,heap", "GC({n5}) Eden regions: {n3}->{n1}({n3})"),
        ("info", "gc,start", "GC({n5}) Pause Young (Normal) (G1 Evacuation Pause)"),
        _pause("Young (Normal) (G1 Evacuation Pause)"),
        ("info", "gc,cpu", "GC({n5}) User={gsec} Sys={gsec} Real={gsec}"),
        ("info", "gc,heap", "GC({n5}) Survivor regions: {n2}->{n2}({n3})"),
        ("info", "gc,phases", "GC({n5})   Post Evacuate Collection Set: {gms}"),
        ("info", "gc,phases", "GC({n5})   Other: {gms}"),
        ("info", "gc,heap", "GC({n5}) Old regions: {n3}->{n3}"),
        ("info", "gc,heap", "GC({n5}) Humongous regions: {n2}->{n2}"),
        ("info", "gc,metaspace", "GC({n5}) Metaspace: {gK}({gK})->{gK}({gK}) NonClass: {gK}({gK})->{gK}({gK}) Class: {gK}({gK})->{gK}({gK})"),
        ("info", "gc,task", "GC({n5}) Using {n1} workers of {n1} for evacuation"),
        ("info", "safepoint", 'Safepoint "{=G1CollectForAllocation|G1PauseRemark|Cleanup|ICBufferFull}", Time since last: {n9} ns, Reaching safepoint: {n5} ns, Cleanup: {n5} ns, At safepoint: {n5} ns, Total: {n5} ns'),
        ("info", "gc,start", "GC({n5}) Pause Young (Concurrent Start) (G1 Humongous Allocation)"),
        _pause("Young (Concurrent Start) (G1 Humongous Allocation)"),
        _pause("Young (Prepare Mixed) (G1 Evacuation Pause)"),
        _pause("Young (Mixed) (G1 Evacuation Pause)"),
        _pause("Remark"),
        _pause("Cleanup"),
        ("info", "gc", "GC({n5}) Concurrent Mark Cycle {gms}"),
        ("info", "gc,marking", "GC({n5}) Concurrent Mark From Roots {gms}"),
        ("warning", "gc", "GC({n5}) To-space exhausted"),
        _pause("Full (G1 Compaction Pause)"),
        ("info", "gc,init", "Version: {=21.0.5+11-LTS} (release)", 1),
        ("info", "gc,init", "CPUs: {n1} total, {n1} available", 1),
        ("info", "gc,init", "Heap Region Size: {gM}", 1),
        ("info", "gc,init", "Heap Max Capacity: {gM}", 1),
        ("info", "gc", "Using G1", 1),
    ],
}


def _nagios_header(r, ts, level, comp):
    return f"[{int(ts.replace(tzinfo=datetime.timezone.utc).timestamp())}] "


NAGIOS = {
    "about": "Nagios Core 4.5 nagios.log (epoch seconds in brackets, semicolon-separated event fields)",
    "log_format": "\\[<Time>\\] <Content>",
    "start": datetime.datetime(2026, 12, 2, 0, 0, 0),
    "gap_ms": 9000,
    "header": _nagios_header,
    "statements": [
        ("", None, "SERVICE ALERT: {shost};{svc};{=CRITICAL|WARNING|OK|UNKNOWN};{=SOFT|HARD};{n1};{pout}"),
        ("", None, "HOST ALERT: {shost};{=DOWN|UP|UNREACHABLE};{=SOFT|HARD};{n1};{hout}"),
        ("", None, "SERVICE NOTIFICATION: {=nagiosadmin|oncall-sre};{shost};{svc};{=CRITICAL|WARNING|OK};{=notify-service-by-email|notify-service-by-slack};{pout}"),
        ("", None, "EXTERNAL COMMAND: SCHEDULE_FORCED_SVC_CHECK;{shost};{svc};{n9}"),
        ("", None, "Warning: Return code of {n3} for check of service '{svc}' on host '{shost}' was out of bounds."),
        ("", None, "HOST NOTIFICATION: {=nagiosadmin|oncall-sre};{shost};{=DOWN|UP};{=notify-host-by-email|notify-host-by-slack};{hout}"),
        ("", None, "SERVICE FLAPPING ALERT: {shost};{svc};STARTED; Service appears to have started flapping ({pct} change >= {pct} threshold)"),
        ("", None, "SERVICE FLAPPING ALERT: {shost};{svc};STOPPED; Service appears to have stopped flapping ({pct} change < {pct} threshold)"),
        ("", None, "EXTERNAL COMMAND: ACKNOWLEDGE_SVC_PROBLEM;{shost};{svc};{n1};{n1};{n1};{user};{comment}"),
        ("", None, "Warning: Check of service '{svc}' on host '{shost}' timed out after {gsec}!"),
        ("", None, "CURRENT SERVICE STATE: {shost};{svc};{=OK|CRITICAL|WARNING};HARD;{n1};{pout}"),
        ("", None, "CURRENT HOST STATE: {shost};{=UP|DOWN};HARD;{n1};{hout}"),
        ("", None, "SERVICE DOWNTIME ALERT: {shost};{svc};STARTED; Service has entered a period of scheduled downtime"),
        ("", None, "SERVICE DOWNTIME ALERT: {shost};{svc};STOPPED; Service has exited from a period of scheduled downtime"),
        ("", None, "Auto-save of retention data completed successfully."),
        ("", None, "Warning: The check of host '{shost}' looks like it was orphaned (results never came back; last_check={n9}). I'm scheduling an immediate check of the host..."),
        ("", None, "LOG ROTATION: DAILY", 1),
        ("", None, "LOG VERSION: {=2.0}", 1),
        ("", None, "Nagios {version} starting... (PID={pid})", 1),
        ("", None, "Local time is {ctime}", 1),
        ("", None, "Finished daemonizing... (New PID={pid})", 1),
        ("", None, "Caught SIGTERM, shutting down...", 1),
        ("", None, "Successfully shutdown... (PID={pid})", 1),
    ],
}


def _celery_header(r, ts, level, comp):
    if comp == "Worker":
        comp = f"ForkPoolWorker-{r.randint(1, 8)}"
    return f"[{ts.strftime('%Y-%m-%d %H:%M:%S')},{ts.microsecond // 1000:03d}: {level}/{comp}] "


CELERY = {
    "about": "Celery 5.3 worker (and beat) log: bracketed time, level/process",
    "log_format": "\\[<Date> <Time>: <Level>/<Process>\\] <Content>",
    "start": datetime.datetime(2026, 12, 5, 6, 0, 0),
    "header": _celery_header,
    "statements": [
        ("INFO", "MainProcess", "Task {task}[{uuid}] received"),
        ("INFO", "Worker", "Task {task}[{uuid}] succeeded in {fsec}: {result}"),
        ("ERROR", "Worker", "Task {task}[{uuid}] raised unexpected: {exc}"),
        ("INFO", "Worker", "Task {task}[{uuid}] retry: Retry in {isec}: {exc}"),
        ("INFO", "Beat", "Scheduler: Sending due task {=cleanup-every-hour|nightly report|sync-inventory} ({task})"),
        ("WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection..."),
        ("ERROR", "MainProcess", "consumer: Cannot connect to {broker}: {=[Errno 111] Connection refused|timed out}."),
        ("INFO", "MainProcess", "Connected to {broker}"),
        ("INFO", "MainProcess", "missed heartbeat from celery@{shost}"),
        ("INFO", "MainProcess", "sync with celery@{shost}"),
        ("WARNING", "MainProcess", "Substantial drift from celery@{shost} may mean clocks are out of sync.  Current drift is {n3} seconds.  [orig: {sqldatef} recv: {sqldatef}]"),
        ("ERROR", "MainProcess", "Process 'ForkPoolWorker-{n1}' pid:{pid} exited with 'signal {=9} (SIGKILL)'"),
        ("ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal {=9} (SIGKILL) Job: {n3}.')"),
        ("WARNING", "Worker", "Soft time limit ({isec}) exceeded for {task}[{uuid}]"),
        ("ERROR", "MainProcess", "Hard time limit ({isec}) exceeded for {task}[{uuid}]"),
        ("ERROR", "MainProcess", "Received unregistered task of type '{task}'."),
        ("WARNING", "MainProcess", "Restoring {n2} unacknowledged message(s)"),
        ("INFO", "MainProcess", "mingle: searching for neighbors", 2),
        ("INFO", "MainProcess", "mingle: all alone", 1),
        ("INFO", "MainProcess", "mingle: sync with {n1} nodes", 1),
        ("INFO", "MainProcess", "celery@{shost} ready.", 2),
        ("INFO", "MainProcess", "Events of group {{task}} enabled by remote.", 1),
    ],
}


def _zabbix_header(r, ts, level, comp):
    return f"{r.choice([1201, 1203, 1217, 1240, 1288]):6d}:{ts.strftime('%Y%m%d')}:{ts.strftime('%H%M%S')}.{ts.microsecond // 1000:03d} "


ZABBIX = {
    "about": "Zabbix server 6.4 log (pid:date:time header, quoted host and item keys)",
    "log_format": "<Pid>:<Date>:<Time> <Content>",
    "start": datetime.datetime(2026, 11, 30, 12, 0, 0),
    "header": _zabbix_header,
    "statements": [
        ("", None, 'cannot send list of active checks to "{ip}": host [{zhost}] not found'),
        ("", None, 'item "{zhost}:{zkey}" became not supported: {zerr}'),
        ("", None, 'Zabbix agent item "{zkey}" on host "{zhost}" failed: first network error, wait for {n2} seconds'),
        ("", None, 'resuming Zabbix agent checks on host "{zhost}": connection restored'),
        ("", None, 'item "{zhost}:{zkey}" became supported'),
        ("", None, 'cannot send list of active checks to "{ip}": host [{zhost}] not monitored'),
        ("", None, 'Zabbix agent item "{zkey}" on host "{zhost}" failed: another network error, wait for {n2} seconds'),
        ("", None, 'temporarily disabling Zabbix agent checks on host "{zhost}": host unavailable'),
        ("", None, 'SNMP agent item "{zkey}" on host "{zhost}" failed: first network error, wait for {n2} seconds'),
        ("", None, "failed to accept an incoming connection: from {ip}: reading first byte from connection failed: [{=104}] Connection reset by peer"),
        ("", None, 'failed to accept an incoming connection: connection from "{ip}" rejected, allowed hosts: "{ip}"'),
        ("", None, 'slow query: {float} sec, "{sql}"'),
        ("", None, "executing housekeeper"),
        ("", None, "housekeeper [deleted {n5} hist/trends, {n3} items/triggers, {n2} events, {n1} problems, {n1} sessions, {n1} alarms, {n1} audit items, {n1} autoreg_host, {n1} records in {float} sec, idle for {=1} hour(s)]"),
        ("", None, "[Z3001] connection to database '{=zabbix|zabbix_proxy}' failed: [{=2002|1045}] {dberr}"),
        ("", None, "database is down: reconnecting in {n2} seconds"),
        ("", None, "database connection re-established"),
        ("", None, "server #{n2} started [{zproc} #{n1}]"),
        ("", None, "Starting Zabbix Server. Zabbix {version} (revision {hex8}).", 1),
        ("", None, "****** Enabled features ******", 1),
        ("", None, "SNMP monitoring:           YES", 1),
        ("", None, "Zabbix Server stopped. Zabbix {version} (revision {hex8}).", 1),
    ],
}

SYSTEMS = {"Dnsmasq": DNSMASQ, "Exim": EXIM, "JavaGC": JAVAGC, "Nagios": NAGIOS, "Celery": CELERY, "Zabbix": ZABBIX}
