#!/usr/bin/env python3
"""Writes the 'unseen' template-mining check set: logs of systems that are not among the shared Loghub-2k
eight, with ground truth in the Loghub-2k CSV format that shared/tools/logparse_eval.py reads.

Every statement below was written for this set from how these programs log (syslog daemons, Android logcat,
macOS, Windows CBS, a supercomputer syslog, Proxifier, OpenStack nova, Postfix); no line is copied from a
published data set. Values are drawn at random (seeded, so the files are reproducible) with skewed
frequencies, so that some variables vary rarely (a user name that is 'root' nine times in ten) the way
they do in real logs.

Annotation (as in the Loghub-2.0 corrected ground truth): a value is '<*>', separators inside a value stay
literal ('<*>:<*>' for host:port, '<*>:<*>:<*>' for a time of day), a date written as several words is one
'<*>' (as the shared BGL ground truth writes 'status=M Sat Jul 16 18:30:20 PDT 2005' as 'status=M <*>'), a token that mixes a value with letters is one '<*>', and an empty value in a slot that
elsewhere holds one ('()' against '(host)') belongs to the same template.

Usage: make-unseen.py [OUT_DIR]   (default: the folder of this script)
"""
import csv
import json
import os
import random
import re
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261205)

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WORDS = ["alpha", "delta", "orion", "lyra", "vega", "rigel", "atlas", "cobalt", "ember", "fjord", "garnet", "harbor"]
TLDS = ["net", "com", "org", "edu", "de", "jp", "br"]


def skewed(values, weights=None):
    """One of values; the first is the most common (weights halve down the list unless given)."""
    weights = weights or [2 ** -i for i in range(len(values))]
    return rng.choices(values, weights)[0]


def ip():
    return ".".join(str(rng.randrange(1, 255)) for _ in range(4))


def hostname():
    kind = rng.randrange(4)
    if kind == 0:
        a = ip().replace(".", "-")
        return f"{a}.{skewed(['dsl', 'cable', 'dyn', 'pool'])}.{rng.choice(WORDS)}{rng.choice(['tel', 'net', 'link'])}.{rng.choice(TLDS)}"
    if kind == 1:
        return f"host{rng.randrange(1, 300)}.{rng.choice(WORDS)}.{rng.choice(TLDS)}"
    if kind == 2:
        return f"{rng.choice(['mail', 'www', 'smtp', 'ns1', 'gw'])}.{rng.choice(WORDS)}-{rng.choice(WORDS)}.{rng.choice(TLDS)}"
    return f"{rng.choice(WORDS)}{rng.randrange(10, 99)}.{rng.choice(['cs', 'lab', 'corp'])}.{rng.choice(WORDS)}.{rng.choice(TLDS)}"


def ctime():
    """'Sun Jul  3 23:12:01 2005': the day of month is padded with a space, so the date has double spaces."""
    day = rng.randrange(1, 29)
    text = f"{rng.choice(DAYS)} {skewed(MONTHS[5:9])} {day:>2} {rng.randrange(24):02}:{rng.randrange(60):02}:{rng.randrange(60):02} {skewed(['2005', '2006'])}"
    return text, "<*>"


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid():
    return f"{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}"


def num(lo, hi):
    return str(rng.randrange(lo, hi))


# A slot is a function returning (text, ground-truth); V(f) wraps a function that returns only text (a plain '<*>').
def V(f, *args):
    return lambda: (f(*args), "<*>")


def C(text):
    return lambda: (text, text)


def OPT(slot, share_empty):
    """A slot that is empty some of the time: '()' against '(host)'."""
    def pick():
        return ("", "<*>") if rng.random() < share_empty else slot()
    return pick


def JOIN(*slots, sep=":"):
    def pick():
        parts = [s() for s in slots]
        return sep.join(p[0] for p in parts), sep.join(p[1] for p in parts)
    return pick


def render(template, slots):
    """Fills {name} slots; returns (content, ground-truth template)."""
    text, gt = [], []
    for piece in re.split(r"(\{\w+\})", template):
        if piece.startswith("{") and piece.endswith("}"):
            value, value_gt = slots[piece[1:-1]]()
            text.append(value)
            gt.append(value_gt)
        else:
            text.append(piece)
            gt.append(piece)
    return "".join(text), annotate("".join(gt))


PATH = re.compile(r"(?<![^\s\"'(=\[,])/[^\s\"'()\[\],;]+")
NUMBER = re.compile(r"-?(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)*)")
DELIMITERS = re.compile(r"([:=,;()\[\]{}\"'|#@%/<>])")


def annotate(template):
    """Applies the annotation rules to a filled-in template: paths, numbers and tokens that mix a value with other
    characters become '<*>'; '<*><*>' collapses; whitespace runs become one space."""
    template = PATH.sub("<*>", template).replace("<*>", "\0")
    tokens = []
    for token in template.split():
        pieces = []
        for piece in DELIMITERS.split(token):
            if piece and not DELIMITERS.fullmatch(piece) and ("\0" in piece or NUMBER.fullmatch(piece)):
                piece = "\0"
            pieces.append(piece)
        tokens.append(re.sub("\0+", "\0", "".join(pieces)))
    return " ".join(tokens).replace("\0", "<*>")


USERS = lambda: skewed(["root", "guest", "test", "cyrus", "news"], [80, 8, 6, 3, 3])


# --- Linux (syslog of a 2005-era server: ftpd, sshd, su, cups, logrotate, kernel) ---------------------------------
def linux():
    stmts = [
        (30, "ftpd", "connection from {ip} ({host}) at {date}", dict(ip=V(ip), host=OPT(V(hostname), 0.5), date=ctime)),
        (14, "sshd(pam_unix)", "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost={rhost}", dict(rhost=lambda: (rng.choice([ip(), hostname()]), "<*>"))),
        (12, "sshd(pam_unix)", "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost={rhost} user={user}", dict(rhost=lambda: (rng.choice([ip(), hostname()]), "<*>"), user=V(USERS))),
        (8, "sshd(pam_unix)", "check pass; user unknown", {}),
        (10, "su(pam_unix)", "session opened for user {user} by (uid={uid})", dict(user=V(USERS), uid=V(lambda: skewed(["0", "500", "501"])))),
        (10, "su(pam_unix)", "session closed for user {user}", dict(user=V(USERS))),
        (3, "cups", "cupsd shutdown succeeded", {}),
        (3, "cups", "cupsd startup succeeded", {}),
        (3, "logrotate", "ALERT exited abnormally with [{code}]", dict(code=V(lambda: skewed(["1", "2"])))),
        (4, "ftpd", "ANONYMOUS FTP LOGIN FROM {ip}, (anonymous)", dict(ip=V(ip))),
        (4, "ftpd", "FTP session closed", {}),
        (3, "kernel", "Out of memory: Killed process {pid} ({proc}).", dict(pid=V(num, 1000, 32000), proc=V(lambda: skewed(["httpd", "java", "mysqld"])))),
        (2, "syslogd 1.4.1", "restart.", {}),
        (2, "kernel", "klogd 1.4.1, log source = /proc/kmsg started.", {}),
        (3, "xinetd", "START: {svc} pid={pid} from={ip}", dict(svc=V(lambda: skewed(["ftp", "telnet", "rsync"])), pid=V(num, 1000, 32000), ip=V(ip))),
        (2, "gdm(pam_unix)", "check pass; user unknown", {}),
        (2, "named", "lame server resolving '{host}' (in '{zone}'?): {ip}#53", dict(host=V(hostname), zone=V(lambda: f"{rng.choice(WORDS)}.{rng.choice(TLDS)}"), ip=V(ip))),
    ]
    t = [7, 3, 4, 2, 30, 0]

    def header(comp):
        t[4] += rng.randrange(0, 3)
        if t[4] > 59:
            t[4], t[3] = t[4] - 60, t[3] + 1
        pid = f"[{rng.randrange(1000, 32000)}]" if comp not in ("kernel", "syslogd 1.4.1") else ""
        return f"{MONTHS[t[0] - 1]} {t[1]:>2} {t[2]:02}:{t[3] % 60:02}:{t[4]:02} combo {comp}{pid}: "
    return stmts, header, "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>"


# --- Android (logcat threadtime, single-letter levels) ---------------------------------------------------------
def android():
    pkg = lambda: skewed(["com.android.systemui", "com.tencent.mm", "com.example.notes", "com.google.android.gms", "com.whatsapp"])
    stmts = [
        (20, "PowerManagerService", "acquire lock={lock}, flags=0x{flags}, tag=\"{tag}\", name={pkg}, ws=null, uid={uid}, pid={pid}", dict(lock=V(num, 10 ** 8, 10 ** 9), flags=V(lambda: skewed(["1", "20000001", "6"])), tag=V(lambda: skewed(["RILJ_ACK_WL", "*alarm*", "WakefulExecutor", "NlpWakeLock"])), pkg=V(pkg), uid=V(num, 1000, 10200), pid=V(num, 600, 30000))),
        (20, "PowerManagerService", "release:lock={lock}, flg=0x0, tag=\"{tag}\", name={pkg}\", ws=null, uid={uid}, pid={pid}", dict(lock=V(num, 10 ** 8, 10 ** 9), tag=V(lambda: skewed(["RILJ_ACK_WL", "*alarm*", "WakefulExecutor"])), pkg=V(pkg), uid=V(num, 1000, 10200), pid=V(num, 600, 30000))),
        (8, "ActivityManager", "Start proc {pid}:{pkg}/{uid} for service {pkg2}/{cls}", dict(pid=V(num, 600, 30000), pkg=V(pkg), uid=V(lambda: f"u0a{rng.randrange(10, 300)}"), pkg2=V(pkg), cls=V(lambda: "." + skewed(["SyncService", "PushService", "JobSchedulerService"])))),
        (6, "ActivityManager", "Killing {pid}:{pkg}/{uid} (adj {adj}): empty #{n}", dict(pid=V(num, 600, 30000), pkg=V(pkg), uid=V(lambda: f"u0a{rng.randrange(10, 300)}"), adj=V(lambda: skewed(["906", "904", "900"])), n=V(num, 17, 40))),
        (10, "WindowManager", "printFreezingDisplayLogsopening app wtoken = AppWindowToken{{tok} token=Token{{tok2} ActivityRecord{{tok3} u0 {pkg}/.{act} t{task}}}}, allDrawn= {b1}, startingDisplayed =  {b2}, startingMoved =  false, isRelaunching =  false", dict(tok=V(hexid, 7), tok2=V(hexid, 7), tok3=V(hexid, 7), pkg=V(pkg), act=V(lambda: skewed(["MainActivity", "ChatActivity", "SettingsActivity"])), task=V(num, 100, 999), b1=V(lambda: skewed(["false", "true"])), b2=V(lambda: skewed(["false", "true"])))),
        (10, "PhoneStatusBar", "setSystemUiVisibility vis={a} mask={b} oldVal={c} newVal={d} diff={e}", dict(a=V(lambda: rng.choice(["0", "40000500", "8000"])), b=V(lambda: rng.choice(["ffffffff", "1"])), c=V(lambda: rng.choice(["40000500", "3f00"])), d=V(lambda: rng.choice(["0", "40000500"])), e=V(lambda: rng.choice(["40000500", "8000"])))),
        (6, "DisplayPowerController", "Animating brightness: target={t}, rate={r}", dict(t=V(num, 10, 255), r=V(lambda: skewed(["40", "200"])))),
        (5, "KeyguardUpdateMonitor", "handleBatteryUpdate", {}),
        (9, "ConnectivityService", "notifyType CAP_CHANGED for NetworkAgentInfo [{type} ({sub}) - {n}]", dict(type=V(lambda: skewed(["WIFI", "MOBILE"])), sub=lambda: ("", "<*>") if rng.random() < 0.6 else (skewed(["LTE", "UMTS"]), "<*>"), n=V(num, 100, 999))),
        (5, "AlarmManager", "set alarm type={type} when={when} window={win} for {pkg}", dict(type=V(lambda: skewed(["2", "3", "0"])), when=V(num, 10 ** 9, 10 ** 10), win=V(lambda: skewed(["0", "-1"])), pkg=V(pkg))),
        (3, "BluetoothAdapter", "getBluetoothService() called with no BluetoothManagerCallback", {}),
        (3, "SensorService", "sensor {s} activated by uid {uid}", dict(s=V(lambda: skewed(["accelerometer", "proximity", "light"])), uid=V(num, 1000, 10200))),
    ]
    levels = {"PowerManagerService": "D", "ActivityManager": "I", "WindowManager": "V", "PhoneStatusBar": "D", "DisplayPowerController": "D",
              "KeyguardUpdateMonitor": "D", "ConnectivityService": "D", "AlarmManager": "V", "BluetoothAdapter": "W", "SensorService": "E"}
    clock = [16 * 3600 + 13 * 60]

    def header(comp):
        clock[0] += rng.random() * 2
        s = clock[0]
        pid = skewed(["1702", "2227", "3211"])
        return f"03-17 {int(s) // 3600:02}:{int(s) // 60 % 60:02}:{int(s) % 60:02}.{int(s * 1000) % 1000:03}  {pid:>5} {rng.randrange(1000, 9999):>5} {levels[comp]} {comp}: "
    return stmts, header, "<Date> <Time>  <Pid>  <Tid> <Level> <Component>: <Content>"


# --- Mac (macOS syslog: kernel drivers, Wi-Fi, power management) -------------------------------------------------
def mac():
    stmts = [
        (12, "kernel[0]", "ARPT: {a}.{b}: wl0: wl_update_tcpkeep_seq: Original Seq: {s}, Ack: {k}, Win size: {w}", dict(a=V(num, 600000, 700000), b=V(num, 100000, 999999), s=V(num, 10 ** 8, 4 * 10 ** 9), k=V(num, 10 ** 8, 4 * 10 ** 9), w=V(num, 1000, 9000))),
        (10, "kernel[0]", "AppleCamIn::systemWakeCall - messageType = 0x{t}", dict(t=V(lambda: skewed(["E0000340", "E0000280"])))),
        (8, "kernel[0]", "Wake reason: {r}", dict(r=V(lambda: skewed(["RTC", "EC.LidOpen", "ARPT", "XHC1"])))),
        (8, "kernel[0]", "IOThunderboltSwitch<0>(0x0)::listenerCallback - Thunderbolt HPD packet for route = 0x0 port = {p} unplug = {u}", dict(p=V(lambda: skewed(["11", "12"])), u=V(lambda: skewed(["0", "1"])))),
        (8, "sharingd[{pid}]", "{time} : SDStatusMonitor::kStatusWirelessPowerChanged", dict(pid=V(num, 30, 999), time=lambda: (f"{rng.randrange(24):02}:{rng.randrange(60):02}:{rng.randrange(60):02}.{rng.randrange(1000):03}", "<*>:<*>:<*>"))),
        (8, "com.apple.cts[{pid}]", "com.apple.Safari.SafeBrowsing.Update: scheduler_evaluate_activity told me to run this job; however, but the start time isn't for {s} seconds.  Ignoring.", dict(pid=V(num, 30, 999), s=V(num, 100, 9000))),
        (6, "symptomsd[{pid}]", "__73-[NetworkAnalyticsEngine observeValueForKeyPath:ofObject:change:context:]_block_invoke unexpected switch value {v}", dict(pid=V(num, 30, 999), v=V(lambda: skewed(["2", "3"])))),
        (6, "QQ[{pid}]", "FA||Url||taskID[{task}] dealloc", dict(pid=V(num, 10000, 20000), task=V(num, 2019350000, 2019359999))),
        (5, "UserEventAgent[{pid}]", "Captive: [CNInfoNetworkActive:1748] en0: SSID '{ssid}' making interface primary (protected network)", dict(pid=V(num, 30, 999), ssid=V(lambda: skewed(["CalVisitor", "Home-5G", "eduroam"])))),
        (5, "locationd[{pid}]", "Location icon should now be in state '{s}'", dict(pid=V(num, 30, 999), s=V(lambda: skewed(["Active", "Inactive"])))),
        (4, "kernel[0]", "Sandbox: com.apple.Addres({pid}) deny(1) network-outbound /private/var/run/mDNSResponder", dict(pid=V(num, 100, 9999))),
        (4, "mDNSResponder[{pid}]", "mDNS_DeregisterInterface: Frequent transitions for interface en0 ({ip})", dict(pid=V(num, 30, 999), ip=V(ip))),
    ]
    clock = [9 * 3600]
    hosts = lambda: skewed(["calvisitor-10-105-160-95", "authorMacBook-Pro", "calvisitor-10-105-162-178"])

    def header(comp):
        clock[0] += rng.randrange(0, 40)
        s = clock[0]
        comp = comp.replace("{pid}", str(rng.randrange(30, 999))) if "{pid}" in comp else comp
        return f"Jul  {1 + s // 86400} {s // 3600 % 24:02}:{s // 60 % 60:02}:{s % 60:02} {hosts()} {comp}: "
    return stmts, header, "<Month>  <Date> <Time> <User> <Component>\\[<PID>\\]( \\(<Address>\\))?: <Content>"


# --- Windows CBS (component-based servicing log) ------------------------------------------------------------------
def windows():
    kb = lambda: f"Package_for_KB{rng.randrange(2500000, 3200000)}~31bf3856ad364e35~amd64~~6.1.{rng.randrange(1, 4)}.{rng.randrange(0, 9)}"
    stmts = [
        (14, "CBS", "Read out cached package applicability for package: {kb}, ApplicableState: {a}, CurrentState:{c}", dict(kb=V(kb), a=V(lambda: skewed(["112", "80"])), c=V(lambda: skewed(["112", "0"])))),
        (10, "CBS", "Session: {s}_{n} initialized by client WindowsUpdateAgent.", dict(s=V(num, 30546000, 30547000), n=V(num, 10 ** 9, 4 * 10 ** 9))),
        (8, "CBS", "Warning: Unrecognized packageExtended attribute.", {}),
        (8, "CBS", "Expecting attribute name [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]", {}),
        (8, "CBS", "Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]", {}),
        (6, "CBS", "SQM: Initializing online with Windows opt-in: False", {}),
        (6, "CBS", "SQM: Cleaning up report files older than {d} days.", dict(d=V(lambda: skewed(["10", "30"])))),
        (4, "CBS", "Starting TrustedInstaller initialization.", {}),
        (4, "CBS", "Ending TrustedInstaller initialization.", {}),
        (4, "CBS", "Loaded Servicing Stack v{v} with Core: {path}", dict(v=V(lambda: f"6.1.7601.{rng.randrange(23000, 24000)}"), path=V(lambda: f"C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_6.1.7601.{rng.randrange(23000, 24000)}_none_{hexid(16)}\\cbscore.dll"))),
        (4, "CSI", "{n}@{d}/{m}/{y}:{h}:{mi}:{s}.{ms} WcpInitialize (wcp.dll version 0.0.0.6) called (stack @0x{a} @0x{b})", dict(n=V(lambda: f"{rng.randrange(1, 255):08x}"), d=V(num, 2016, 2017), m=V(num, 1, 12), y=V(num, 1, 28), h=V(num, 0, 23), mi=V(num, 10, 59), s=V(num, 10, 59), ms=V(num, 100, 999), a=V(hexid, 12), b=V(hexid, 12))),
        (5, "CBS", "Exec: Processing complete.  Session: {s}_{n}, hr: 0x{hr}", dict(s=V(num, 30546000, 30547000), n=V(num, 10 ** 9, 4 * 10 ** 9), hr=V(lambda: skewed(["0", "800f0902"])))),
        (3, "CBS", "Reboot mark set", {}),
        (3, "CBS", "Reboot mark cleared", {}),
    ]
    clock = [4 * 3600 + 30 * 60]
    levels = lambda comp: "Info" if rng.random() < 0.85 else "Warning"

    def header(comp):
        clock[0] += rng.randrange(0, 3)
        s = clock[0]
        return f"2016-09-28 {s // 3600:02}:{s // 60 % 60:02}:{s % 60:02}, {levels(comp):<22}{comp:<7}"
    return stmts, header, "<Date> <Time>, <Level>                  <Component>    <Content>"


# --- Thunderbird-style supercomputer syslog (alert tag, epoch, node names) ------------------------------------------
def thunderbird():
    node = lambda: f"{skewed(['dn', 'bn', 'an'])}{rng.randrange(1, 999)}"
    stmts = [
        (16, "crond(pam_unix)", "session opened for user {user} by (uid=0)", dict(user=V(lambda: skewed(["root", "nobody"], [9, 1])))),
        (16, "crond(pam_unix)", "session closed for user {user}", dict(user=V(lambda: skewed(["root", "nobody"], [9, 1])))),
        (12, "crond", "({user}) CMD (run-parts /etc/cron.{when})", dict(user=V(lambda: skewed(["root", "nobody"], [9, 1])), when=V(lambda: skewed(["hourly", "daily"])))),
        (8, "ntpd", "synchronized to {ip}, stratum {s}", dict(ip=V(ip), s=V(lambda: skewed(["2", "3"])))),
        (6, "ntpd", "kernel time sync disabled {n}", dict(n=V(lambda: skewed(["0041", "0001"])))),
        (6, "kernel", "ib_sm_sweep.c:{line}: Sweep completed, {n} nodes", dict(line=V(lambda: skewed(["1455", "1831"])), n=V(num, 1000, 2000))),
        (5, "sshd", "Accepted publickey for {user} from {ip} port {port} ssh2", dict(user=V(USERS), ip=V(ip), port=V(num, 30000, 65000))),
        (5, "dhcpd", "DHCPREQUEST for {ip} from {mac} via eth{n}", dict(ip=V(ip), mac=V(lambda: ":".join(hexid(2) for _ in range(6))), n=V(lambda: skewed(["1", "0"])))),
        (5, "dhcpd", "DHCPACK on {ip} to {mac} via eth{n}", dict(ip=V(ip), mac=V(lambda: ":".join(hexid(2) for _ in range(6))), n=V(lambda: skewed(["1", "0"])))),
        (3, "kernel", "VIPKL(1): [create_mr] MM_bld_hh_mr failed (-253:VAPI_EAGAIN)", {}),
        (3, "postfix/postdrop", "warning: unable to look up public/pickup: No such file or directory", {}),
        (3, "kernel", "GM: There are {n} active GM ports", dict(n=V(num, 1, 9))),
    ]
    t = [1131566461]

    def header(comp):
        t[0] += rng.randrange(0, 30)
        s = t[0] % 86400
        n = node()
        label = "-" if rng.random() < 0.95 else "VAPI"
        pid = f"[{rng.randrange(1000, 32000)}]" if comp != "kernel" else ""
        return f"{label} {t[0]} 2005.11.09 {n} Nov 9 {s // 3600:02}:{s // 60 % 60:02}:{s % 60:02} {n}/{n} {comp}{pid}: "
    return stmts, header, "<Label> <Timestamp> <Date> <User> <Month> <Day> <Time> <Location> <Component>(\\[<PID>\\])?: <Content>"


# --- Proxifier (Windows proxy client: host names everywhere) ----------------------------------------------------------
def proxifier():
    target = JOIN(V(lambda: rng.choice([hostname(), ip(), f"{rng.choice(['api', 'cdn', 'static', 'img'])}.{rng.choice(WORDS)}.{rng.choice(TLDS)}"])), V(lambda: skewed(["443", "80", "5228"])))
    proxy = JOIN(V(lambda: skewed(["proxy.cse.example.edu", "gw.lab.example.edu"])), V(lambda: skewed(["5070", "8080"])))
    size = lambda unit: lambda: (f"{rng.randrange(1000, 99000)} ({rng.randrange(1, 99)}.{rng.randrange(10)} {unit})", "<*> (<*>)")
    stmts = [
        (24, "open", "{t} open through proxy {p} HTTPS", dict(t=target, p=proxy)),
        (20, "close", "{t} close, {s} bytes sent, {r} bytes received, lifetime {l}", dict(t=target, s=V(num, 100, 9999), r=V(num, 100, 99999), l=lambda: (f"{rng.randrange(60):02}:{rng.randrange(60):02}", "<*>:<*>"))),
        (8, "close", "{t} close, {s} bytes sent, {r} bytes received, lifetime {l}", dict(t=target, s=size("KB"), r=size("MB"), l=lambda: (f"{rng.randrange(60):02}:{rng.randrange(60):02}", "<*>:<*>"))),
        (6, "error", "{t} error : Could not connect through proxy {p} - Proxy server cannot establish a connection with the target, status code {c}", dict(t=target, p=proxy, c=V(lambda: skewed(["403", "502"])))),
        (4, "error", "{t} error : A connection request was canceled before the completion.", dict(t=target)),
        (3, "open", "{t} open directly", dict(t=target)),
    ]
    programs = lambda: skewed(["chrome.exe", "firefox.exe", "Dropbox.exe", "svchost.exe", "outlook.exe", "Skype.exe"])
    clock = [16 * 3600 + 49 * 60]

    def header(_):
        clock[0] += rng.randrange(0, 4)
        s = clock[0]
        return f"[10.30 {s // 3600 % 24:02}:{s // 60 % 60:02}:{s % 60:02}] {programs()} - "
    return stmts, header, "\\[<Time>\\] <Program> - <Content>"


# --- OpenStack nova (oslo.log format with request context) ------------------------------------------------------------
def openstack():
    tenant = hexid(32)
    stmts = [
        (24, "nova.osapi_compute.wsgi.server", "{ip} \"GET /v2/{t}/servers/detail HTTP/1.1\" status: {st} len: {len} time: {time}", dict(ip=V(lambda: skewed(["10.11.10.1", "10.11.10.2"])), t=V(lambda: tenant), st=V(lambda: skewed(["200", "404"])), len=V(num, 1000, 2000), time=V(lambda: f"0.{rng.randrange(10 ** 6, 10 ** 7)}"))),
        (6, "nova.osapi_compute.wsgi.server", "{ip} \"POST /v2/{t}/os-server-external-events HTTP/1.1\" status: {st} len: {len} time: {time}", dict(ip=V(lambda: skewed(["10.11.10.1", "10.11.10.2"])), t=V(lambda: tenant), st=V(lambda: "200"), len=V(num, 300, 400), time=V(lambda: f"0.{rng.randrange(10 ** 6, 10 ** 7)}"))),
        (8, "nova.compute.manager", "[instance: {u}] VM {ev} (Lifecycle Event)", dict(u=V(uuid), ev=V(lambda: skewed(["Started", "Stopped", "Paused", "Resumed"])))),
        (6, "nova.compute.manager", "[instance: {u}] Took {s} seconds to spawn the instance on the hypervisor.", dict(u=V(uuid), s=V(lambda: f"{rng.randrange(10, 30)}.{rng.randrange(10, 99)}"))),
        (6, "nova.compute.manager", "[instance: {u}] Took {s} seconds to build instance.", dict(u=V(uuid), s=V(lambda: f"{rng.randrange(10, 30)}.{rng.randrange(10, 99)}"))),
        (6, "nova.virt.libvirt.imagecache", "image {u} at ({p}): checking", dict(u=V(uuid), p=V(lambda: f"/var/lib/nova/instances/_base/{hexid(40)}"))),
        (6, "nova.virt.libvirt.imagecache", "Active base files: {p}", dict(p=V(lambda: f"/var/lib/nova/instances/_base/{hexid(40)}"))),
        (4, "nova.compute.claims", "[instance: {u}] Total memory: {m}, used: {used}", dict(u=V(uuid), m=V(lambda: "64172 MB"), used=V(lambda: f"{rng.randrange(512, 9000)}.00 MB"))),
        (4, "nova.compute.claims", "[instance: {u}] Claim successful", dict(u=V(uuid))),
        (4, "nova.compute.resource_tracker", "Final resource view: name={host} phys_ram={a}MB used_ram={b}MB phys_disk={c}GB used_disk={d}GB total_vcpus={e} used_vcpus={f} pci_stats=[]", dict(host=V(lambda: skewed(["cp-1.slowvm1.tcloud-pg0.utah.cloudlab.us", "cp-2.slowvm1.tcloud-pg0.utah.cloudlab.us"])), a=V(lambda: "64172"), b=V(num, 512, 9000), c=V(lambda: "15"), d=V(num, 0, 15), e=V(lambda: "16"), f=V(num, 0, 16))),
        (3, "nova.metadata.wsgi.server", "{ip},{ip2} \"GET /openstack/2013-10-17/meta_data.json HTTP/1.1\" status: 200 len: {len} time: {time}", dict(ip=V(ip), ip2=V(lambda: "10.11.21.1"), len=V(num, 900, 1000), time=V(lambda: f"0.{rng.randrange(10 ** 6, 10 ** 7)}"))),
    ]
    clock = [0]

    def header(comp):
        clock[0] += rng.randrange(0, 3)
        s = clock[0]
        level = "INFO" if rng.random() < 0.9 else "WARNING"
        ctx = f"[req-{uuid()} {hexid(32)} {tenant} - - -]" if rng.random() < 0.8 else "[-]"
        src = "nova-api.log.1.2017-05-16_13:53:08" if "wsgi" in comp else "nova-compute.log.1.2017-05-16_13:55:31"
        return f"{src} 2017-05-16 {s // 3600:02}:{s // 60 % 60:02}:{s % 60:02}.{rng.randrange(1000):03} {rng.randrange(2000, 30000)} {level} {comp} {ctx} "
    return stmts, header, "<Logrecord> <Date> <Time> <Pid> <Level> <Component> \\[<ADDR>\\] <Content>"


# --- Postfix (mail server syslog: queue ids, addresses, relays) ----------------------------------------------------------
def postfix():
    qid = lambda: "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    addr = lambda: (f"{rng.choice(['alice', 'bob', 'ops', 'noreply', 'j.smith', 'billing'])}@{rng.choice(WORDS)}.{rng.choice(TLDS)}", "<*>")
    stmts = [
        (14, "postfix/smtpd", "connect from {h}[{ip}]", dict(h=V(lambda: rng.choice(["unknown", hostname()])), ip=V(ip))),
        (14, "postfix/smtpd", "disconnect from {h}[{ip}]", dict(h=V(lambda: rng.choice(["unknown", hostname()])), ip=V(ip))),
        (12, "postfix/qmgr", "{q}: from=<{a}>, size={s}, nrcpt={n} (queue active)", dict(q=V(qid), a=addr, s=V(num, 800, 90000), n=V(lambda: skewed(["1", "2"])))),
        (12, "postfix/smtp", "{q}: to=<{a}>, relay={r}[{ip}]:25, delay={d}, delays={d1}/{d2}/{d3}/{d4}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {q2})", dict(q=V(qid), a=addr, r=V(hostname), ip=V(ip), d=V(lambda: f"{rng.randrange(0, 9)}.{rng.randrange(10)}"), d1=V(lambda: f"0.{rng.randrange(10)}"), d2=V(lambda: f"0.{rng.randrange(10)}"), d3=V(lambda: f"0.{rng.randrange(10)}"), d4=V(lambda: f"0.{rng.randrange(10)}"), q2=V(qid))),
        (10, "postfix/qmgr", "{q}: removed", dict(q=V(qid))),
        (8, "postfix/cleanup", "{q}: message-id=<{m}>", dict(q=V(qid), m=V(lambda: f"{rng.randrange(10 ** 9, 10 ** 10)}.{hexid(6)}@{hostname()}"))),
        (5, "postfix/smtpd", "NOQUEUE: reject: RCPT from {h}[{ip}]: 554 5.7.1 <{a}>: Relay access denied; from=<{a2}> to=<{a3}> proto=ESMTP helo=<{helo}>", dict(h=V(lambda: rng.choice(["unknown", hostname()])), ip=V(ip), a=addr, a2=addr, a3=addr, helo=V(hostname))),
        (4, "postfix/smtpd", "lost connection after {cmd} from {h}[{ip}]", dict(cmd=V(lambda: skewed(["CONNECT", "EHLO", "AUTH"])), h=V(lambda: rng.choice(["unknown", hostname()])), ip=V(ip))),
        (3, "postfix/anvil", "statistics: max connection rate {n}/60s for (smtp:{ip}) at {date}", dict(n=V(num, 1, 30), ip=V(ip), date=lambda: (f"{skewed(MONTHS[9:12])} {rng.randrange(1, 29):>2} {rng.randrange(24):02}:{rng.randrange(60):02}:{rng.randrange(60):02}", "<*>"))),
    ]
    t = [10, 12, 6, 25, 0]

    def header(comp):
        t[4] += rng.randrange(0, 5)
        if t[4] > 59:
            t[4], t[3] = t[4] - 60, t[3] + 1
        return f"{MONTHS[t[0] - 1]} {t[1]:>2} {t[2]:02}:{t[3] % 60:02}:{t[4]:02} mail {comp}[{rng.randrange(1000, 32000)}]: "
    return stmts, header, "<Month> <Date> <Time> <Level> <Component>(\\[<PID>\\])?: <Content>"


SYSTEMS = {"Linux": (linux, 500), "Android": (android, 500), "Mac": (mac, 400), "WindowsCBS": (windows, 400),
           "Thunderbird": (thunderbird, 400), "Proxifier": (proxifier, 400), "OpenStack": (openstack, 400), "Postfix": (postfix, 400)}


def main():
    formats = {}
    for name, (make, count) in SYSTEMS.items():
        stmts, header, log_format = make()
        folder = os.path.join(OUT, name)
        os.makedirs(folder, exist_ok=True)
        ids, counts, rows, raw = {}, {}, [], []
        for line_id in range(1, count + 1):
            _, comp, template, slots = rng.choices(stmts, [s[0] for s in stmts])[0]
            content, gt = render(template, slots)
            raw.append(header(comp) + content)
            eid = ids.setdefault(gt, f"E{len(ids) + 1}")
            counts[eid] = counts.get(eid, 0) + 1
            rows.append((line_id, " ".join(content.split()), eid, gt))
        with open(os.path.join(folder, f"{name}_2k.log"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(raw) + "\n")
        with open(os.path.join(folder, f"{name}_2k.log_structured.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
            w.writerows(rows)
        with open(os.path.join(folder, f"{name}_2k.log_templates.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["EventId", "EventTemplate", "Occurrences"])
            w.writerows((eid, gt, counts[eid]) for gt, eid in ids.items())
        formats[name] = {"log_format": log_format, "lines": count, "gt_templates": len(ids)}
    with open(os.path.join(OUT, "formats.json"), "w", encoding="utf-8") as f:
        json.dump({"_about": "Written by make-unseen.py; log_format in the Loghub syntax, as in shared/data/loghub2k/formats.json.", "datasets": formats}, f, indent=1)
        f.write("\n")


main()
