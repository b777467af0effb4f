"""Systems of the tenth blind set, second half: WildFly, Nextcloud, Home Assistant, Rspamd, 389 Directory Server access log,
HTCondor, VMware ESXi vmkernel, Dell iDRAC via syslog. Each: log_format, header(r, ts, level, comp), statements
(level, component, text[, count]); an optional trailer writes the fields after the message."""
import datetime

from values10 import SHAPES, WORDS, NAMES, MONTHS, DAYS, hexs, alnum, ip, ip6, uuid, host, user, email, when, listof, path

# ---------------------------------------------------------------------------------------------------------------- WildFly
WFWARS = ["orders.war", "payments-api-2.4.1.war", "ROOT.war", "crm-ear.ear", "reporting.war", "keycloak-adapter.jar"]
WFNODES = ["app01", "app02", "app03", "wildfly-0", "wildfly-1", "host-a:server-one"]
SHAPES.update({
    "wfwar": lambda r, ts: r.choice(WFWARS),
    "wfctx": lambda r, ts: r.choice(["/orders", "/api/v2", "/", "/payments", "/reporting/ui", "/health"]),
    "wfjndi": lambda r, ts: r.choice(["java:jboss/datasources/ExampleDS", "java:/jdbc/OrdersDS", "java:jboss/datasources/PaymentsXA",
                                      "java:/ReportingDS"]),
    "wfijerr": lambda r, ts: r.choice(["javax.resource.ResourceException: IJ031084: Unable to create connection",
                                       "null: java.net.SocketTimeoutException: connect timed out",
                                       "org.postgresql.util.PSQLException: FATAL: sorry, too many clients already",
                                       "javax.resource.ResourceException: IJ000655: No managed connections available within configured blocking timeout (30000 [ms])"]),
    "wffail": lambda r, ts: r.choice([
        "{\"WFLYCTL0080: Failed services\" => {\"jboss.deployment.unit.\\\"" + r.choice(WFWARS) + "\\\".undertow-deployment\" => \"java.lang.RuntimeException: java.lang.ClassNotFoundException: com.acme.Config\"}}",
        "\"WFLYCTL0212: Duplicate resource [(\\\"deployment\\\" => \\\"" + r.choice(WFWARS) + "\\\")]\"",
        "{\"WFLYCTL0412: Required services that are not installed:\" => [\"jboss.naming.context.java.jboss.datasources.OrdersDS\"]}"]),
    "wfuri": lambda r, ts: r.choice(["/orders/api/v1/orders", "/payments/callback", "/api/v2/items/" + str(r.randint(1, 99999)),
                                     "/reporting/ui/export", "/"]),
    "wfexc": lambda r, ts: r.choice(["java.lang.NullPointerException", "java.lang.IllegalStateException: UT000010: Session is invalid",
                                     "io.undertow.server.RequestTooBigException: UT000020: Connection terminated as request was larger than 10485760",
                                     "jakarta.ejb.EJBTransactionRolledbackException: Transaction rolled back",
                                     "java.io.IOException: Broken pipe",
                                     "org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection"]),
    "wftx": lambda r, ts: f"0:ffff{hexs(r, 8)}:{r.choice(['-', ''])}{hexs(r, 8).lstrip('0')}:{hexs(r, 8)}:{r.randint(1, 999):x}",
    "wfthread": lambda r, ts: f"Thread[Transaction Reaper Worker {r.randint(0, 9)},5,main]",
    "wfnode": lambda r, ts: r.choice(WFNODES),
    "wfnodes": lambda r, ts: ", ".join(r.sample(WFNODES, r.randint(1, 5))),
    "wfejb": lambda r, ts: r.choice(["OrderServiceBean", "PaymentFacade", "ReportScheduler", "InventorySync"]),
    "wfmethod": lambda r, ts: r.choice(["public abstract java.util.List com.acme.orders.OrderService.find(java.lang.String,int)",
                                        "public void com.acme.pay.PaymentFacade.capture(com.acme.pay.Payment)",
                                        "public java.lang.String com.acme.report.ReportScheduler.run()"]),
})

WFTHREADS = {"ServerService": lambda r: f"ServerService Thread Pool -- {r.randint(5, 90)}",
             "MSC": lambda r: f"MSC service thread 1-{r.randint(1, 8)}",
             "Controller": lambda r: "Controller Boot Thread",
             "task": lambda r: f"default task-{r.randint(1, 128)}",
             "Reaper": lambda r: r.choice(["Transaction Reaper", f"Transaction Reaper Worker {r.randint(0, 9)}"]),
             "thread": lambda r: f"thread-{r.randint(1, 30)},{r.choice(['ejb', 'web', 'null'])},{r.choice(WFNODES[:3])}"}


def wf_header(r, ts, level, comp):
    logger, kind = comp.split("@")
    return f"{ts:%Y-%m-%d %H:%M:%S},{ts.microsecond // 1000:03d} {level:<5} [{logger}] ({WFTHREADS[kind](r)}) "


WILDFLY = {
    "about": "WildFly 30 server.log (the default pattern %d %-5p [%c] (%t) %s%e): the level padded to 5, the category in "
             "brackets, the thread in parentheses (names with spaces, dashes and commas), message ids such as WFLYSRV0010",
    "log_format": "<Date> <Time> <Level> \\[<Logger>\\] \\(<Thread>\\) <Content>",
    "start": datetime.datetime(2026, 12, 6, 8, 20, 0, 0),
    "gap_ms": 2200,
    "header": wf_header,
    "statements": [
        ("INFO", "org.jboss.as.server@ServerService", "WFLYSRV0010: Deployed \"{wfwar}\" (runtime-name : \"{wfwar}\")"),
        ("INFO", "org.jboss.as.server.deployment@MSC", "WFLYSRV0027: Starting deployment of \"{wfwar}\" (runtime-name: \"{wfwar}\")"),
        ("INFO", "org.jboss.as.server.deployment@MSC", "WFLYSRV0028: Stopped deployment {wfwar} (runtime-name: {wfwar}) in {ms}"),
        ("INFO", "org.jboss.as.server@ServerService", "WFLYSRV0009: Undeployed \"{wfwar}\" (runtime-name: \"{wfwar}\")"),
        ("INFO", "org.jboss.as@Controller", "WFLYSRV0025: WildFly Full {=30.0.1|31.0.0}.Final (WildFly Core {=22.0.2|23.0.1}.Final) started in {ms} - Started {int} of {int} services ({int} services are lazy, passive or on-demand) - Server configuration file in use: {=standalone.xml|standalone-ha.xml|standalone-full-ha.xml}", 2),
        ("INFO", "org.jboss.as@MSC", "WFLYSRV0050: WildFly Full {=30.0.1|31.0.0}.Final (WildFly Core {=22.0.2|23.0.1}.Final) stopped in {ms}", 2),
        ("INFO", "org.wildfly.extension.undertow@MSC", "WFLYUT0021: Registered web context: '{wfctx}' for server 'default-server'"),
        ("INFO", "org.wildfly.extension.undertow@ServerService", "WFLYUT0022: Unregistered web context: '{wfctx}' from server 'default-server'"),
        ("INFO", "org.jboss.as.connector.subsystems.datasources@MSC", "WFLYJCA0001: Bound data source [{wfjndi}]"),
        ("INFO", "org.jboss.as.connector.subsystems.datasources@MSC", "WFLYJCA0010: Unbound data source [{wfjndi}]"),
        ("WARN", "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool@task", "IJ000604: Throwable while attempting to get a new connection: {wfijerr}"),
        ("ERROR", "org.jboss.as.controller.management-operation@Controller", "WFLYCTL0013: Operation (\"{=deploy|add|full-replace-deployment}\") failed - address: ([(\"deployment\" => \"{wfwar}\")]) - failure description: {wffail}"),
        ("ERROR", "io.undertow.request@task", "UT005023: Exception handling request to {wfuri}: {wfexc}"),
        ("WARN", "com.arjuna.ats.arjuna@Reaper", "ARJUNA012117: TransactionReaper::check timeout for TX {wftx} in state  {=RUN|SCHEDULE_CANCEL|CANCEL}"),
        ("WARN", "com.arjuna.ats.arjuna@Reaper", "ARJUNA012121: TransactionReaper::doCancellations worker {wfthread} successfully canceled TX {wftx}"),
        ("WARN", "com.arjuna.ats.arjuna@Reaper", "ARJUNA012095: Abort of action id {wftx} invoked while multiple threads active within it."),
        ("INFO", "org.infinispan.CLUSTER@thread", "ISPN000094: Received new cluster view for channel {=ejb|web|server}: [{wfnode}|{int}] ({small}) [{wfnodes}]"),
        ("INFO", "org.infinispan.CLUSTER@thread", "ISPN100000: Node {wfnode} joined the cluster"),
        ("INFO", "org.infinispan.CLUSTER@thread", "ISPN100001: Node {wfnode} left the cluster"),
        ("ERROR", "org.jboss.as.ejb3.invocation@task", "WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component {wfejb} for method {wfmethod}: {wfexc}"),
        ("WARN", "org.jboss.as.txn@MSC", "WFLYTX0013: The node-identifier attribute on the /subsystem=transactions is set to the default value. This is a danger for environments running multiple servers. Please make sure the attribute value is unique.", 2),
        ("INFO", "org.jboss.as.server.deployment.scanner@MSC", "WFLYDS0013: Started FileSystemDeploymentService for directory {path}/deployments", 2),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Nextcloud
NCUA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux) mirall/3.14.3 (build 20241203) (Nextcloud, ubuntu-6.8.0 ClientArchitecture: x86_64 OsArchitecture: x86_64)",
        "Mozilla/5.0 (Android) Nextcloud-android/3.30.5", "--", "curl/8.5.0"]
NCFILES = ["Documents/Q4 report.pdf", "Photos/2026/IMG_2041.jpg", "Talk/meeting notes.md", "Shared/budget 2027.xlsx", "notes.txt"]
SHAPES.update({
    "ncfile": lambda r, ts: "/" + r.choice(NAMES) + "/files/" + r.choice(NCFILES),
    "ncclass": lambda r, ts: r.choice(["OCP\\\\Files\\\\NotFoundException", "OC\\\\ServerNotAvailableException",
                                       "Doctrine\\\\DBAL\\\\Exception\\\\DriverException", "OCP\\\\Lock\\\\LockedException",
                                       "Sabre\\\\DAV\\\\Exception\\\\ServiceUnavailable"]),
    "ncphp": lambda r, ts: r.choice(["Undefined array key \\\"" + r.choice(["uid", "token", "displayname"]) + "\\\"",
                                     "Trying to access array offset on value of type null",
                                     "fopen(/var/www/nextcloud/data/nextcloud.log): Failed to open stream: Permission denied",
                                     "Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated"]),
    "ncphpfile": lambda r, ts: "/var/www/nextcloud/" + r.choice(["lib/private/Files/View.php", "apps/user_ldap/lib/Access.php",
                                                                 "3rdparty/sabre/dav/lib/DAV/Server.php", "apps/files_sharing/lib/Controller/ShareAPIController.php"]),
    "ncjob": lambda r, ts: r.choice(["OCA\\\\Files\\\\BackgroundJob\\\\ScanFiles", "OCA\\\\DAV\\\\BackgroundJob\\\\CleanupInvitationTokenJob",
                                     "OC\\\\Authentication\\\\Token\\\\TokenCleanupJob", "OCA\\\\Files_Trashbin\\\\BackgroundJob\\\\ExpireTrash",
                                     "OCA\\\\UserStatus\\\\BackgroundJob\\\\ClearOldStatusesBackgroundJob"]),
    "ncldaperr": lambda r, ts: r.choice(["Invalid credentials", "Can't contact LDAP server", "Server is unwilling to perform",
                                         "Inappropriate authentication"]),
    "ncmailerr": lambda r, ts: r.choice(["Connection could not be established with host \\\"smtp.example.com:587\\\"",
                                         "Expected response code \\\"250\\\" but got code \\\"550\\\", with message \\\"550 5.7.1 Relaying denied\\\".",
                                         "Failed to authenticate on SMTP server with username \\\"cloud@example.com\\\""]),
    "nchost": lambda r, ts: r.choice(["cloud.example.com", "nextcloud.int.contoso.org", ip(r), "localhost", "files.acme.io:8443"]),
})

NCURLS = ["/remote.php/dav/files/{u}/Documents", "/index.php/login", "/ocs/v2.php/apps/notifications/api/v2/notifications",
          "/remote.php/webdav/", "/index.php/apps/files/", "/status.php", "/ocs/v2.php/apps/serverinfo/api/v1/info?format=json"]


def nc_header(r, ts, level, comp):
    cron = comp == "cron"
    u = "--" if cron or r.random() < 0.2 else r.choice(NAMES)
    method = "" if cron else r.choice(["GET", "GET", "PROPFIND", "PUT", "POST", "REPORT"])
    url = "--" if cron else r.choice(NCURLS).replace("{u}", u)
    addr = "" if cron else (ip6(r) if r.random() < 0.2 else ip(r))
    app = "core" if comp == "cron" else comp
    return (f'{{"reqId":"{alnum(r, 20)}","level":{level},"time":"{ts:%Y-%m-%dT%H:%M:%S}+00:00","remoteAddr":"{addr}",'
            f'"user":"{u}","app":"{app}","method":"{method}","url":"{url}","message":"')


def nc_trailer(r, ts, level, comp):
    ua = "--" if comp == "cron" else r.choice(NCUA)
    app = "core" if comp == "cron" else comp
    return f'","userAgent":"{ua}","version":"{r.choice(["29.0.10.1", "29.0.10.1", "30.0.4.1"])}","data":{{"app":"{app}"}}}}'


NEXTCLOUD = {
    "about": "Nextcloud 29/30 nextcloud.log: one JSON object a line (reqId, level, time with offset, remoteAddr, user, app, "
             "method, url, message, userAgent, version, a nested data object); quotes and backslashes in the message escaped",
    "log_format": "\\{\"reqId\":\"<ReqId>\",\"level\":<Level>,\"time\":\"<Time>\",\"remoteAddr\":\"<RemoteAddr>\",\"user\":\"<User>\",\"app\":\"<App>\",\"method\":\"<Method>\",\"url\":\"<Url>\",\"message\":\"<Content>\",\"userAgent\":\"<UserAgent>\",\"version\":\"<Version>\",\"data\":\\{<Data>\\}\\}",
    "start": datetime.datetime(2026, 12, 6, 11, 0, 0, 0),
    "gap_ms": 2600,
    "header": nc_header,
    "trailer": nc_trailer,
    "statements": [
        ("2", "core", "Login failed: {user} (Remote IP: {anyip})"),
        ("1", "admin_audit", "Login successful: \\\"{user}\\\""),
        ("1", "admin_audit", "Login attempt: \\\"{user}\\\""),
        ("1", "admin_audit", "File accessed: \\\"{ncfile}\\\""),
        ("1", "admin_audit", "File written to: \\\"{ncfile}\\\""),
        ("1", "admin_audit", "Preview accessed: \\\"{ncfile}\\\" (width: \\\"{=32|64|256|1024}\\\", height: \\\"{=32|64|256|1024}\\\" crop: \\\"{=0|1}\\\", mode: \\\"{=fill|cover}\\\")"),
        ("1", "admin_audit", "Logout occurred"),
        ("3", "webdav", "File with name {ncfile} could not be located"),
        ("3", "core", "Exception thrown: {ncclass}"),
        ("2", "no app in context", "Trusted domain error. \\\"{anyip}\\\" tried to access using \\\"{nchost}\\\" as host."),
        ("3", "PHP", "{ncphp} at {ncphpfile}#{int}"),
        ("1", "core", "Bruteforce attempt from \\\"{anyip}\\\" detected for action \\\"{=login|sharePassword|webdav|preventBruteForce}\\\"."),
        ("0", "cron", "Run {ncjob} job with ID {int}"),
        ("0", "cron", "Finished {ncjob} job with ID {int} in {int} seconds"),
        ("3", "core", "Error while sending email to {email}: {ncmailerr}"),
        ("2", "user_ldap", "Bind failed: {=49|-1|53|48}: {ncldaperr}"),
        ("2", "core", "Session token invalidated before logout"),
        ("3", "core", "Temporary directory {path} is not present or writable"),
        ("2", "files", "Share for file {int} of {user} is expired, deleting share with id {int}"),
        ("2", "core", "App \\\"{=richdocuments|spreed|calendar|mail}\\\" cannot be installed because it is not compatible with this version of the server."),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Home Assistant
HADOMAINS = ["zha", "mqtt", "hue", "esphome", "met", "sonos", "tplink", "google_translate", "mobile_app", "shelly"]
HAENTITIES = ["sensor.living_room_temperature", "light.kitchen_ceiling", "switch.garage_door", "climate.hallway",
              "binary_sensor.front_door_contact", "media_player.living_room_tv", "sensor.energy_total"]
HAAUTO = {"porch_lights_at_sunset": "Porch lights at sunset", "motion_light_hallway": "Motion Light Hallway",
          "notify_when_washer_done": "Notify when washer done", "night_mode": "Night mode"}
SHAPES.update({
    "hacustom": lambda r, ts: r.choice(["hacs", "alexa_media", "frigate", "localtuya", "xiaomi_miot"]),
    "haplatform": lambda r, ts: r.choice(["speedtestdotnet", "systemmonitor", "command_line", "scrape", "rest"]),
    "hainterval": lambda r, ts: r.choice(["0:00:30", "0:01:00", "0:00:10", "1:00:00"]),
    "haentity": lambda r, ts: r.choice(HAENTITIES),
    "hadomain": lambda r, ts: r.choice(HADOMAINS),
    "hatpl": lambda r, ts: r.choice(["{{ states.sensor.outdoor.attributes.temperature | float }}",
                                     "{{ state_attr('weather.home', 'forecast')[0].temperature }}",
                                     "{{ (states('sensor.power') | int / 1000) | round(2) }}"]),
    "hadict": lambda r, ts: r.choice(["None", "dict object", "list object"]),
    "haattr": lambda r, ts: r.choice(["temperature", "attributes", "forecast", "state"]),
    "hahost": lambda r, ts: r.choice(["dsl-1-2-3-4.isp.example.net", "unknown", "homeassistant.local", ip(r)]),
    "haurl": lambda r, ts: r.choice(["/auth/token", "/api/websocket", "/auth/login_flow/" + hexs(r, 32), "/api/states"]),
    "haua": lambda r, ts: r.choice(["Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
                                    "Home Assistant/2024.11.2 (io.robbie.HomeAssistant; build:2024.1122; iOS 18.1.1)",
                                    "python-requests/2.32.3", "curl/8.5.0"]),
    "haentry": lambda r, ts: r.choice(["Living Room TV", "Hue Bridge", "192.168.1.20", "Shelly Plus 1PM", "Forecast Home"]),
    "hanotready": lambda r, ts: r.choice(["Timeout connecting to 192.168.1.20", "Unable to connect", "[Errno 113] Host is unreachable",
                                          "Device did not respond"]),
    "hazhaerr": lambda r, ts: "[" + ", ".join(r.choice(["DeliveryError('Failed to deliver packet: <TXStatus.MAC_CHANNEL_ACCESS_FAILURE: 225>')",
                                                        "TimeoutError()", "DeliveryError('Failed to enqueue message after 3 attempts')"])
                                              for _ in range(r.randint(1, 4))) + "]",
    "haautoname": lambda r, ts: r.choice(list(HAAUTO.values())),
    "hastep": lambda r, ts: r.choice(["call service", "delay 0:00:30", "if", "wait for trigger", "choose", "device"]),
    "haservice": lambda r, ts: r.choice(["light.turn_onn", "notify.mobile_app_pixel_8", "script.good_night", "tts.google_say"]),
    "hacmd": lambda r, ts: r.choice(["ping -c 1 192.168.1.1", "/config/scripts/backup.sh", "curl -s http://nas.lan/status",
                                     "python3 /config/scripts/read_meter.py --port /dev/ttyUSB0"]),
    "haesp": lambda r, ts: r.choice(["kitchen-sensor", "garage-door", "bt-proxy-living", "energy-meter"]),
    "haesperr": lambda r, ts: r.choice(["Ping response not received after 90.0 seconds", "[Errno 104] Connection reset by peer",
                                        "Timeout while connecting to [AddrInfo(family=<AddressFamily.AF_INET: 2>, type=<SocketKind.SOCK_STREAM: 1>, proto=6, sockaddr=IPv4Sockaddr(address='192.168.1.44', port=6053))]"]),
    "hasecs": lambda r, ts: f"{r.uniform(0.5, 60):.2f}s",
    "haver": lambda r, ts: r.choice(["2026.12.1", "2026.11.3"]),
    "hasqlerr": lambda r, ts: r.choice(["(sqlite3.OperationalError) database is locked", "(sqlite3.DatabaseError) database disk image is malformed",
                                        "(MySQLdb.OperationalError) (2006, 'Server has gone away')"]),
})


def ha_header(r, ts, level, comp):
    thread, logger = comp.split("@")
    if thread == "SyncWorker":
        thread = f"SyncWorker_{r.randint(0, 11)}"
    if logger.endswith(".*"):
        logger = logger[:-1] + r.choice(list(HAAUTO))
    return f"{ts:%Y-%m-%d %H:%M:%S}.{ts.microsecond // 1000:03d} {level} ({thread}) [{logger}] "


AUTO = "MainThread@homeassistant.components.automation.*"
HOMEASSISTANT = {
    "about": "Home Assistant Core 2026.12 home-assistant.log (Python logging): yyyy-mm-dd hh:mm:ss.mmm LEVEL (thread) "
             "[logger] message; automation loggers carry the automation's id",
    "log_format": "<Date> <Time> <Level> \\(<Thread>\\) \\[<Logger>\\] <Content>",
    "start": datetime.datetime(2026, 12, 6, 5, 30, 0, 0),
    "gap_ms": 4000,
    "header": ha_header,
    "statements": [
        ("WARNING", "MainThread@homeassistant.loader", "We found a custom integration {hacustom} which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant", 4),
        ("ERROR", "MainThread@homeassistant.components.mqtt.client", "Error returned from MQTT server: {=The connection was lost.|Connection refused.|Not authorized.}"),
        ("WARNING", "MainThread@homeassistant.components.sensor", "Updating {haplatform} sensor took longer than the scheduled update interval {hainterval}"),
        ("WARNING", "MainThread@homeassistant.helpers.entity", "Update of {haentity} is taking over {int} seconds"),
        ("ERROR", "MainThread@homeassistant.helpers.template", "TemplateError('UndefinedError: {hadict} has no attribute {haattr}') while processing template 'Template<template=({hatpl}) renders={int}>' for attribute '_attr_native_value' in entity '{haentity}'"),
        ("WARNING", "MainThread@homeassistant.components.http.ban", "Login attempt or request with invalid authentication from {anyip} ({hahost}). Requested URL: '{haurl}'. ({haua})"),
        ("INFO", "MainThread@homeassistant.setup", "Setting up {hadomain}"),
        ("INFO", "MainThread@homeassistant.setup", "Setup of domain {hadomain} took {float} seconds"),
        ("WARNING", "MainThread@homeassistant.setup", "Setup of {hadomain} is taking over {int} seconds."),
        ("ERROR", "MainThread@homeassistant.config_entries", "Error setting up entry {haentry} for {hadomain}"),
        ("WARNING", "MainThread@homeassistant.config_entries", "Config entry '{haentry}' for {hadomain} integration not ready yet: {hanotready}; Retrying in background"),
        ("ERROR", "Recorder@homeassistant.components.recorder.core", "Error executing query: {hasqlerr}"),
        ("WARNING", "Recorder@homeassistant.components.recorder.util", "The system could not validate that the sqlite3 database at //config/home-assistant_v2.db was shutdown cleanly", 2),
        ("WARNING", "MainThread@homeassistant.components.zha.core.cluster_handlers", "[0x{hex4}:{small}:0x{=0006|0008|0300|0402|0b04}]: async_initialize: all attempts have failed: {hazhaerr}"),
        ("INFO", AUTO, "{haautoname}: Running automation actions"),
        ("INFO", AUTO, "{haautoname}: Executing step {hastep}"),
        ("WARNING", AUTO, "{haautoname}: Already running"),
        ("ERROR", AUTO, "{haautoname}: Error executing script. Service not found for call_service at pos {small}: Unable to find service {haservice}"),
        ("ERROR", "SyncWorker@homeassistant.components.command_line.utils", "Command failed (with return code {int}): {hacmd}"),
        ("WARNING", "MainThread@aioesphomeapi.connection", "{haesp} @ {ip}: Connection error occurred: {haesperr}"),
        ("INFO", "MainThread@homeassistant.bootstrap", "Home Assistant initialized in {hasecs}", 2),
        ("INFO", "MainThread@homeassistant.core", "Starting Home Assistant {haver}", 2),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- Rspamd
RSSYMS = ["R_SPF_ALLOW(-0.20){+ip4:203.0.113.0/24;}", "DMARC_POLICY_ALLOW(-0.50){example.com;none;}", "R_DKIM_ALLOW(-0.20){example.com:s=sel1;}",
          "BAYES_HAM(-3.00){99.99%;}", "BAYES_SPAM(5.10){100.00%;}", "MIME_GOOD(-0.10){text/plain;}", "ARC_NA(0.00){}",
          "RCVD_COUNT_THREE(0.00){3;}", "URIBL_BLOCKED(0.00){bit.ly:url;}", "FROM_HAS_DN(0.00){}", "RBL_SPAMHAUS_XBL(4.00){4.3.2.1.zen.spamhaus.org:from;}",
          "FORGED_SENDER(0.30){noreply@example.com;bounce@mail.example.net;}", "HFILTER_HOSTNAME_UNKNOWN(2.50){}", "ASN(0.00){asn:16509, ipnet:3.0.0.0/9, country:US;}"]
SHAPES.update({
    "rsmsgid": lambda r, ts: r.choice([f"{uuid(r)}@{r.choice(['mail.example.com', 'mx.google.com', 'acme.io'])}",
                                       f"CAF{alnum(r, 24)}@mail.gmail.com", f"{r.randint(10 ** 11, 10 ** 12)}.{r.randint(1000, 9999)}@outlook.com",
                                       "undef"]),
    "rsqid": lambda r, ts: "".join(r.choice("0123456789ABCDEF") for _ in range(r.choice([10, 11, 12]))),
    "rsfrom": lambda r, ts: r.choice([email(r), email(r), ""]),
    "rsrcpts": lambda r, ts: ",".join(email(r) for _ in range(r.randint(1, 3))),
    "rsverdict": lambda r, ts: r.choice(["F (no action)", "F (no action)", "T (reject)", "T (add header)", "F (greylist)", "T (soft reject)"]),
    "rsscore": lambda r, ts: f"{r.uniform(-8, 25):.2f}",
    "rssyms": lambda r, ts: ",".join(r.sample(RSSYMS, r.randint(1, 7))),
    "rsdate": lambda r, ts: (ts + datetime.timedelta(seconds=r.randint(60, 600))).strftime("%a, %d %b %Y %H:%M:%S GMT"),
    "rsrlname": lambda r, ts: r.choice(["to", "to_ip", "to_ip_from", "bounce_to", "user"]),
    "rsrlkey": lambda r, ts: r.choice(["RS_" + hexs(r, 12), email(r), ip(r)]),
    "rssecs": lambda r, ts: r.choice(["8.0s", "8.0s", "15.0s", f"{r.uniform(8, 30):.1f}s"]),
    "rslisten": lambda r, ts: r.choice(["*:11333", "localhost:11334", "/run/rspamd/rspamd.sock", "*v4:11332", "*:11335"]),
    "rsmap": lambda r, ts: r.choice(["https://maps.rspamd.com/rspamd/spf_dkim_whitelist.inc.zst", "file:///etc/rspamd/local.d/whitelist.map",
                                     "https://maps.rspamd.com/freemail/free.txt.zst", "/var/lib/rspamd/surbl-whitelist.inc.local"]),
    "rsdkimerr": lambda r, ts: r.choice(["body hash mismatch", "signature verification failure", "public key not found", "key record is invalid"]),
    "rsdnserr": lambda r, ts: r.choice(["timeout", "server fail", "no records with this name", "truncated reply"]),
})


def rs_header(r, ts, level, comp):
    proc, module, func = comp.split(";")
    pid = {"main": 812, "controller": 901, "rspamd_proxy": 902}.get(proc, r.choice([903, 904, 905, 906]))
    tag = hexs(r, 6)
    return f"{ts:%Y-%m-%d %H:%M:%S} #{pid}({proc}) <{tag}>; {module}; {func}: "


RSLOG = "normal;task;rspamd_task_write_log"
RSPAMD = {
    "about": "Rspamd 3.10 rspamd.log: yyyy-mm-dd hh:mm:ss #pid(process) <tag>; module; function: message (the Lua functions "
             "are file:line), the task log line with its symbol list",
    "log_format": "<Date> <Time> #<Pid>\\(<Process>\\) <Tag>; <Module>; <Function>: <Content>",
    "start": datetime.datetime(2026, 12, 6, 12, 0, 3, 0),
    "gap_ms": 1500,
    "header": rs_header,
    "statements": [
        ("", RSLOG, "id: <{rsmsgid}>, qid: <{rsqid}>, ip: {anyip}, from: <{rsfrom}>, ({=default|inbound|outbound}: {rsverdict}: [{rsscore}/{=15.00|20.00}] [{rssyms}]), len: {int}, time: {msf}, dns req: {int}, digest: <{hex32}>, rcpts: <{rsrcpts}>, mime_rcpts: <{rsrcpts}>"),
        ("", RSLOG, "id: <{rsmsgid}>, qid: <{rsqid}>, ip: {anyip}, user: {user}, from: <{rsfrom}>, ({=default|inbound|outbound}: {rsverdict}: [{rsscore}/{=15.00|20.00}] [{rssyms}]), len: {int}, time: {msf}, dns req: {int}, digest: <{hex32}>, rcpts: <{rsrcpts}>, mime_rcpts: <{rsrcpts}>"),
        ("", "normal;lua;greylist.lua:367", "greylisted until \"{rsdate}\", new record"),
        ("", "normal;lua;greylist.lua:301", "greylisted until \"{rsdate}\""),
        ("", "normal;lua;ratelimit.lua:570", "ratelimit \"{rsrlname}\" for key {rsrlkey} exceeded, bucket level {float} >= burst {int}"),
        ("", "rspamd_proxy;proxy;proxy_backend_connect_error", "cannot connect to upstream: {ip}:{=11333|11332}: {=Connection refused|Connection timed out}"),
        ("", "controller;csession;rspamd_controller_check_password", "incorrect or absent password has been specified"),
        ("", "controller;csession;rspamd_controller_learn_fin_task", "<{ip}> learned message as {=spam|ham}: {rsmsgid}"),
        ("", "normal;task;rspamd_message_parse", "loaded message; id: <{rsmsgid}>; queue-id: <{rsqid}>; size: {int}; checksum: <{hex32}>"),
        ("", "normal;task;rspamd_task_timeout", "processing of task time out: {rssecs} spent; {rssecs} limit; forced processing"),
        ("", "normal;dkim;rspamd_dkim_check", "DKIM signature verification failed for domain {host}: {rsdkimerr}"),
        ("", "main;main;main", "rspamd {=3.10.2|3.11.0} is starting, build id: release", 2),
        ("", "main;main;rspamd_fork_worker", "prepare to fork process {=normal|controller|rspamd_proxy|fuzzy} ({small}); listen on: {rslisten}"),
        ("", "main;main;rspamd_worker_terminate_handlers", "terminating after receiving signal {=Terminated|Hangup}", 2),
        ("", "normal;fuzzy_check;fuzzy_insert_result", "found fuzzy hash({=text|image|html}) {hex16} with weight: {float}, probability {float}, in list: {=local|rspamd.com|bayes}:{small}; multiplier: {float}; score: {float}"),
        ("", "normal;map;rspamd_map_read_http_cached_file", "read cached data for {rsmap} from {path}, {int} bytes"),
        ("", "normal;map;http_map_finish", "{rsmap}: read map data {int} bytes"),
        ("", "normal;map;http_map_finish", "{rsmap}({ip}): HTTP error {=304|404|503} (no changes)"),
        ("", "normal;dns;rspamd_dns_callback", "DNS request failed: {rsdnserr} while resolving {host}"),
        ("", "normal;lua;rbl.lua:480", "error looking up {host}: {rsdnserr}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- 389 DS
DSBASES = ["dc=example,dc=com", "ou=People,dc=example,dc=com", "ou=Groups,dc=example,dc=com", "cn=config", "",
           "cn=schema", "ou=Service Accounts,dc=corp,dc=example,dc=net"]
SHAPES.update({
    "dsdn": lambda r, ts: r.choice([f"uid={r.choice(NAMES)},ou=People,dc=example,dc=com", "cn=Directory Manager",
                                    "cn=replication manager,cn=config", f"cn={r.choice(['Jane Doe', 'svc-jenkins', 'Ops Team'])},ou=Groups,dc=example,dc=com",
                                    f"uid={r.choice(NAMES)},ou=Service Accounts,dc=corp,dc=example,dc=net"]),
    "dsdn_or_empty": lambda r, ts: r.choice(["", "", f"uid={r.choice(NAMES)},ou=People,dc=example,dc=com", "cn=Directory Manager"]),
    "dsbase": lambda r, ts: r.choice(DSBASES),
    "dsfilter": lambda r, ts: r.choice([f"(uid={r.choice(NAMES)})", f"(&(objectClass=posixAccount)(uid={r.choice(NAMES)}))", "(objectClass=*)",
                                        f"(|(mail={email(r)})(cn=John Smith))", "(&(objectClass=groupOfNames)(member=uid=jdoe,ou=People,dc=example,dc=com))",
                                        "(nsUniqueId=*)", f"(uidNumber>={r.randint(1000, 9999)})"]),
    "dsattrs": lambda r, ts: " ".join(r.sample(["cn", "mail", "uid", "memberOf", "uidNumber", "gidNumber", "sshPublicKey", "nsAccountLock",
                                                "createTimestamp", "1.1", "+", "*"], r.randint(1, 6))),
    "dssec": lambda r, ts: f"{r.choice([0, 0, 0, 1, 12])}.{r.randint(0, 999999999):09d}",
    "dsrdn": lambda r, ts: f"uid={r.choice(NAMES)}",
    "dsnewsup": lambda r, ts: r.choice(["(null)", "(null)", "ou=Former Staff,dc=example,dc=com"]),
})


def ds_header(r, ts, level, comp):
    return f"[{ts:%d/%b/%Y:%H:%M:%S}.{ts.microsecond * 1000 + r.randint(0, 999):09d} +0000] conn={r.randint(1, 99999)} "


DSRES = "wtime={dssec} optime={dssec} etime={dssec}"
DIRSRV = {
    "about": "389 Directory Server 2.4 access log: [dd/Mmm/yyyy:hh:mm:ss.nanoseconds +0000] conn=N, then op=N and the "
             "operation or its RESULT",
    "log_format": "\\[<Time> <Zone>\\] conn=<Conn> <Content>",
    "start": datetime.datetime(2026, 12, 6, 13, 30, 0, 0),
    "gap_ms": 400,
    "header": ds_header,
    "statements": [
        ("", "", "fd={int} slot={int} connection from {anyip} to {ip}"),
        ("", "", "fd={int} slot={int} SSL connection from {anyip} to {ip}"),
        ("", "", "op={int} BIND dn=\"{dsdn_or_empty}\" method=128 version=3"),
        ("", "", "op={int} BIND dn=\"\" method=sasl version=3 mech={=GSSAPI|EXTERNAL|DIGEST-MD5}"),
        ("", "", "op={int} RESULT err={=0|0|32|49|50|53|68} tag={=97|101|103|105|107|109|111|120} nentries={int} " + DSRES),
        ("", "", "op={int} RESULT err=0 tag=97 nentries=0 " + DSRES + " dn=\"{dsdn}\""),
        ("", "", "op={int} RESULT err=0 tag=101 nentries={int} " + DSRES + " notes={=U|A|P|U,P} details=\"{=Partially Unindexed Filter|Fully Unindexed Filter|Paged Search}\""),
        ("", "", "op={int} SRCH base=\"{dsbase}\" scope={=0|1|2} filter=\"{dsfilter}\" attrs=\"{dsattrs}\""),
        ("", "", "op={int} SRCH base=\"{dsbase}\" scope={=0|1|2} filter=\"{dsfilter}\" attrs=ALL"),
        ("", "", "op={int} MOD dn=\"{dsdn}\""),
        ("", "", "op={int} ADD dn=\"{dsdn}\""),
        ("", "", "op={int} DEL dn=\"{dsdn}\""),
        ("", "", "op={int} UNBIND"),
        ("", "", "op={int} fd={int} closed - {=U1|B1|T1|T2|A1}"),
        ("", "", "op={=-1|0|1|2} fd={int} closed error {=32|104|110} ({=Broken pipe|Connection reset by peer|Connection timed out}) - {=B4|T2}"),
        ("", "", "op={int} EXT oid=\"{=1.3.6.1.4.1.1466.20037|1.3.6.1.4.1.4203.1.11.1|1.3.6.1.4.1.4203.1.11.3}\" name=\"{=start_tls_plugin|passwd_modify_plugin|whoami-plugin}\""),
        ("", "", "op={int} ABANDON targetop={int} msgid={int} nentries={int} etime={dssec}"),
        ("", "", "{=TLS1.2|TLS1.3} {=128|256}-bit {=AES-GCM|CHACHA20-POLY1305}"),
        ("", "", "op={int} CMP dn=\"{dsdn}\" attr=\"{=member|uniqueMember|userPassword}\""),
        ("", "", "op={int} MODRDN dn=\"{dsdn}\" newrdn=\"{dsrdn}\" newsuperior=\"{dsnewsup}\""),
        ("", "", "op={int} SRCH base=\"{dsbase}\" scope={=0|1|2} filter=\"{dsfilter}\" attrs=\"{dsattrs}\" options=persistent"),
        ("", "", "op={int} RESULT err={=0|32|49} tag={=97|101} nentries={int} " + DSRES + " - {=Invalid credentials|No such object|Account locked}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- HTCondor
HTDOMAIN = ["example.com", "hpc.uni.example.edu", "cs.wisc.edu"]
SHAPES.update({
    "htslot": lambda r, ts: f"slot1_{r.randint(1, 64)}@{r.choice(['exec', 'wn', 'gpu'])}{r.randint(1, 120):03d}.{r.choice(HTDOMAIN)}",
    "htslotname": lambda r, ts: f"slot1_{r.randint(1, 64)}",
    "htsinful": lambda r, ts: (lambda a: f"<{a}:9618?addrs={a}-9618&alias={r.choice(['exec', 'wn'])}{r.randint(1, 120):03d}.{r.choice(HTDOMAIN)}&noUDP&sock=startd_{r.randint(1000, 9999)}_{hexs(r, 4)}>")(ip(r)),
    "htaddr": lambda r, ts: r.choice([f"<{ip(r)}:9618>", f"<{ip(r)}:9618?addrs={ip(r)}-9618&alias=cm.{r.choice(HTDOMAIN)}>"]),
    "htdomain": lambda r, ts: r.choice(HTDOMAIN),
    "hthold": lambda r, ts: r.choice([f"Error from {r.choice(['slot1_3', 'slot1_12'])}@exec{r.randint(1, 120):03d}.example.com: Job has gone over memory limit of {r.choice([2048, 4096, 8192])} megabytes. Peak usage: {r.randint(2049, 12000)} megabytes.",
                                      "via condor_hold (by user jdoe)",
                                      f"Error from starter on wn{r.randint(1, 120):03d}.cs.wisc.edu: Failed to open '/home/{r.choice(NAMES)}/job.out' as standard output: No such file or directory (errno 2)",
                                      "The job attribute PeriodicHold expression 'JobStatus == 2 && time() - EnteredCurrentStatus > 86400' evaluated to TRUE",
                                      "Transfer input files failure at execution point slot1_4@wn011.cs.wisc.edu while receiving files from access point ap01. Details: reading from file /home/lwang/data/in.tar.gz: (errno 13) Permission denied"]),
    "htrel": lambda r, ts: r.choice(["via condor_release (by user jdoe)", "The system macro SYSTEM_PERIODIC_RELEASE expression '(HoldReasonCode == 12) && (NumJobStarts < 3)' evaluated to TRUE"]),
    "htact": lambda r, ts: r.choice(["Idle", "Busy", "Retiring", "Vacating", "Suspended", "Benchmarking"]),
    "htst": lambda r, ts: r.choice(["Unclaimed", "Claimed", "Preempting", "Matched", "Owner", "Drained"]),
    "htsecs": lambda r, ts: f"{r.randint(0, 600)}s",
    "htjob": lambda r, ts: f"{r.randint(1000, 99999)}.{r.randint(0, 9)}",
})


def ht_header(r, ts, level, comp):
    pid = {"schedd": 2048, "startd": 2311, "negotiator": 1990}.get(comp) or r.randint(10000, 400000)
    return f"{ts:%m/%d/%y %H:%M:%S} (pid:{pid}) ({level}) "


HTCONDOR = {
    "about": "HTCondor 23 daemon logs (SchedLog, StartLog, ShadowLog read together) with D_PID and D_CATEGORY: mm/dd/yy "
             "hh:mm:ss (pid:N) (D_CATEGORY) message",
    "log_format": "<Date> <Time> \\(pid:<Pid>\\) \\(<Category>\\) <Content>",
    "start": datetime.datetime(2026, 12, 6, 14, 0, 0, 0),
    "gap_ms": 1700,
    "header": ht_header,
    "statements": [
        ("D_ALWAYS", "schedd", "Number of Active Workers {small}"),
        ("D_ALWAYS", "schedd", "Started shadow for job {int}.{small} on {htslot} {htsinful} for {user}, (shadow pid = {pid})"),
        ("D_ALWAYS", "schedd", "Shadow pid {pid} for job {int}.{small} exited with status {int}"),
        ("D_ALWAYS", "schedd", "Shadow pid {pid} for job {int}.{small} reports job exit reason {=100|102|107|112|115}."),
        ("D_ALWAYS", "schedd", "Job {int}.{small} put on hold: {hthold}"),
        ("D_ALWAYS", "schedd", "Job {int}.{small} released from hold: {htrel}"),
        ("D_ALWAYS", "schedd", "Activity on stashed negotiator socket: {htaddr}"),
        ("D_ALWAYS", "schedd", "Negotiating for owner: {user}@{htdomain}"),
        ("D_ALWAYS", "schedd", "Finished negotiating for {user} in local pool: {int} matched, {int} rejected"),
        ("D_ALWAYS", "schedd", "TransferQueueManager stats: active up={small}/{int} down={small}/{int}; waiting up={small} down={small}; wait time up={htsecs} down={htsecs}"),
        ("D_ALWAYS", "startd", "{htslotname}: State change: claim-activation protocol successful"),
        ("D_ALWAYS", "startd", "{htslotname}: Changing activity: {htact} -> {htact}"),
        ("D_ALWAYS", "startd", "{htslotname}: Changing state and activity: {htst}/{htact} -> {htst}/{htact}"),
        ("D_ALWAYS", "startd", "{htslotname}: Got activate_claim request from shadow ({ip})"),
        ("D_ALWAYS", "startd", "{htslotname}: Remote job ID is {int}.{small}"),
        ("D_ALWAYS", "startd", "Starter pid {pid} exited with status {int}"),
        ("D_ALWAYS", "shadow", "Job {int}.{small} terminated: exited with status {int}"),
        ("D_ALWAYS", "shadow", "Job {int}.{small} terminated: killed by signal {=9|11|15}"),
        ("D_ALWAYS", "shadow", "Initializing a {=VANILLA|PARALLEL|CONTAINER} shadow for job {int}.{small}"),
        ("D_ERROR", "shadow", "SECMAN: FAILED: Received \"DENIED\" from server for user {user}@{htdomain} using method {=FS|IDTOKENS|SSL|KERBEROS}."),
        ("D_ALWAYS", "negotiator", "---------- Started Negotiation Cycle ----------"),
        ("D_ALWAYS", "negotiator", "---------- Finished Negotiation Cycle ----------"),
        ("D_ALWAYS", "negotiator", "Request {int}.{small}: autocluster {int} (request count {int} of {int})"),
        ("D_ALWAYS", "negotiator", "Matched {int}.{small} {user}@{htdomain} {htsinful} preempting none {htaddr} {htslot}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- ESXi vmkernel
SHAPES.update({
    "naa": lambda r, ts: r.choice(["naa.", "naa.", "eui."]) + r.choice(["600508b1001c", "6000d310", "60a98000", "5000c500"]) + hexs(r, 20),
    "vmhba": lambda r, ts: f"vmhba{r.choice([1, 2, 64, 65])}:C{r.randint(0, 1)}:T{r.randint(0, 7)}:L{r.randint(0, 40)}",
    "dsname": lambda r, ts: r.choice(["datastore1", "datastore1 (1)", "SAN-Gold-01", "Local SSD", "vsanDatastore", "NFS_ISO"]),
    "vmnic": lambda r, ts: f"vmnic{r.randint(0, 7)}",
    "portid": lambda r, ts: f"0x{r.randint(0x2000000, 0x6000fff):x}",
    "macl": lambda r, ts: "00:50:56:" + ":".join(hexs(r, 2) for _ in range(3)),
    "world": lambda r, ts: str(r.randint(2097152, 2200000)),
    "vmworld": lambda r, ts: r.choice(["vmx", "vmx-vcpu-0:web01", "vmx-vcpu-1:sql-prod-02", "hostd-worker", "vpxa-worker", "vmx-svga:dc01"]),
    "vmfile": lambda r, ts: f"/vmfs/volumes/{hexs(r, 8)}-{hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 12)}/{r.choice(['web01', 'sql-prod-02', 'dc01'])}/{r.choice(['web01-flat.vmdk', 'vmware.log', 'sql-prod-02-000001-delta.vmdk', 'dc01.vswp'])}",
    "vmsense": lambda r, ts: r.choice(["Valid sense data: 0x6 0x29 0x0.", "Invalid sense data: 0x0 0x0 0x0.", "Valid sense data: 0x5 0x24 0x0.",
                                       "Valid sense data: 0x2 0x4 0x3."]),
    "vmop": lambda r, ts: r.choice(["0x89", "0x28", "0x2a", "0x85", "0x4d", "0x1a", "0x12"]),
    "vmcfg": lambda r, ts: r.choice(["SIOControlFlag2", "ReservedInstances", "LunTrespassRetry", "MaxQueueDepth"]),
    "vmig": lambda r, ts: str(r.randint(10 ** 15, 10 ** 16)),
    "isid": lambda r, ts: "00023d" + f"{r.randint(1, 8):06d}",
    "iqn": lambda r, ts: r.choice(["iqn.1992-08.com.netapp:sn.4082367740", "iqn.2010-06.com.purestorage:flasharray.1a2b3c4d5e6f", "iqn.2005-10.org.freenas.ctl:esx"]),
})


def vmk_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z {level} vmkernel: cpu{r.randint(0, 47)}:{r.randint(2097152, 2200000)})"


ESXI = {
    "about": "VMware ESXi 8 vmkernel.log: RFC 3339 stamp, a severity with its syslog priority (In(182), Wa(180)), "
             "`vmkernel: cpuN:world)` glued to the message, which starts with the module and often a source line number",
    "log_format": "<Time> <Level> vmkernel: cpu<Cpu>:<World>\\)<Content>",
    "start": datetime.datetime(2026, 12, 6, 15, 5, 0, 0),
    "gap_ms": 900,
    "header": vmk_header,
    "statements": [
        ("In(182)", "", "ScsiDeviceIO: 4124: Cmd({0x12}) {vmop}, CmdSN {0x8} from world {world} to dev \"{naa}\" failed H:{=0x0|0x3|0x8} D:{=0x0|0x2|0x8} P:0x0 {vmsense}"),
        ("Wa(180)", "", "WARNING: NMP: nmp_DeviceRequestFastDeviceProbe:237: NMP device \"{naa}\" state in doubt; requested fast path state update..."),
        ("In(182)", "", "NMP: nmp_ThrottleLogForDevice:3867: Cmd {vmop} ({0x12}, {world}) to dev \"{naa}\" on path \"{vmhba}\" Failed:"),
        ("In(182)", "", "NMP: nmp_ThrottleLogForDevice:3875: H:{=0x0|0x3|0x8} D:{=0x0|0x2|0x8} P:0x0 {vmsense} Act:{=NONE|EVAL|FAILOVER}. cmdId.initiator={0x12} CmdSN {0x8}"),
        ("Wa(180)", "", "WARNING: HBX: 6390: '{dsname}': HB at offset {int} - Waiting for timed out HB:"),
        ("In(182)", "", "Uplink: {int}: {vmnic}: link {=down|up}"),
        ("In(182)", "", "NetPort: 1632: disabled port {portid}"),
        ("In(182)", "", "NetPort: 3272: enabled port {portid} with mac {macl}"),
        ("In(182)", "", "VMotion: 3312: {vmig} S: Stream connection {small} added."),
        ("In(182)", "", "VMotion: 5345: {vmig} S: Migration considered a success."),
        ("Wa(180)", "", "WARNING: VMotion: 5335: {vmig} S: Migration considered a failure by the VMX. It is most likely a timeout, but check the VMX log for the true error."),
        ("In(182)", "", "FSS: 7021: Failed to open file '{vmfile}'; Requested flags {0x8}, world: {world} [{vmworld}], (Existing flags {0x8}, world: {world} [{vmworld}]): Busy"),
        ("Wa(180)", "", "WARNING: iscsi_vmk: iscsivmk_StopConnection:{int}: {=vmhba64|vmhba65}:CH:{small} T:{small} CN:{small}: iSCSI connection is being marked \"OFFLINE\" (Event:{small})"),
        ("Wa(180)", "", "WARNING: iscsi_vmk: iscsivmk_StopConnection:{int}: Sess [ISID: {isid} TARGET: {iqn} TPGT: {small} TSIH: {small}]"),
        ("In(182)", "", "StorageApdHandler: 1062: APD timer started for ident [{naa}]"),
        ("In(182)", "", "StorageApdHandler: 1150: APD timer killed for ident [{naa}]"),
        ("Wa(180)", "", "WARNING: StorageApdHandler: 1204: APD timeout event for ident [{naa}]"),
        ("In(182)", "", "Config: 706: \"{vmcfg}\" = {int}, Old Value: {int}, (Status: 0x0)"),
        ("In(182)", "", "CpuSched: 692: user latency of {world} {vmworld} {small} changed by {world} {vmworld} {neg}"),
        ("Er(179)", "", "ALERT: hostd detected to be non-responsive", 2),
        ("In(182)", "", "Tcpip_Vmk: 1288: Affinitized netstack worlds on {=LLC|NUMA node} {small}"),
    ],
}

# ---------------------------------------------------------------------------------------------------------------- iDRAC
SHAPES.update({
    "fanname": lambda r, ts: r.choice(["1A", "1B", "2A", "3B", "5", "6A", "Fan7"]),
    "idpd": lambda r, ts: f"Physical Disk {r.randint(0, 1)}:{r.randint(0, 2)}:{r.randint(0, 23)} on {r.choice(['Integrated RAID Controller 1', 'RAID Controller in Slot 3', 'Embedded AHCI 1'])}",
    "idvd": lambda r, ts: f"Virtual Disk {r.randint(0, 4)} on {r.choice(['Integrated RAID Controller 1', 'RAID Controller in Slot 3'])}",
    "idctl": lambda r, ts: r.choice(["Integrated RAID Controller 1", "RAID Controller in Slot 3", "PERC H755 Front"]),
    "iddimm": lambda r, ts: ", ".join(sorted(r.sample([f"DIMM_{c}{n}" for c in "AB" for n in range(1, 9)], r.randint(1, 3)))),
    "idcomp": lambda r, ts: r.choice(["BIOS", "iDRAC", "PERC H755 Front", "Broadcom Gigabit Ethernet BCM5720", "Power Supply.Slot.1"]),
    "idfw": lambda r, ts: r.choice(["2.19.1", "7.00.30.00", "52.26.0-5179", "21.85.9", "00.2D.74"]),
    "idattr": lambda r, ts: r.choice(["iDRAC.SysLog.SysLogEnable", "BIOS.SysProfileSettings.SysProfile", "iDRAC.Users.2.Password",
                                      "LifecycleController.LCAttributes.CollectSystemInventoryOnRestart"]),
    "idvolt": lambda r, ts: r.choice(["PS1 PG", "PS2 PG", "PVCCIO", "CPU1 VCORE", "MEM012 VDDQ"]),
    "idtag": lambda r, ts: r.choice(["7XK2Q53", "9HM41T3", "CN0F6V2"]),
})


def idrac_header(r, ts, level, comp):
    cat, msgid = comp.split("/")
    h = f"idrac-{r.choice(['7XK2Q53', '9HM41T3', 'CN0F6V2'])}"
    return f"{MONTHS[ts.month - 1]} {ts.day:2d} {ts:%H:%M:%S} {h} Severity: {level}, Category: {cat}, MessageID: {msgid}, Message: "


IDRAC = {
    "about": "Dell iDRAC9 Lifecycle log forwarded by remote syslog (rsyslog file): Mmm dd hh:mm:ss, the iDRAC host, then "
             "Severity, Category (words with spaces) and MessageID as comma-separated key: value fields before the message",
    "log_format": "<Month> <Day> <Time> <Host> Severity: <Level>, Category: <Category>, MessageID: <MessageID>, Message: <Content>",
    "start": datetime.datetime(2026, 12, 6, 16, 0, 0, 0),
    "gap_ms": 30000,
    "header": idrac_header,
    "statements": [
        ("Critical", "System Health/PSU0003", "The power input for power supply {small} is lost."),
        ("Informational", "System Health/PSU0032", "The power input for power supply {small} is restored."),
        ("Warning", "System Health/TMP0118", "The system inlet temperature is greater than the upper warning threshold."),
        ("Informational", "System Health/TMP0119", "The system inlet temperature is within range."),
        ("Critical", "System Health/FAN0001", "Fan {fanname} RPM is less than the lower critical threshold."),
        ("Informational", "System Health/FAN0000", "Fan {fanname} RPM is within range."),
        ("Informational", "Audit/USR0030", "Successfully logged in using {user}, from {ip} and {=GUI|REDFISH|SSH|RACADM|wsman}."),
        ("Informational", "Audit/USR0032", "The session for {user} from {ip} using {=GUI|REDFISH|SSH|RACADM} is logged off."),
        ("Warning", "Audit/USR0031", "Unable to log in for {user} from {ip} using {=GUI|REDFISH|SSH|RACADM}."),
        ("Critical", "Storage/PDR1016", "Drive {small} is removed from disk drive bay {small}."),
        ("Warning", "Storage/PDR1001", "Fault detected on drive {small} in disk drive bay {small}."),
        ("Warning", "Storage/PDR16", "Predictive failure reported for {idpd}."),
        ("Informational", "Storage/VDR34", "Background Initialization started on {idvd}."),
        ("Informational", "Storage/VDR35", "Background Initialization completed on {idvd}."),
        ("Informational", "Storage/CTL54", "Patrol Read {=started|stopped|completed} on {idctl}."),
        ("Critical", "System Health/MEM0001", "Multi-bit memory errors detected on a memory device at location(s) {iddimm}."),
        ("Warning", "System Health/MEM0701", "Correctable memory error rate exceeded for {iddimm}."),
        ("Informational", "Configuration/LOG007", "The previous log entry was repeated {int} times."),
        ("Informational", "Updates/SUP0518", "Successfully updated the {idcomp} firmware to version {idfw}."),
        ("Informational", "Configuration/RAC1195", "User {user} via IP {ip} requested state / configuration change to {idattr} using {=RACADM|REDFISH|GUI}."),
        ("Critical", "System Health/VLT0304", "The system board {idvolt} voltage is outside of range."),
        ("Informational", "System Health/SYS1000", "System is turning on."),
        ("Informational", "System Health/SYS1001", "System is turning off."),
        ("Informational", "System Health/SYS1003", "System CPU Resetting."),
    ],
}

SYSTEMS = {"WildFly": WILDFLY, "Nextcloud": NEXTCLOUD, "HomeAssistant": HOMEASSISTANT, "Rspamd": RSPAMD, "DirSrv": DIRSRV,
           "HTCondor": HTCONDOR, "EsxiVmkernel": ESXI, "IDrac": IDRAC}
