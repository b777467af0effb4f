"""Systems of the sixteenth blind mining set, second half: LXD, NestJS, Dagster, OpenDKIM with OpenDMARC, the Okta System
Log, NVIDIA Fabric Manager, the Buildkite agent and WireGuard with wg-quick. Statements as in sys16_a.py."""
import datetime

import values16 as v

S = v.SHAPES
DG_STEPS = ["extract_orders", "load_to_warehouse", "compute_daily_kpis", "raw_events", "clean_events", "train_model",
            "send_report", "dbt_run", "orders_snapshot__partition"]
OKTA_APPS = [("0oa1kq8xzyAbCdEf9h7", "Salesforce.com"), ("0oa2mm3vRkLpQwE5x1d", "Grafana (SSO)"),
             ("0oa9ac1xJdM2bN7c4k8", "AWS Account Federation"), ("0oa7zz0pLmNbVcX3q2w", "GitHub Enterprise Cloud - Organization")]
S.update({
    "lxd_time": lambda r, ts: (ts - datetime.timedelta(seconds=r.randint(0, 86400 * 90))).strftime("%Y-%m-%d %H:%M:%S.")
    + f"{r.randint(0, 999999999):09d} +0000 UTC",
    "lxd_inst": lambda r, ts: r.choice(["c1", "web-01", "ci-runner-7", "pg-primary", "win11-vm", "jammy-test", "u2204"]),
    "lxd_proj": lambda r, ts: r.choice(["default", "ci", "team-data"]),
    "lxd_err": lambda r, ts: r.choice([
        "Failed to start device \"eth0\": Failed to connect to OVN: context deadline exceeded",
        "Failed pre-start check for device \"root\": Insufficient space on pool \"local\"",
        "Instance is busy running a \"stop\" operation",
        "websocket: close 1006 (abnormal closure): unexpected EOF",
        "Failed to run: /snap/lxd/current/bin/lxd forkstart c1 /var/snap/lxd/common/lxd/containers /var/snap/lxd/common/lxd/logs/c1/lxc.conf: exit status 1"]),
    "lxd_alias": lambda r, ts: r.choice(["ubuntu/22.04", "debian/12", "alpine/3.19", "ubuntu/24.04/cloud", "images:rockylinux/9"]),
    "lxd_server": lambda r, ts: r.choice(["https://images.linuxcontainers.org", "https://cloud-images.ubuntu.com/releases",
                                          "https://cloud-images.ubuntu.com/daily"]),
    "lxd_members": lambda r, ts: "[" + " ".join(r.sample(["lxd01", "lxd02", "lxd03", "lxd04", "lxd05"], r.randint(1, 4))) + "]",
    "nest_mod": lambda r, ts: r.choice(["AppModule", "TypeOrmModule", "ConfigHostModule", "OrdersModule", "BullModule",
                                        "TerminusModule", "ScheduleModule", "PaymentsModule"]),
    "nest_ctl": lambda r, ts: r.choice(["OrdersController", "HealthController", "PaymentsController", "AuthController"]),
    "nest_route": lambda r, ts: r.choice(["/api/v1/orders", "/api/v1/orders/:id", "/health", "/api/v1/payments/:id/refund",
                                          "/api/v1/auth/login", "/api/v1/orders/:id/items/:itemId"]),
    "nest_err": lambda r, ts: r.choice([
        "connect ECONNREFUSED 10.20.3.4:5432", "Cannot read properties of undefined (reading 'id')",
        "duplicate key value violates unique constraint \"orders_pkey\"", "Request failed with status code 503",
        "Connection terminated due to connection timeout", "invalid input syntax for type uuid: \"undefined\"",
        "timeout of 5000ms exceeded"]),
    "nest_url": lambda r, ts: r.choice(["/api/v1/orders?page=2&limit=50", "/health", f"/api/v1/orders/{v.uuid(r)}",
                                        f"/api/v1/payments/{v.uuid(r)}/refund", "/api/v1/auth/login", "/metrics"]),
    "nest_status": lambda r, ts: r.choice(["200", "200", "201", "204", "400", "401", "404", "500", "503"]),
    "nest_money": lambda r, ts: f"{r.uniform(1, 2000):.2f}",
    "nest_queue": lambda r, ts: r.choice(["email", "invoices", "webhooks", "order-sync"]),
    "nest_key": lambda r, ts: r.choice([f"orders:list:{r.randint(1, 9)}:50", f"/api/v1/orders/{v.uuid(r)}", "feature-flags",
                                        f"user:{r.randint(1, 99999)}:profile"]),
    "nest_cid": lambda r, ts: r.choice(["orders-service-client", "payments-consumer", "nestjs-consumer-server"]),
    "nest_assign": lambda r, ts: "{" + ",".join(
        f'"{t}":[{",".join(str(p) for p in sorted(r.sample(range(12), r.randint(1, 4))))}]'
        for t in r.sample(["orders", "payments", "order-events", "refunds"], r.randint(1, 2))) + "}",
    "nest_cron": lambda r, ts: r.choice(["syncExchangeRates", "purge-expired-carts", "nightly invoice run", "refreshSearchIndex"]),
    "dg_job": lambda r, ts: v.remember("dg_job", r.choice(["daily_orders_etl", "kpi_refresh", "__ASSET_JOB", "ml_training_job",
                                                           "hourly_events"])),
    "dg_job.again": lambda r, ts: v.MEMO["dg_job"],
    "dg_step": lambda r, ts: v.remember("dg_step", r.choice(DG_STEPS)),
    "dg_step.again": lambda r, ts: v.MEMO["dg_step"],
    "dg_dur": lambda r, ts: r.choice([f"{r.randint(1, 999)}ms", f"{r.uniform(1, 59):.2f}s", f"{r.randint(1, 59)}m {r.randint(0, 59)}s"]),
    "dg_type": lambda r, ts: r.choice(["DataFrame", "Any", "Nothing", "dict", "List[str]", "Output[DataFrame]"]),
    "dg_input": lambda r, ts: r.choice(["orders", "raw_events", "df", "context_config", "upstream"]),
    "dg_steps": lambda r, ts: "[" + ", ".join(f'"{s}"' for s in r.sample(DG_STEPS, r.randint(1, 3))) + "]",
    "dg_res": lambda r, ts: "[" + ", ".join(r.sample(["io_manager", "snowflake", "s3", "dbt", "slack", "warehouse_io_manager"],
                                                     r.randint(1, 4))) + "]",
    "dg_asset": lambda r, ts: r.choice(["orders_clean", "analytics/daily_kpis", "raw/events", "ml/churn_model"]),
    "dg_sensor": lambda r, ts: r.choice(["s3_new_files_sensor", "orders_freshness", "slack_on_run_failure", "dbt_source_sensor"]),
    "dg_sched": lambda r, ts: r.choice(["daily_orders_schedule", "hourly_events_schedule", "weekly_model_retrain"]),
    "dg_date": lambda r, ts: ts.replace(minute=0, second=0, microsecond=0).strftime("%Y-%m-%d %H:%M:%S") + " +0000",
    "dg_reason": lambda r, ts: r.choice(["No new files found", "Skip reason: asset orders_clean is fresh",
                                         "Sensor is already running", "Cursor unchanged since last tick"]),
    "mail_qid": lambda r, ts: r.choice(["".join(r.choice("0123456789ABCDEF") for _ in range(r.choice([10, 11]))),
                                        "4" + "".join(r.choice("bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ0123456789")
                                                      for _ in range(13))]),
    "dkim_sel": lambda r, ts: v.remember("dkim_sel", r.choice(["default", "s1", "selector1", "google", "mail2024", "k1"])),
    "dkim_sel.again": lambda r, ts: v.MEMO["dkim_sel"],
    "dkim_dom": lambda r, ts: v.remember("dkim_dom", r.choice(v.DOMAINS + ["gmail.com", "mailchimpapp.net", "bounce.linkedin.com"])),
    "dkim_dom.again": lambda r, ts: v.MEMO["dkim_dom"],
    "dkim_args": lambda r, ts: r.choice(["-P /run/opendkim/opendkim.pid -p local:/run/opendkim/opendkim.sock",
                                         "-x /etc/opendkim.conf", "-P /run/opendkim/opendkim.pid -p inet:8891@localhost"]),
    "lxd_types_url": lambda r, ts: "https://images.linuxcontainers.org/meta/instance-types/" + r.choice([".yaml", "aws.yaml", "gce.yaml", "azure.yaml"]),
    "dkim_ssl": lambda r, ts: r.choice(["error:02000068:rsa routines::bad signature", "error:1E08010C:DECODER routines::unsupported",
                                        "error:0200008A:rsa routines::invalid padding"]),
    "wg_cidr4": lambda r, ts: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}/{r.choice([24, 32, 16])}", "0.0.0.0/0"]),
    "wg_port": lambda r, ts: str(r.choice([51820, 51820, 51821, r.randint(1024, 65535)])),
    "dkim_doms": lambda r, ts: ", ".join(r.sample(v.DOMAINS + ["gmail.com", "sendgrid.info"], r.randint(1, 3))),
    "dkim_from": lambda r, ts: r.choice(["\"Billing Team\" <billing@example.com", "undisclosed-recipients:;",
                                         "=?utf-8?B?w4RyZ2VyIMOcYmVy?= <noreply@", ""]),
    "okta_uid": lambda r, ts: "00u" + "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                              for _ in range(17)),
    "okta_name": lambda r, ts: r.choice(["Alice Smith", "Bob Nguyen", "Carol de la Cruz", "Dave O'Connor", "Erin Tanaka",
                                         "Okta System", "svc-provisioning"]),
    "okta_country": lambda r, ts: r.choice(["Netherlands", "United States", "Brazil", "Germany", "Japan", "Ireland",
                                            "United Kingdom"]),
    "okta_app": lambda r, ts: v.remember("okta_app", r.choice(OKTA_APPS))[0],
    "okta_app.name": lambda r, ts: v.MEMO["okta_app"][1],
    "okta_gid": lambda r, ts: "00g" + "".join(r.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(17)),
    "okta_group": lambda r, ts: r.choice(["Engineering", "SRE On-Call", "AWS Admins", "Everyone", "Contractors - EMEA"]),
    "okta_reason": lambda r, ts: r.choice(["null", "\"INVALID_CREDENTIALS\"", "\"VERIFICATION_ERROR\"", "\"LOCKED_OUT\"",
                                           "\"User rejected Okta Verify Push\"", "\"Sign-on policy evaluation resulted in DENY\""]),
    "okta_result": lambda r, ts: r.choice(["SUCCESS", "SUCCESS", "FAILURE", "DENY", "CHALLENGE"]),
    "okta_factor": lambda r, ts: r.choice(["OKTA_VERIFY_PUSH", "FIDO2_WEBAUTHN", "TOTP", "SMS", "PASSWORD_AS_FACTOR"]),
    "okta_sess": lambda r, ts: "102" + "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
                                               for _ in range(22)),
    "okta_scopes": lambda r, ts: " ".join(r.sample(["openid", "profile", "email", "offline_access", "groups", "okta.users.read"],
                                                   r.randint(1, 4))),
    "fm_bdf": lambda r, ts: f"00000000:{r.choice(['07', '0F', '4B', '8A', 'B7', 'CF'])}:00.0",
    "fm_err": lambda r, ts: r.choice(["12028", "12029", "20034", "22013", "10011"]),
    "fm_cfg": lambda r, ts: r.choice(["/usr/share/nvidia/nvswitch/dgxa100_hgxa100_topology",
                                      "/usr/share/nvidia/nvswitch/dgxh100_hgxh100_topology"]),
    "fm_ver": lambda r, ts: r.choice(["535.129.03", "550.54.15", "535.161.08"]),
    "fm_uuid": lambda r, ts: "GPU-" + v.uuid(r),
    "bk_agent": lambda r, ts: r.choice(["builder-1", "builder-3", "ci-linux-large-7f9c2", "mac-mini-02", "i-0a1b2c3d4e5f60718-1"]),
    "bk_tags": lambda r, ts: "[" + " ".join(r.sample(["queue=default", "os=linux", "arch=amd64", "docker=true", "queue=deploy",
                                                      "instance-type=c6i.2xlarge"], r.randint(1, 4))) + "]",
    "bk_file": lambda r, ts: r.choice(["coverage/index.html", "dist/app.tar.gz", "junit/results.xml", "logs/test run 3.log",
                                       "pkg/linux-amd64/agent"]),
    "bk_size": lambda r, ts: r.choice([f"{r.uniform(1, 999):.1f} KB", f"{r.uniform(1, 999):.1f} MB", f"{r.randint(1, 999)} B"]),
    "bk_http": lambda r, ts: r.choice(["502 Bad Gateway", "503 Service Unavailable", "429 Too Many Requests", "500 Internal Server Error"]),
    "bk_url": lambda r, ts: "https://agent.buildkite.com" + S["bk_path"](r, ts),
    "okta_rule": lambda r, ts: "rul" + "".join(r.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(17)),
    "okta_risk": lambda r, ts: "{level=" + r.choice(["LOW", "MEDIUM", "HIGH"]) + "}",
    "okta_threat": lambda r, ts: "{" + ",".join(f'\\"{k}\\":\\"{r.choice(["HIGH", "MEDIUM"])}\\"' for k in r.sample(["Password Spray", "Credential Stuffing", "Brute Force"], r.randint(1, 2))) + "}",
    "bk_path": lambda r, ts: r.choice([f"/v3/jobs/{v.uuid(r)}/start", "/v3/ping", "/v3/heartbeat", f"/v3/jobs/{v.uuid(r)}/chunks",
                                       f"/v3/jobs/{v.uuid(r)}/finish"]),
    "bk_sig": lambda r, ts: r.choice(["terminated", "interrupt", "quit"]),
    "bk_plugin": lambda r, ts: r.choice(["docker-compose#v4.16.0", "docker#v5.9.0", "ecr#v2.7.0", "artifacts#v1.9.3"]),
    "bk_repo": lambda r, ts: r.choice(["git@github.com:acme/api.git", "https://github.com/acme/web.git",
                                       "git@gitlab.example.com:platform/infra.git"]),
    "wg_if": lambda r, ts: r.choice(["wg0", "wg0", "wg1", "wg-office"]),
    "wg_host": lambda r, ts: r.choice([v.ip(r), v.ip(r), "[" + v.ip6(r) + "]"]),
    "wg_cidr": lambda r, ts: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}/{r.choice([24, 32, 16])}",
                                       f"fd42:{v.hexs(r, 2)}::{r.randint(1, 99)}/{r.choice([64, 128])}", "0.0.0.0/0"]),
})


def lxd_header(r, ts, level, comp):
    return f'time="{ts:%Y-%m-%dT%H:%M:%S}Z" level={level} '


def nest_header(r, ts, level, comp):
    hour = ts.hour % 12 or 12
    return (f"[Nest] {r.choice([1, 1, 1, 28, 29])}  - {ts:%m/%d/%Y}, {hour}:{ts:%M:%S} {'AM' if ts.hour < 12 else 'PM'} "
            f"{level:>7} [{comp}] ")


def nest_trailer(r, ts, level, comp):
    return f" +{r.choice([0, 1, 2, 3, r.randint(4, 90000)])}ms"


def dagster_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S} +0000 - {comp} - {level} - "


def syslog_header(r, ts, level, comp):
    proc = {"opendkim": "opendkim[1187]", "opendmarc": "opendmarc[1203]", "kernel": "kernel",
            "wg-quick": f"wg-quick[{r.choice([812, 3377])}]"}[comp]
    hosts = ["mx1", "mx2"] if comp.startswith("open") else ["gw01", "edge-fw"]
    return f"{ts:%b} {ts.day:>2} {ts:%H:%M:%S} {r.choice(hosts)} {proc}: "


def okta_header(r, ts, level, comp):
    return '{"uuid":"' + v.uuid(r) + '","published":"' + f"{ts:%Y-%m-%dT%H:%M:%S}.{ts.microsecond // 1000:03d}Z" + \
        '","severity":"' + level + '",'


def fm_header(r, ts, level, comp):
    return f"[{ts:%b %d %Y %H:%M:%S}] [{level}] [tid {r.choice([2342, 2342, 2351, 2360, 2388])}] "


def bk_header(r, ts, level, comp):
    return f"{ts:%Y-%m-%d %H:%M:%S} {level:<6} "


def okta(event, display, actor, outcome, extra=""):
    """One Okta System Log event: eventType, displayMessage, actor, client, outcome, then optional fields."""
    actors = {"user": '"actor":{{"id":"{okta_uid}","type":"User","alternateId":"{email}","displayName":"{okta_name}"}}',
              "system": '"actor":{{"id":"{okta_uid}","type":"SystemPrincipal","alternateId":"{=system@okta.com}","displayName":"{=Okta System}"}}',
              "app": '"actor":{{"id":"{okta_app}","type":"PublicClientApp","alternateId":"{okta_app.name}","displayName":"{okta_app.name}"}}'}
    client = ('"client":{{"userAgent":{{"rawUserAgent":"{agent}"}},"zone":"{=null}","device":"{=Computer|Mobile|Unknown}",'
              '"ipAddress":"{ip}","geographicalContext":{{"city":"{city}","country":"{okta_country}"}}}}')
    return (f'"eventType":"{event}","displayMessage":"{display}",' + actors[actor] + "," + client + ","
            + '"outcome":{{' + outcome + "}}" + extra + "}}")


def outcome(result=None, reason=None):
    """The outcome object; a result or reason fixed by the event is still a field's value (a one-value slot)."""
    if result is None:
        res = "{okta_result}"
    else:
        res = result if result.startswith("{") else "{=" + result + "}"
    if reason is None:
        rsn = "{okta_reason}"
    elif "{" in reason:
        rsn = reason
    elif reason.startswith('"'):
        rsn = '"{=' + reason[1:-1] + '}"'
    else:
        rsn = "{=" + reason + "}"
    return f'"result":"{res}","reason":{rsn}'


SYSTEMS = {
    "LXD": {
        "about": "LXD 5.21 daemon log (logfmt: time=\"…\" level=… msg=\"…\" then sorted key=value context, quoted when needed)",
        "log_format": "time=\"<Time>\" level=<Level> <Content>",
        "header": lxd_header, "start": datetime.datetime(2026, 12, 7, 7, 0, 0), "gap_ms": 2100,
        "statements": [
            ("info", "", "msg=\"Starting instance\" action={=start} created=\"{lxd_time}\" ephemeral={=false|true} instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj} stateful={=false|true} used=\"{lxd_time}\""),
            ("info", "", "msg=\"Started instance\" action={=start} created=\"{lxd_time}\" ephemeral={=false|true} instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj} stateful={=false|true} used=\"{lxd_time}\""),
            ("info", "", "msg=\"Stopping instance\" action={=stop} created=\"{lxd_time}\" ephemeral={=false|true} instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj} stateful={=false|true} used=\"{lxd_time}\""),
            ("info", "", "msg=\"Stopped instance\" action={=stop} created=\"{lxd_time}\" ephemeral={=false|true} instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj} stateful={=false|true} used=\"{lxd_time}\""),
            ("info", "", "msg=\"Shutting down instance\" action={=shutdown} created=\"{lxd_time}\" ephemeral={=false|true} instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj} timeout={=10m0s|30s|1m0s} used=\"{lxd_time}\""),
            ("info", "", "msg=\"Creating instance\" ephemeral={=false|true} instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj}"),
            ("info", "", "msg=\"Created instance\" ephemeral={=false|true} instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj}"),
            ("info", "", "msg=\"Deleting instance\" created=\"{lxd_time}\" ephemeral={=false|true} instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj} used=\"{lxd_time}\""),
            ("info", "", "msg=\"Deleted instance\" created=\"{lxd_time}\" ephemeral={=false|true} instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj} used=\"{lxd_time}\""),
            ("error", "", "msg=\"Failed starting instance\" action={=start} created=\"{lxd_time}\" ephemeral={=false|true} err=\"{lxd_err}\" instance={lxd_inst} instanceType={=container|virtual-machine} project={lxd_proj} stateful={=false|true} used=\"{lxd_time}\""),
            ("warning", "", "msg=\"Failed getting exec control websocket reader, killing command\" PID={pid} err=\"{lxd_err}\" instance={lxd_inst} interactive={=true|false} number={small} project={lxd_proj}"),
            ("info", "", "msg=\"Downloading image\" alias={lxd_alias} image={hex64} operation={uuid} server=\"{lxd_server}\" trigger=/1.0/operations/{uuid}"),
            ("info", "", "msg=\"Image downloaded\" alias={lxd_alias} image={hex64} operation={uuid} server=\"{lxd_server}\" trigger=/1.0/operations/{uuid}"),
            ("info", "", "msg=\"Updating images\""),
            ("info", "", "msg=\"Done updating images\""),
            ("info", "", "msg=\"Pruning expired instance backups\""),
            ("info", "", "msg=\"Done pruning expired instance backups\""),
            ("warning", "", "msg=\"Failed to update instance types: Get \\\"{lxd_types_url}\\\": dial tcp: lookup {=images.linuxcontainers.org} on {ip}:53: {reason}\""),
            ("warning", "", "msg=\"Dqlite: attempt {int}: server {ip}:8443: no known leader\""),
            ("info", "", "msg=\"Heartbeat updating local raft members\" members=\"{lxd_members}\""),
            ("warning", "", "msg=\"Excluding offline member from refresh\" ID={small} address=\"{ip}:8443\" lastHeartbeat=\"{lxd_time}\" raftID={small}"),
            ("error", "", "msg=\"Failed to retrieve PID of executing child process\" instance={lxd_inst} project={lxd_proj}"),
            ("info", "", "msg=\"Remapping container filesystem\" devIdmap=\"{=[]}\" instance={lxd_inst} project={lxd_proj}"),
        ],
    },
    "NestJS": {
        "about": "a NestJS 10 service with its default ConsoleLogger (`[Nest] pid  - m/d/yyyy, h:mm:ss AM|PM` level padded to 7, [context], a `+Nms` delta after the message) and kafkajs",
        "log_format": "\\[Nest\\] <Pid>  - <Date>, <Time> <AmPm> <Level> \\[<Context>\\] <Content> \\+<Delta>",
        "header": nest_header, "trailer": nest_trailer, "start": datetime.datetime(2026, 12, 7, 11, 58, 1), "gap_ms": 1500,
        "statements": [
            ("LOG", "PaymentsService", "Charged {nest_money} {=EUR|USD|GBP} for order {uuid} via {=stripe|adyen}"),
            ("ERROR", "ExceptionsHandler", "{nest_err}"),
            ("LOG", "HTTP", "{=GET|POST|PUT|DELETE} {nest_url} {nest_status} {bytes} - {agent} {ip}"),
            ("LOG", "PaymentsService", "Refunded {nest_money} {=EUR|USD|GBP} for order {uuid} via {=stripe|adyen}"),
            ("DEBUG", "CacheInterceptor", "Cache {=hit|miss} for key {nest_key}"),
            ("LOG", "NestFactory", "Starting Nest application...", 3),
            ("LOG", "InstanceLoader", "{nest_mod} dependencies initialized"),
            ("LOG", "RoutesResolver", "{nest_ctl} {{{nest_route}}}:"),
            ("LOG", "RouterExplorer", "Mapped {{{nest_route}, {=GET|POST|PUT|DELETE}}} route"),
            ("LOG", "NestApplication", "Nest application successfully started", 3),
            ("ERROR", "TypeOrmModule", "Unable to connect to the database. Retrying ({small})..."),
            ("WARN", "OrdersService", "Order {uuid} not found for customer {big}"),
            ("WARN", "ThrottlerGuard", "ThrottlerException: Too Many Requests"),
            ("LOG", "BullQueue", "Job {int} of queue {nest_queue} completed in {ms}"),
            ("ERROR", "BullQueue", "Job {int} of queue {nest_queue} failed after {small} attempts: {nest_err}"),
            ("ERROR", "ServerKafka", "ERROR [Connection] Connection error: {nest_err} {{\"timestamp\":\"{iso}\",\"logger\":\"{=kafkajs}\",\"broker\":\"{host}:9092\",\"clientId\":\"{nest_cid}\"}}"),
            ("LOG", "ServerKafka", "INFO [ConsumerGroup] Consumer has joined the group {{\"timestamp\":\"{iso}\",\"logger\":\"{=kafkajs}\",\"groupId\":\"{nest_cid}\",\"memberId\":\"{nest_cid}-{uuid}\",\"leaderId\":\"{nest_cid}-{uuid}\",\"isLeader\":{=true|false},\"memberAssignment\":{nest_assign},\"groupProtocol\":\"{=RoundRobinAssigner}\",\"duration\":{int}}}"),
            ("WARN", "ServerKafka", "WARN [Runner] The group is rebalancing, re-joining {{\"timestamp\":\"{iso}\",\"logger\":\"{=kafkajs}\",\"groupId\":\"{nest_cid}\",\"memberId\":\"{nest_cid}-{uuid}\",\"error\":\"{=The group is rebalancing, so a rejoin is needed}\",\"retryCount\":{small},\"retryTime\":{int}}}"),
            ("WARN", "SchedulerRegistry", "Cron job \"{nest_cron}\" skipped: previous run still in progress"),
            ("VERBOSE", "HealthController", "Health check {=database|redis|kafka} is {=up|down} ({ms})"),
        ],
    },
    "Dagster": {
        "about": "Dagster 1.6 run and daemon logs (Python logging: `stamp +0000 - logger - LEVEL - `, run events as `job - run id - pid - [step - ]EVENT_TYPE - message`)",
        "log_format": "<Date> <Time> <Tz> - <Logger> - <Level> - <Content>",
        "header": dagster_header, "start": datetime.datetime(2026, 12, 7, 0, 0, 4), "gap_ms": 1400,
        "statements": [
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - STEP_START - Started execution of step \"{dg_step.again}\"."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - STEP_SUCCESS - Finished execution of step \"{dg_step.again}\" in {dg_dur}."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - STEP_OUTPUT - Yielded output \"{=result|df|model}\" of type \"{dg_type}\". (Type check passed)."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - STEP_INPUT - Got input \"{dg_input}\" of type \"{dg_type}\". (Type check passed)."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - HANDLED_OUTPUT - Handled output \"{=result|df|model}\" using IO manager \"{=io_manager|warehouse_io_manager}\""),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - LOADED_INPUT - Loaded input \"{dg_input}\" using input manager \"{=io_manager|warehouse_io_manager}\", from output \"{=result|df}\" of step \"{dg_step}\""),
            ("ERROR", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - STEP_FAILURE - Execution of step \"{dg_step.again}\" failed."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - STEP_UP_FOR_RETRY - Execution of step \"{dg_step.again}\" failed and has requested a retry in {small} seconds."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - ASSET_MATERIALIZATION - Materialized value {dg_asset}."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - STEP_WORKER_STARTING - Launching subprocess for \"{dg_step.again}\"."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - STEP_WORKER_STARTED - Executing step \"{dg_step.again}\" in subprocess."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - RESOURCE_INIT_SUCCESS - Finished initialization of resources {dg_res}."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - {dg_step} - LOGS_CAPTURED - Started capturing logs in process (pid: {pid})."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - RUN_START - Started execution of run for \"{dg_job.again}\"."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - RUN_SUCCESS - Finished execution of run for \"{dg_job.again}\"."),
            ("ERROR", "dagster", "{dg_job} - {uuid} - {pid} - RUN_FAILURE - Execution of run for \"{dg_job.again}\" failed. Steps failed: {dg_steps}."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - ENGINE_EVENT - Started process for run (pid: {pid})."),
            ("DEBUG", "dagster", "{dg_job} - {uuid} - {pid} - ENGINE_EVENT - Executing steps using multiprocess executor: parent process (pid: {pid})"),
            ("INFO", "dagster.daemon.SensorDaemon", "Checking for new runs for sensor: {dg_sensor}"),
            ("INFO", "dagster.daemon.SensorDaemon", "Sensor {dg_sensor} skipped: {dg_reason}"),
            ("INFO", "dagster.daemon.SchedulerDaemon", "Evaluating schedule `{dg_sched}` at {dg_date}"),
            ("INFO", "dagster.daemon.SchedulerDaemon", "Completed scheduled launch of run {uuid} for {dg_sched}"),
            ("INFO", "dagster.daemon.QueuedRunCoordinatorDaemon", "Retrieved {small} queued runs, checking limits."),
            ("INFO", "dagster.daemon.QueuedRunCoordinatorDaemon", "Launched {small} runs."),
        ],
    },
    "OpenDKIM": {
        "about": "OpenDKIM 2.11 and OpenDMARC 1.4 milters via syslog beside Postfix (queue id first, then the message)",
        "log_format": "<Month> <Day> <Time> <Host> <Process>: <Content>",
        "header": syslog_header, "start": datetime.datetime(2026, 12, 7, 8, 0, 0), "gap_ms": 1300,
        "statements": [
            ("", "opendkim", "{mail_qid}: DKIM-Signature field added (s={dkim_sel}, d={dkim_dom})"),
            ("", "opendmarc", "{mail_qid}: {dkim_dom} {=pass|fail|none}"),
            ("", "opendkim", "{mail_qid}: bad signature data"),
            ("", "opendkim", "{mail_qid}: no signature data"),
            ("", "opendmarc", "{mail_qid}: SPF(mailfrom): {dkim_dom} {=pass|fail|softfail|neutral}"),
            ("", "opendkim", "{mail_qid}: DKIM verification successful"),
            ("", "opendkim", "{mail_qid}: s={dkim_sel} d={dkim_dom} SSL {dkim_ssl}"),
            ("", "opendkim", "{mail_qid}: key retrieval failed (s={dkim_sel}, d={dkim_dom}): '{dkim_sel.again}._domainkey.{dkim_dom.again}' record not found"),
            ("", "opendkim", "{mail_qid}: key retrieval failed (s={dkim_sel}, d={dkim_dom}): '{dkim_sel.again}._domainkey.{dkim_dom.again}' query timed out"),
            ("", "opendkim", "{mail_qid}: message has signatures from {dkim_doms}"),
            ("", "opendkim", "{mail_qid}: {host} [{ip}] not internal"),
            ("", "opendkim", "{mail_qid}: not authenticated"),
            ("", "opendkim", "{mail_qid}: no signing table match for '{email}'"),
            ("", "opendkim", "{mail_qid}: external host {host} attempted to send as {dkim_dom}"),
            ("", "opendkim", "{mail_qid}: can't parse From: header value '{dkim_from}'"),
            ("", "opendkim", "{mail_qid}: {host} [{ip}]: SMFIC_EOH: multiple From: fields"),
            ("", "opendkim", "OpenDKIM Filter v{=2.11.0} starting (args: {dkim_args})", 2),
            ("", "opendkim", "OpenDKIM Filter v{=2.11.0} terminating with status {small}, errno = {small}", 2),
            ("", "opendmarc", "{mail_qid}: SPF(helo): {host} {=pass|none}"),
            ("", "opendmarc", "{mail_qid}: ignoring connection from {host}"),
            ("", "opendmarc", "{mail_qid}: opendmarc_policy_parse_dmarc({dkim_dom}) returned status {small}"),
        ],
    },
    "Okta": {
        "about": "Okta System Log events as JSON lines (the API's objects, reordered by the collector: uuid, published and severity first; actor, client, outcome, target nested)",
        "log_format": "{\"uuid\":\"<Uuid>\",\"published\":\"<Time>\",\"severity\":\"<Level>\",<Content>",
        "header": okta_header, "start": datetime.datetime(2026, 12, 7, 8, 30, 0), "gap_ms": 1800,
        "statements": [
            ("INFO", "", okta("user.session.start", "User login to Okta", "user", outcome(), ',"authenticationContext":{{"authenticationStep":{small},"externalSessionId":"{okta_sess}"}}')),
            ("INFO", "", okta("user.authentication.sso", "User single sign on to app", "user", outcome("SUCCESS", "null"), ',"target":[{{"id":"{okta_app}","type":"AppInstance","alternateId":"{okta_app.name}","displayName":"{okta_app.name}"}}]')),
            ("INFO", "", okta("user.authentication.auth_via_mfa", "Authentication of user via MFA", "user", outcome(), ',"debugContext":{{"debugData":{{"factor":"{okta_factor}","risk":"{okta_risk}"}}}}')),
            ("WARN", "", okta("user.mfa.okta_verify.deny_push", "User rejected Okta push verify", "user", outcome("FAILURE", "\"User rejected Okta Verify Push\""))),
            ("INFO", "", okta("system.push.send_factor_verify_push", "Send Okta Verify push", "user", outcome("SUCCESS", "null"))),
            ("WARN", "", okta("user.account.lock", "Max sign in attempts exceeded", "user", outcome("FAILURE", "\"LOCKED_OUT\""))),
            ("INFO", "", okta("user.session.end", "User logout from Okta", "user", outcome("SUCCESS", "null"))),
            ("INFO", "", okta("policy.evaluate_sign_on", "Evaluation of sign-on policy", "user", outcome("{=ALLOW|DENY|CHALLENGE}", "\"{=Sign-on policy evaluation resulted in ALLOW|Sign-on policy evaluation resulted in DENY|Sign-on policy evaluation resulted in CHALLENGE}\""), ',"target":[{{"id":"{okta_rule}","type":"Rule","alternateId":"{=unknown}","displayName":"{=Catch-all Rule|Require MFA off-network|Block legacy auth}"}}]')),
            ("INFO", "", okta("group.user_membership.add", "Add user to group membership", "system", outcome("SUCCESS", "null"), ',"target":[{{"id":"{okta_uid}","type":"User","alternateId":"{email}","displayName":"{okta_name}"}},{{"id":"{okta_gid}","type":"UserGroup","alternateId":"{=unknown}","displayName":"{okta_group}"}}]')),
            ("INFO", "", okta("group.user_membership.remove", "Remove user from group membership", "system", outcome("SUCCESS", "null"), ',"target":[{{"id":"{okta_uid}","type":"User","alternateId":"{email}","displayName":"{okta_name}"}},{{"id":"{okta_gid}","type":"UserGroup","alternateId":"{=unknown}","displayName":"{okta_group}"}}]')),
            ("INFO", "", okta("application.user_membership.add", "Add user to application membership", "system", outcome("SUCCESS", "null"), ',"target":[{{"id":"{okta_app}","type":"AppInstance","alternateId":"{okta_app.name}","displayName":"{okta_app.name}"}}]')),
            ("INFO", "", okta("application.user_membership.remove", "Remove user from application membership", "system", outcome("SUCCESS", "null"), ',"target":[{{"id":"{okta_app}","type":"AppInstance","alternateId":"{okta_app.name}","displayName":"{okta_app.name}"}}]')),
            ("INFO", "", okta("user.lifecycle.create", "Create Okta user", "system", outcome("SUCCESS", "null"), ',"target":[{{"id":"{okta_uid}","type":"User","alternateId":"{email}","displayName":"{okta_name}"}}]')),
            ("INFO", "", okta("user.lifecycle.deactivate", "Deactivate Okta user", "system", outcome("SUCCESS", "null"), ',"target":[{{"id":"{okta_uid}","type":"User","alternateId":"{email}","displayName":"{okta_name}"}}]')),
            ("INFO", "", okta("app.oauth2.as.token.grant.access_token", "OIDC access token is granted", "app", outcome("SUCCESS", "null"), ',"debugContext":{{"debugData":{{"grantType":"{=authorization_code|client_credentials|refresh_token}","grantedScopes":"{okta_scopes}","expiresIn":"{=3600|300}"}}}}')),
            ("WARN", "", okta("security.threat.detected", "Request from suspicious actor", "user", outcome("DENY", "null"), ',"debugContext":{{"debugData":{{"threatSuspected":"{=true}","threatDetections":"{okta_threat}"}}}}')),
            ("INFO", "", okta("user.account.update_password", "User update password for Okta", "user", outcome())),
            ("INFO", "", okta("user.account.reset_password", "Fired when the user's Okta password is reset", "system", outcome("SUCCESS", "null"), ',"target":[{{"id":"{okta_uid}","type":"User","alternateId":"{email}","displayName":"{okta_name}"}}]')),
            ("WARN", "", okta("user.authentication.verify", "Verify user identity", "user", outcome("FAILURE", "\"{=INVALID_CREDENTIALS|VERIFICATION_ERROR}\""), ',"authenticationContext":{{"credentialType":"{=PASSWORD|OTP|ASSERTION}","authenticationStep":{small}}}')),
        ],
    },
    "FabricManager": {
        "about": "NVIDIA Fabric Manager 535/550 on HGX nodes (fabricmanager.log: [Mmm dd yyyy hh:mm:ss] [LEVEL] [tid N])",
        "log_format": "\\[<Time>\\] \\[<Level>\\] \\[tid <Tid>\\] <Content>",
        "header": fm_header, "start": datetime.datetime(2026, 12, 7, 2, 0, 0), "gap_ms": 3100,
        "statements": [
            ("ERROR", "", "detected NVSwitch non-fatal error {fm_err} on fid {small} on NVSwitch pci bus id {fm_bdf} physical id {small} port {int}"),
            ("ERROR", "", "detected NVSwitch fatal error {fm_err} on fid {small} on NVSwitch pci bus id {fm_bdf} physical id {small} port {int}"),
            ("INFO", "", "Received an inband message:  Message header details: magic Id:{0x} request Id:{big} status:{small} type:{small} length:{int}"),
            ("INFO", "", "Sending inband response message:  Message header details: magic Id:{0x} request Id:{big} status:{small} type:{small} length:{int}"),
            ("ERROR", "", "NVLink training failed for GPU physical id {small} pci bus id {fm_bdf} link {int} with remote NVSwitch physical id {small} port {int}"),
            ("INFO", "", "Fabric Manager version {fm_ver} is running with the following configuration options", 3),
            ("INFO", "", "Logging level = {small}", 3),
            ("INFO", "", "Logging file name/path = {=/var/log/fabricmanager.log}", 3),
            ("INFO", "", "Fabric Mode = {small}", 3),
            ("INFO", "", "Fabric Mode Restart = {small}", 3),
            ("INFO", "", "FM Library communication bind interface = {=127.0.0.1|0.0.0.0}", 3),
            ("INFO", "", "FM Library communication port number = {port}", 3),
            ("INFO", "", "Continue to run when facing failures = {small}", 3),
            ("INFO", "", "Connected to {small} node.", 3),
            ("INFO", "", "detected number of NVSwitches: {small}"),
            ("INFO", "", "number of GPU base board detected: {small}"),
            ("INFO", "", "fabric topology file {fm_cfg} is parsed."),
            ("INFO", "", "number of devices specified in topology file NVSwitches: {small}, GPUs: {small}"),
            ("INFO", "", "Successfully configured all the available GPUs and NVSwitches to route NVLink traffic."),
            ("WARNING", "", "GPU {fm_uuid} with pci bus id {fm_bdf} is excluded from the fabric: {=NVLink training failure|degraded mode|ECC error threshold exceeded}"),
            ("WARNING", "", "NVSwitch at pci bus id {fm_bdf} physical id {small} is reporting {int} correctable errors in the last {int} seconds"),
            ("INFO", "", "Fabric Manager {=activated|deactivated} GPU partition {small} with {small} GPUs"),
        ],
    },
    "Buildkite": {
        "about": "buildkite-agent 3.60 (text log format: stamp, a level padded to 6, the worker name before job messages)",
        "log_format": "<Date> <Time> <Level> <Content>",
        "header": bk_header, "start": datetime.datetime(2026, 12, 7, 9, 0, 0), "gap_ms": 1700,
        "statements": [
            ("INFO", "", "{bk_agent} Starting job {uuid}"),
            ("INFO", "", "{bk_agent} Finished job {uuid}"),
            ("INFO", "", "{bk_agent} Assigned job {uuid}. Accepting..."),
            ("WARN", "", "{bk_agent} POST {bk_url}: {bk_http} (Attempt {small}/{int} Retrying in {=5s|10s|30s})"),
            ("WARN", "", "{bk_agent} GET {bk_url}: {bk_http} (Attempt {small}/{int} Retrying in {=5s|10s|30s})"),
            ("NOTICE", "", "Starting buildkite-agent v{=3.60.1|3.61.0} with PID: {pid}", 2),
            ("INFO", "", "Registering agent with Buildkite...", 2),
            ("INFO", "", "Successfully registered agent \"{bk_agent}\" with tags {bk_tags}", 2),
            ("INFO", "", "Starting {small} Agent(s)", 2),
            ("INFO", "", "{bk_agent} Connecting to Buildkite..."),
            ("INFO", "", "{bk_agent} Waiting for instructions..."),
            ("INFO", "", "{bk_agent} Job {uuid} exited with status {small}"),
            ("ERROR", "", "{bk_agent} Failed to ping: Post \"{=https://agent.buildkite.com/v3/ping}\": {reason} (Attempt {small}/{int})"),
            ("INFO", "", "{bk_agent} Uploading artifact {uuid} {bk_file} ({bk_size})"),
            ("INFO", "", "{bk_agent} Uploading {int} files that match \"{=coverage/**/*|dist/*.tar.gz|junit/*.xml}\""),
            ("WARN", "", "{bk_agent} Job {uuid} was cancelled by the user; sending {=SIGTERM|SIGKILL} to process group {pid}"),
            ("INFO", "", "{bk_agent} Disconnecting..."),
            ("INFO", "", "{bk_agent} Received signal `{bk_sig}`"),
            ("INFO", "", "Gracefully stopping agent. Since there is no job, this will happen immediately."),
            ("INFO", "", "{bk_agent} Checking out plugin {bk_plugin} from {bk_repo}"),
            ("DEBUG", "", "{bk_agent} [HeartbeatLoop] Heartbeat sent at {iso} and received at {iso}"),
            ("ERROR", "", "{bk_agent} Failed to start job {uuid}: {reason}"),
        ],
    },
    "WireGuard": {
        "about": "WireGuard kernel module with dynamic debug on, and wg-quick, via syslog (kern.log: a kernel uptime stamp inside the message)",
        "log_format": "<Month> <Day> <Time> <Host> <Process>: <Content>",
        "header": syslog_header, "start": datetime.datetime(2026, 12, 7, 10, 0, 0), "gap_ms": 1100,
        "statements": [
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Receiving handshake initiation from peer {int} ({wg_host}:{wg_port})"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Sending handshake response to peer {int} ({wg_host}:{wg_port})"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Sending handshake initiation to peer {int} ({wg_host}:{wg_port})"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Receiving handshake response from peer {int} ({wg_host}:{wg_port})"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Keypair {int} created for peer {int}"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Keypair {int} destroyed for peer {int}"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Sending keepalive packet to peer {int} ({wg_host}:{wg_port})"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Receiving keepalive packet from peer {int} ({wg_host}:{wg_port})"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Handshake for peer {int} ({wg_host}:{wg_port}) did not complete after 5 seconds, retrying (try {small})"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Handshake for peer {int} ({wg_host}:{wg_port}) did not complete after 20 attempts, giving up"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Zeroing out all keys for peer {int} ({wg_host}:{wg_port}), since we haven't received a new one in 540 seconds"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Retrying handshake with peer {int} ({wg_host}:{wg_port}) because we stopped hearing back after 15 seconds"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Peer {int} created"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Peer {int} ({wg_host}:{wg_port}) destroyed"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Invalid handshake initiation from {wg_host}:{wg_port}"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Invalid MAC of handshake, dropping packet from {wg_host}:{wg_port}"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: Packet has unallowed src IP ({anyip}) from peer {int} ({wg_host}:{wg_port})"),
            ("", "kernel", "[{ktime}] wireguard: {wg_if}: No valid endpoint has been configured or discovered for peer {int}"),
            ("", "kernel", "[{ktime}] wireguard: WireGuard 1.0.0 loaded. See www.wireguard.com for information.", 1),
            ("", "wg-quick", "[#] ip link add {wg_if} type wireguard"),
            ("", "wg-quick", "[#] wg setconf {wg_if} {=/dev/fd/63}"),
            ("", "wg-quick", "[#] ip -4 address add {wg_cidr4} dev {wg_if}"),
            ("", "wg-quick", "[#] ip link set mtu {=1420|1380|1280} up dev {wg_if}"),
            ("", "wg-quick", "[#] ip -4 route add {wg_cidr4} dev {wg_if}"),
            ("", "wg-quick", "[#] ip link delete dev {wg_if}"),
        ],
    },
}
