"""ho-008 (stale latency alert after HPA scale-out), ho-010 (Kafka lag after broker rolling restart), ho-016 (Elasticsearch disk watermark, ILM freed space)."""
import json, math, random
from datetime import datetime, timedelta
from common import write, question, answer, dedent, HEALTHY

random.seed(808)

# ---------------------------------------------------------------- ho-008
I = "ho-008"
question(I, "We were paged at 13:07 UTC for HighRequestLatencyP99 on search-suggest (discovery namespace) and the page is still open in PagerDuty. Is there still a problem, and what was the root cause?")
alert = {
    "receiver": "pagerduty-discovery",
    "status": "firing",
    "alerts": [{
        "status": "firing",
        "labels": {"alertname": "HighRequestLatencyP99", "namespace": "discovery", "service": "search-suggest",
                   "severity": "page", "team": "discovery"},
        "annotations": {"summary": "search-suggest p99 latency above 800ms",
                        "description": "p99 latency of search-suggest is 1.84s (threshold 800ms) for more than 5 minutes.",
                        "runbook_url": "https://wiki.example.internal/runbooks/search-suggest-latency"},
        "startsAt": "2025-11-18T13:02:15.000Z", "endsAt": "0001-01-01T00:00:00Z",
        "generatorURL": "http://prometheus.monitoring:9090/graph?g0.expr=histogram_quantile%280.99%2C...%29",
        "fingerprint": "b3c9d1e07f2a6481"}],
    "groupLabels": {"alertname": "HighRequestLatencyP99"},
    "commonLabels": {"alertname": "HighRequestLatencyP99", "namespace": "discovery", "service": "search-suggest", "severity": "page"},
    "commonAnnotations": {"summary": "search-suggest p99 latency above 800ms"},
    "externalURL": "http://alertmanager.monitoring:9093", "version": "4",
    "groupKey": "{}/{severity=\"page\"}:{alertname=\"HighRequestLatencyP99\"}", "truncatedAlerts": 0}
write(I, "files/alert.json", json.dumps(alert, indent=2))
rows = ["timestamp,requests_per_second,p50_latency_ms,p99_latency_ms,replicas_ready,cpu_utilization_pct_of_request,error_rate_pct"]
t0 = datetime(2025, 11, 18, 12, 50)
for m in range(61):
    t = t0 + timedelta(minutes=m)
    if m < 8:
        rps, rep = 620 + random.randint(-25, 25), 3
    elif m < 14:
        rps, rep = 620 + (m - 7) * 180 + random.randint(-30, 30), 3
    else:
        rps, rep = 1700 + random.randint(-60, 60), 3
    if m >= 14: rep = 5
    if m >= 16: rep = 8
    if m >= 18: rep = 8
    cpu = min(190, rps / rep / 3.1) + random.uniform(-3, 3)
    if 9 <= m < 19:
        p99 = 700 + (min(m, 14) - 9) * 230 - max(0, m - 15) * 420 + random.randint(-40, 40)
    else:
        p99 = 190 + random.randint(-25, 30)
    p99 = max(p99, 170)
    p50 = 38 + (p99 - 190) / 12 + random.uniform(-3, 3)
    err = 0.02 + (0.4 if 11 <= m <= 15 else 0) + random.uniform(0, 0.03)
    rows.append("%s,%d,%.0f,%.0f,%d,%.0f,%.2f" % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), rps, p50, p99, rep, cpu, err))
write(I, "files/prometheus-search-suggest-1m.csv", "\n".join(rows))
write(I, "files/kubectl-describe-hpa-search-suggest.txt", dedent("""
Name:                                                  search-suggest
Namespace:                                             discovery
Labels:                                                app.kubernetes.io/name=search-suggest
CreationTimestamp:                                     Tue, 04 Mar 2025 10:11:52 +0000
Reference:                                             Deployment/search-suggest
Metrics:                                               ( current / target )
  resource cpu on pods  (as a percentage of request):  58% (290m) / 70%
Min replicas:                                          3
Max replicas:                                          15
Deployment pods:                                       8 current / 8 desired
Conditions:
  Type            Status  Reason              Message
  ----            ------  ------              -------
  AbleToScale     True    ReadyForNewScale    recommended size matches current size
  ScalingActive   True    ValidMetricFound    the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)
  ScalingLimited  False   DesiredWithinRange  the desired count is within the acceptable range
Events:
  Type     Reason                        Age   From                       Message
  ----     ------                        ----  ----                       -------
  Normal   SuccessfulRescale             46m   horizontal-pod-autoscaler  New size: 5; reason: cpu resource utilization (percentage of request) above target
  Warning  FailedGetResourceMetric       45m   horizontal-pod-autoscaler  failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API
  Normal   SuccessfulRescale             44m   horizontal-pod-autoscaler  New size: 8; reason: cpu resource utilization (percentage of request) above target
"""))
write(I, "files/kubectl-get-pods-discovery.txt", dedent("""
NAME                              READY   STATUS    RESTARTS      AGE
search-suggest-74c9d8b6f5-2mwkx   1/1     Running   0             9d
search-suggest-74c9d8b6f5-5qzrt   1/1     Running   1 (2d ago)    9d
search-suggest-74c9d8b6f5-8hnvd   1/1     Running   0             44m
search-suggest-74c9d8b6f5-c7xkp   1/1     Running   0             46m
search-suggest-74c9d8b6f5-g4tlm   1/1     Running   0             44m
search-suggest-74c9d8b6f5-kq2bn   1/1     Running   0             9d
search-suggest-74c9d8b6f5-rt9vw   1/1     Running   0             44m
search-suggest-74c9d8b6f5-x6jzh   1/1     Running   0             46m
typeahead-indexer-28397160-lm2qd  0/1     Completed 0             38m
"""))
write(I, "files/alertmanager-status.txt", dedent("""
$ amtool alert query alertname=HighRequestLatencyP99 --alertmanager.url=http://alertmanager.monitoring:9093
Alertname               Starts At                Summary                                State
(no active alerts)

$ amtool alert query --silenced=false --inhibited=false -r alertname=HighRequestLatencyP99 -o extended | tail -2
Labels                                                                                        Annotations                                   Starts At                Ends At                  State
alertname="HighRequestLatencyP99" namespace="discovery" service="search-suggest" severity="page"  summary="search-suggest p99 latency above 800ms"  2025-11-18 13:02:15 UTC  2025-11-18 13:13:15 UTC  resolved
"""))
answer(I,
    "No active failure: a traffic surge (~620 to ~1,700 rps) briefly pushed p99 latency above 800 ms until the HPA scaled search-suggest from 3 to 8 replicas; latency has been back to ~200 ms since 13:09 and the alert resolved at 13:13, so the PagerDuty incident is stale.",
    [["hpa", "horizontal pod autoscal*", "autoscal*", "scaled out", "scale out", "scale-out", "scaled up", "scale up", "3 to 8", "replicas"],
     HEALTHY],
    ["memory leak", "cpu throttl*", "OOM*", "database", "metrics api"],
    "search-suggest (healthy; HPA scaled out after a traffic surge)",
    "healthy")

# ---------------------------------------------------------------- ho-010
I = "ho-010"
question(I, "Datadog monitor 'Kafka consumer lag high - clickstream-enricher' triggered overnight (02:18 UTC). Do we need to do anything? What caused it?")
write(I, "files/alert.json", json.dumps({
    "id": "7315522908734412290",
    "title": "[Triggered] Kafka consumer lag high - clickstream-enricher",
    "alert_type": "error",
    "alert_transition": "Triggered",
    "date": 1763605080000,
    "last_updated": 1763605080000,
    "org": {"id": "48211", "name": "Example Data Platform"},
    "body": "%%%\nConsumer group **clickstream-enricher** lag on topic `web.clickstream.v2` is **412,906** messages (threshold 100,000).\n\nThe monitor was last triggered at Thu Nov 20 2025 02:18:00 UTC.\n%%%",
    "tags": ["consumer_group:clickstream-enricher", "topic:web.clickstream.v2", "env:prod", "team:data-platform", "monitor"],
    "query": "max(last_5m):sum:kafka.consumer_lag{consumer_group:clickstream-enricher} by {consumer_group} > 100000",
    "priority": "P2"}, indent=2))
rows = ["timestamp,consumer_lag_total,messages_in_per_sec,messages_consumed_per_sec,brokers_online,under_replicated_partitions,consumer_group_members"]
t0 = datetime(2025, 11, 20, 2, 0)
lag = 180
peak = [0]
for m in range(56):
    t = t0 + timedelta(minutes=m)
    inn = 920 + 60 * math.sin(m / 9) + random.randint(-15, 15)
    brokers = 2 if 9 <= m <= 15 else 3
    urp = 0 if brokers == 3 and m > 19 else (72 if brokers == 2 else max(0, 72 - (m - 15) * 18))
    members = 12
    if 9 <= m <= 11 or 15 <= m <= 16:
        cons = random.randint(0, 30)
        members = 12 if m not in (10, 16) else 0
    elif 11 < m < 15:
        cons = inn * 0.35
    elif 16 < m < 36:
        cons = inn + 340 + random.randint(-20, 20)
    else:
        cons = inn + random.randint(-10, 10)
    lag = max(random.randint(90, 400), lag + (inn - cons) * 60) if (9 <= m < 36) else random.randint(90, 400)
    if m >= 9 and lag > 100000 and peak[0] < lag: peak[0] = lag
    rows.append("%s,%d,%.0f,%.0f,%d,%d,%d" % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), lag, inn, cons, brokers, urp, members))
write(I, "files/datadog-kafka-metrics.csv", "\n".join(rows))
PEAK = peak[0]
_a = json.load(open(__import__("os").path.join(__import__("common").ROOT, I, "files/alert.json")))
_a["body"] = _a["body"].replace("412,906", format(int(PEAK), ","))
write(I, "files/alert.json", json.dumps(_a, indent=2))
parts = []
for p in range(24):
    end = random.randint(80_000_000, 95_000_000)
    parts.append("clickstream-enricher web.clickstream.v2 %-9d %-14d %-14d %-5d %-52s %-13s %s" % (
        p, end - random.randint(0, 40), end, random.randint(0, 40),
        "consumer-clickstream-enricher-%d-%s" % (p // 2 + 1, "%08x-%04x" % (random.getrandbits(32), random.getrandbits(16))),
        "/10.60.%d.%d" % (random.randint(1, 4), random.randint(10, 250)), "consumer-clickstream-enricher-%d" % (p // 2 + 1)))
write(I, "files/kafka-consumer-groups-describe.txt",
      "$ kafka-consumer-groups.sh --bootstrap-server kafka-0.kafka:9092 --describe --group clickstream-enricher   # run 02:52 UTC\n\n"
      "GROUP                TOPIC              PARTITION CURRENT-OFFSET  LOG-END-OFFSET  LAG   CONSUMER-ID                                          HOST          CLIENT-ID\n"
      + "\n".join(parts))
cl = []
tt = datetime(2025, 11, 20, 1, 58, 0)
def C(level, logger, msg, dt=None):
    global tt
    tt += timedelta(seconds=dt if dt is not None else random.uniform(0.5, 4))
    cl.append("%s %-5s [%s] %s - %s" % (tt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % random.randint(0, 999), level, "enricher-worker-%d" % random.randint(1, 6), logger, msg))
for i in range(120):
    C("INFO", "c.e.clickstream.Enricher", "batch committed records=%d geo_hits=%d ua_parsed=%d duration_ms=%d" % (random.randint(4000, 5000), random.randint(3900, 4900), random.randint(3900, 4900), random.randint(380, 520)), random.uniform(2, 6))
C("INFO", "o.a.k.c.NetworkClient", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Node 2 disconnected.", 1)
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Group coordinator kafka-2.kafka.data.svc:9092 (id: 2147483645 rack: null) is unavailable or invalid due to cause: coordinator unavailable. isDisconnected: true. Rediscovery will be attempted.")
C("WARN", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Offset commit failed on partition web.clickstream.v2-7 at offset 88412093: This is not the correct coordinator.")
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Discovered group coordinator kafka-0.kafka.data.svc:9092 (id: 2147483647 rack: null)")
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Request joining group due to: group is already rebalancing")
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Revoke previously assigned partitions web.clickstream.v2-6, web.clickstream.v2-7")
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] (Re-)joining group")
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Successfully joined group with generation Generation{generationId=418, memberId='consumer-clickstream-enricher-3-5b1d', protocol='cooperative-sticky'}", 95)
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Successfully synced group in generation Generation{generationId=418, memberId='consumer-clickstream-enricher-3-5b1d', protocol='cooperative-sticky'}")
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Adding newly assigned partitions: web.clickstream.v2-6, web.clickstream.v2-7")
for i in range(60):
    C("INFO", "c.e.clickstream.Enricher", "batch committed records=%d geo_hits=%d ua_parsed=%d duration_ms=%d" % (random.randint(1500, 2500), random.randint(1400, 2400), random.randint(1400, 2400), random.randint(380, 520)), random.uniform(2, 6))
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Request joining group due to: group is already rebalancing", 20)
C("INFO", "o.a.k.c.c.i.ConsumerCoordinator", "[Consumer clientId=consumer-clickstream-enricher-3, groupId=clickstream-enricher] Successfully synced group in generation Generation{generationId=419, memberId='consumer-clickstream-enricher-3-5b1d', protocol='cooperative-sticky'}", 70)
for i in range(260):
    r = random.random()
    if r < 0.02:
        C("WARN", "c.e.clickstream.GeoLookup", "GeoIP database is %d days old; consider refreshing GeoLite2-City.mmdb" % 37, random.uniform(2, 6))
    else:
        C("INFO", "c.e.clickstream.Enricher", "batch committed records=%d geo_hits=%d ua_parsed=%d duration_ms=%d" % (5000 if tt.minute < 50 else random.randint(4000, 5000), random.randint(3900, 4900), random.randint(3900, 4900), random.randint(380, 540)), random.uniform(2, 6))
write(I, "files/logs-clickstream-enricher.log", "\n".join(cl))
write(I, "files/kafka-2-server.log", dedent("""
[2025-11-20 02:08:41,902] INFO [KafkaServer id=2] Starting controlled shutdown (kafka.server.KafkaServer)
[2025-11-20 02:08:42,377] INFO [KafkaServer id=2] Controlled shutdown request returned successfully after 451ms (kafka.server.KafkaServer)
[2025-11-20 02:08:44,012] INFO [KafkaServer id=2] shut down completed (kafka.server.KafkaServer)
[2025-11-20 02:14:58,331] INFO Kafka version: 3.8.1 (org.apache.kafka.common.utils.AppInfoParser)
[2025-11-20 02:15:09,776] INFO [KafkaServer id=2] started (kafka.server.KafkaServer)
[2025-11-20 02:15:40,204] INFO [GroupCoordinator 2]: Preparing to rebalance group clickstream-enricher in state PreparingRebalance with old generation 418 (__consumer_offsets-31) (reason: Adding new member consumer-clickstream-enricher-7-e04a with group instance id None) (kafka.coordinator.group.GroupCoordinator)
[2025-11-20 02:19:12,558] INFO [Partition web.clickstream.v2-11 broker=2] ISR updated to 2,0,1 and version updated to 77 (kafka.cluster.Partition)
"""))
write(I, "files/change-calendar.txt", dedent("""
CHG-20931  2025-11-20 02:00-03:00 UTC  kafka (prod-data)  Rolling upgrade Kafka 3.7.1 -> 3.8.1, one broker at a time (kafka-2 first)  owner: data-platform  status: completed
CHG-20944  2025-11-21 22:00-23:00 UTC  clickhouse         Minor version upgrade                                                       owner: analytics      status: scheduled
"""))
write(I, "files/runbook-kafka-consumer-lag.md", dedent("""
# Runbook: Kafka consumer lag high

1. Check whether the lag is still growing or is draining (`datadog-kafka-metrics`, consume rate vs produce rate).
2. Check for broker restarts / rebalances in the same window (change calendar, broker server.log).
3. If lag is draining and the consumer group is Stable with all members assigned, no action is needed;
   acknowledge and let the monitor recover.
4. If lag keeps growing: look for stuck partitions (one partition's lag growing while others are 0),
   consumer exceptions, or a poison message.
"""))
answer(I,
    "No active failure: the planned rolling restart of broker kafka-2 (Kafka 3.8.1 upgrade) made the consumer group rebalance twice, consumption paused and lag peaked around 410k, then the consumers caught up and lag is back to a few hundred; the monitor is stale and no action is needed.",
    [["rebalanc*", "rolling restart", "rolling upgrade", "broker restart", "restart*", "maintenance", "upgrade", "kafka-2", "broker 2"],
     HEALTHY + ["drained", "caught up", "catching up", "back to a few", "no action"]],
    ["poison*", "deadlock", "consumer crash*", "stuck partition", "partition skew", "geoip"],
    "clickstream-enricher consumer group (healthy; lag from Kafka broker rolling restart)",
    "healthy")

# ---------------------------------------------------------------- ho-016
I = "ho-016"
question(I, "We got an ElasticsearchDiskHighWatermark page for es-data-3 (logs-es-prod) at 04:55 UTC. It's 06:00 now. Is something still broken and what happened?")
write(I, "files/alert.json", json.dumps({
    "receiver": "observability-pager", "status": "firing",
    "alerts": [{"status": "firing",
                "labels": {"alertname": "ElasticsearchDiskHighWatermark", "cluster": "logs-es-prod", "node": "es-data-3", "severity": "critical"},
                "annotations": {"summary": "Elasticsearch node disk usage above high watermark",
                                "description": "es-data-3 disk usage is above 90% (high watermark 90%). Shards will be relocated away from this node."},
                "startsAt": "2025-11-19T04:55:30Z", "endsAt": "0001-01-01T00:00:00Z",
                "generatorURL": "http://prometheus.observability:9090/graph?g0.expr=elasticsearch_filesystem_data_used_percent+%3E+90",
                "fingerprint": "0f61a4c2e9b7d835"}],
    "groupLabels": {"alertname": "ElasticsearchDiskHighWatermark"},
    "commonLabels": {"alertname": "ElasticsearchDiskHighWatermark", "cluster": "logs-es-prod", "severity": "critical"},
    "commonAnnotations": {"summary": "Elasticsearch node disk usage above high watermark"},
    "externalURL": "http://alertmanager.observability:9093", "version": "4",
    "groupKey": "{}:{alertname=\"ElasticsearchDiskHighWatermark\"}", "truncatedAlerts": 0}, indent=2))
rows = ["timestamp,es-data-1_disk_used_pct,es-data-2_disk_used_pct,es-data-3_disk_used_pct,es-data-4_disk_used_pct,indexing_rate_docs_per_sec,search_latency_p95_ms,cluster_status_green"]
t0 = datetime(2025, 11, 19, 4, 30)
for m in range(91):
    t = t0 + timedelta(minutes=m)
    base = [71.2, 69.8, 83.5, 70.9]
    g = m * 0.055
    d3 = 82.0 + m * 0.32 if m <= 35 else (93.2 - (m - 35) * 10.5 if m <= 37 else 62.4 + (m - 37) * 0.03)
    d3 = max(d3, 62.0)
    ds = [base[0] + g * 0.3 - (8 if m > 35 else 0), base[1] + g * 0.3 - (8 if m > 35 else 0), d3, base[3] + g * 0.3 - (8 if m > 35 else 0)]
    rows.append("%s,%.1f,%.1f,%.1f,%.1f,%d,%d,%d" % (t.strftime("%Y-%m-%dT%H:%M:%SZ"), *[x + random.uniform(-0.05, 0.05) for x in ds],
                random.randint(21000, 26000), random.randint(140, 240), 1))
write(I, "files/es-disk-metrics.csv", "\n".join(rows))
write(I, "files/es-cat-allocation-and-health.txt", dedent("""
$ curl -s 'es-http.logging:9200/_cat/allocation?v&s=node'      # 05:58 UTC
shards disk.indices disk.used disk.avail disk.total disk.percent host        ip          node
   212      1.1tb     1.2tb    666.8gb      1.8tb           64 10.70.4.21  10.70.4.21  es-data-1
   209      1.1tb     1.1tb    713.5gb      1.8tb           62 10.70.5.33  10.70.5.33  es-data-2
   205      1.0tb     1.1tb    691.1gb      1.8tb           62 10.70.6.18  10.70.6.18  es-data-3
   211      1.1tb     1.2tb    672.9gb      1.8tb           63 10.70.7.40  10.70.7.40  es-data-4

$ curl -s 'es-http.logging:9200/_cluster/health?pretty'
{
  "cluster_name" : "logs-es-prod",
  "status" : "green",
  "timed_out" : false,
  "number_of_nodes" : 7,
  "number_of_data_nodes" : 4,
  "active_primary_shards" : 419,
  "active_shards" : 837,
  "relocating_shards" : 0,
  "initializing_shards" : 0,
  "unassigned_shards" : 0,
  "delayed_unassigned_shards" : 0,
  "number_of_pending_tasks" : 0,
  "active_shards_percent_as_number" : 100.0
}
"""))
write(I, "files/es-master-0.log", dedent("""
[2025-11-19T04:40:02,118][INFO ][o.e.c.m.MetadataCreateIndexService] [es-master-0] [logs-app-2025.11.19] creating index, cause [rollover_data_stream], templates [logs-app], shards [3]/[1]
[2025-11-19T04:40:10,442][INFO ][o.e.c.r.a.DiskThresholdMonitor] [es-master-0] low disk watermark [85%] exceeded on [Jd8kQw2mS3uOq1n9Y4xZbA][es-data-3][/usr/share/elasticsearch/data] free: 275.1gb[14.9%], replicas will not be assigned to this node
[2025-11-19T04:55:12,901][WARN ][o.e.c.r.a.DiskThresholdMonitor] [es-master-0] high disk watermark [90%] exceeded on [Jd8kQw2mS3uOq1n9Y4xZbA][es-data-3][/usr/share/elasticsearch/data] free: 181.6gb[9.9%], shards will be relocated away from this node; currently relocating away shards totalling [0b]
[2025-11-19T04:58:37,215][WARN ][o.e.d.a.a.i.t.p.PutIndexTemplateRequest] [es-master-0] [deprecation] legacy template [filebeat-7] uses deprecated setting [index.mapping.total_fields.limit] style; use composable templates
[2025-11-19T05:00:00,004][INFO ][o.e.x.i.IndexLifecycleRunner] [es-master-0] policy [logs-30d] for index [.ds-logs-app-2025.10.19-000031] on an error step due to a transient error, moving back to the retry step [delete]
[2025-11-19T05:05:41,880][INFO ][o.e.x.i.IndexLifecycleTransition] [es-master-0] moving index [.ds-logs-app-2025.10.19-000031] from [{"phase":"delete","action":"delete","name":"wait-for-shard-history-leases"}] to [{"phase":"delete","action":"delete","name":"delete"}] in policy [logs-30d]
[2025-11-19T05:05:42,310][INFO ][o.e.c.m.MetadataDeleteIndexService] [es-master-0] [.ds-logs-app-2025.10.19-000031/3xgQ0l9sT5e2dA7hR1bK4w] deleting index
[2025-11-19T05:05:44,019][INFO ][o.e.c.m.MetadataDeleteIndexService] [es-master-0] [.ds-logs-app-2025.10.18-000030/p8Fh2c1LqN4wS6eB0mYvJg] deleting index
[2025-11-19T05:05:45,774][INFO ][o.e.c.m.MetadataDeleteIndexService] [es-master-0] [.ds-logs-app-2025.10.17-000029/Z2kL7v0bX5nQ1rT9aW3eHc] deleting index
[2025-11-19T05:08:13,554][INFO ][o.e.c.r.a.DiskThresholdMonitor] [es-master-0] high disk watermark [90%] no longer exceeded on [Jd8kQw2mS3uOq1n9Y4xZbA][es-data-3][/usr/share/elasticsearch/data] free: 688.2gb[37.4%]
[2025-11-19T05:08:13,555][INFO ][o.e.c.r.a.DiskThresholdMonitor] [es-master-0] low disk watermark [85%] no longer exceeded on [Jd8kQw2mS3uOq1n9Y4xZbA][es-data-3][/usr/share/elasticsearch/data] free: 688.2gb[37.4%]
[2025-11-19T05:31:09,008][INFO ][o.e.c.r.a.AllocationService] [es-master-0] current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN]" reason="shards started [[logs-app-2025.11.19][2]]"
"""))
write(I, "files/kubectl-get-pods-logging.txt", dedent("""
NAME                               READY   STATUS             RESTARTS        AGE
es-data-0                          1/1     Running            0               41d
es-data-1                          1/1     Running            0               41d
es-data-2                          1/1     Running            0               41d
es-data-3                          1/1     Running            0               41d
es-exporter-7b6f9d8c5-wq2mz        0/1     ImagePullBackOff   0               2d
es-master-0                        1/1     Running            0               41d
es-master-1                        1/1     Running            0               41d
es-master-2                        1/1     Running            0               41d
kibana-6d8c9b7f4-4xnsv             1/1     Running            0               12d
"""))
answer(I,
    "No active failure: es-data-3 briefly crossed the 90% high disk watermark, then the ILM logs-30d delete phase removed old indices at 05:05 and disk usage fell back to ~62%; the cluster is green with all shards assigned, so the alert is stale.",
    [["ilm", "index lifecycle", "deleted", "deleting", "deletion", "old indices", "retention", "logs-30d", "relocat*"],
     HEALTHY],
    ["read-only", "read_only", "flood stage", "data loss", "unassigned", "es-exporter", "ImagePullBackOff"],
    "Elasticsearch logs-es-prod es-data-3 disk (healthy; ILM deletion freed space)",
    "healthy")
print("ok healthy")
