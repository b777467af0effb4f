"""Secrets in application settings, build tool config, git, backup tools and cloud SDK debug logs."""
import urllib.parse

import gen as g
import people as pp
from gen import rec

GS, AK, ASK, API, CS, UC = "GENERIC_SECRET", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "API_KEY", "CONNECTION_STRING", "URL_CREDENTIALS"


def spring_yml(r):
    k = r.randrange(3)
    if k == 0:
        return rec("spring:\n  datasource:\n    url: jdbc:postgresql://", ("IPV4", g.ipv4(r, True)), ":5432/orders\n    username: orders_app\n    password: ",
                   (GS, g.pw(r)), "\n  jpa:\n    open-in-view: false")
    if k == 1:
        return rec("spring:\n  mail:\n    host: smtp.sendgrid.net\n    username: apikey\n    password: ", (API, "SG." + g.s(r, g.ALNUM + "_-", 22) + "." + g.s(r, g.ALNUM + "_-", 43)),
                   "\n  rabbitmq:\n    host: mq.internal\n    password: '", (GS, g.pw(r)), "'")
    return rec("app:\n  security:\n    jwt:\n      signing-key: \"", (GS, g.b64(r, 48)), "\"\n      ttl: 15m\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info")


def appsettings(r):
    k = r.randrange(3)
    srv = r.choice(["sql-prod-01.database.windows.net", "tcp:10.20.4.7,1433", "(localdb)\\MSSQLLocalDB"])
    if k == 0:
        if srv.startswith("tcp:"):
            srv_p = ("Server=tcp:", ("IPV4", "10.20.4.7"), ",1433;")
        else:
            srv_p = (f"Server={srv};",)
        return rec("{\n  \"ConnectionStrings\": {\n    \"OrdersDb\": \"", *srv_p, "Database=Orders;User Id=orders_svc;Password=", (CS, g.pw(r)),
                   ";TrustServerCertificate=True;\"\n  },\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }\n}")
    if k == 1:
        return rec("{\n  \"AzureAd\": {\n    \"Instance\": \"https://login.microsoftonline.com/\",\n    \"TenantId\": \"", f"{g.hexs(r, 8)}-{g.hexs(r, 4)}-{g.hexs(r, 4)}-{g.hexs(r, 4)}-{g.hexs(r, 12)}",
                   "\",\n    \"ClientId\": \"", f"{g.hexs(r, 8)}-{g.hexs(r, 4)}-{g.hexs(r, 4)}-{g.hexs(r, 4)}-{g.hexs(r, 12)}", "\",\n    \"ClientSecret\": \"",
                   (GS, g.s(r, g.ALNUM + "~._-", 40)), "\"\n  }\n}")
    return rec("  \"Storage\": {\n    \"Blob\": \"DefaultEndpointsProtocol=https;AccountName=stprodweu", str(r.randrange(100, 999)), ";AccountKey=",
               (CS, g.b64(r, 64)), ";EndpointSuffix=core.windows.net\"\n  },")


def wp_rails_django(r):
    k = r.randrange(4)
    if k == 0:
        key = r.choice(["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_SALT"])
        return rec("define( 'DB_HOST', 'localhost' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\n", f"define( '{key}',", " " * r.randrange(1, 8), "'",
                   (GS, g.s(r, g.ALNUM + "!#%^*()-_[]{}<>~+=,.;:/?|", 64)), "' );")
    if k == 1:
        return rec("production:\n  adapter: postgresql\n  host: ", ("IPV4", g.ipv4(r, True)), "\n  database: shop_production\n  username: shop\n  password: ",
                   (GS, g.pw(r)), "\n  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>")
    if k == 2:
        return rec("$ bin/rails credentials:show\nsecret_key_base: ", (GS, g.hexs(r, 128)), "\naws:\n  access_key_id: ", (AK, g.aws_akid(r)),
                   "\n  secret_access_key: ", (ASK, g.aws_secret(r)))
    return rec("DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'crm',\n        'USER': 'crm',\n        'PASSWORD': '",
               (GS, g.pw(r)), "',\n        'HOST': 'db.internal',\n    }\n}\nEMAIL_HOST_PASSWORD = \"", (GS, g.s(r, "abcdefghijklmnopqrstuvwxyz", 16)), "\"")


def build_tools(r):
    k = r.randrange(4)
    if k == 0:
        return rec("# ~/.yarnrc.yml\nnpmRegistryServer: \"https://npm.pkg.github.com\"\nnpmAuthToken: \"", ("GITHUB_TOKEN", g.ghp(r)),
                   "\"\nnodeLinker: node-modules")
    if k == 1:
        return rec("# ~/.gradle/gradle.properties\norg.gradle.jvmargs=-Xmx4g\nmavenCentralUsername=", g.s(r, "abcdefghijklmnop", 8), "\nmavenCentralPassword=",
                   (GS, g.pw(r)), "\nsigning.keyId=", g.hexs(r, 8).upper(), "\nsigning.password=", (GS, g.pw(r)))
    if k == 2:
        return rec("[global]\nindex-url = https://", (UC, f"__token__:{g.pw(r, url_safe=True)}"), "@pypi.internal.example/simple\ntimeout = 60")
    return rec("systemProp.https.proxyHost=proxy.corp.example\nsystemProp.https.proxyPort=3128\nsystemProp.https.proxyUser=svc-build\nsystemProp.https.proxyPassword=",
               (GS, g.pw(r)))


def git_remote(r):
    k = r.randrange(4)
    if k == 0:
        return rec("$ git remote -v\norigin\thttps://", ("GITHUB_TOKEN", g.ghp(r)), "@github.com/acme/payments.git (fetch)\norigin\thttps://",
                   ("GITHUB_TOKEN", g.ghp(r)), "@github.com/acme/payments.git (push)")
    if k == 1:
        t = g.glpat(r)
        return rec(f"$ git clone https://oauth2:", ("API_KEY", t), "@gitlab.example.com/infra/terraform-modules.git\nCloning into 'terraform-modules'...")
    if k == 2:
        return rec("$ cat .git/config\n[remote \"upstream\"]\n\turl = https://", (UC, f"deploy:{g.pw(r, url_safe=True)}"),
                   "@git.internal.example/platform/charts.git\n\tfetch = +refs/heads/*:refs/remotes/upstream/*")
    who = pp.name(r)
    return rec("$ git config --global --list\nuser.name=", ("PERSON", who), "\nuser.email=", ("EMAIL", pp.email(r, who)),
               "\ncredential.helper=store\nhttp.https://git.internal.example/.extraheader=Authorization: Bearer ", ("BEARER_TOKEN", g.s(r, g.ALNUM, 32)))


def backup_tools(r):
    k = r.randrange(4)
    if k == 0:
        return rec("$ cat ~/.config/rclone/rclone.conf\n[s3-archive]\ntype = s3\nprovider = AWS\naccess_key_id = ", (AK, g.aws_akid(r)),
                   "\nsecret_access_key = ", (ASK, g.aws_secret(r)), "\nregion = eu-central-1")
    if k == 1:
        return rec("[sftp-backup]\ntype = sftp\nhost = backup.example.net\nuser = rclone\npass = ", (GS, g.b64url(r, r.choice([24, 30]))),
                   "\nshell_type = unix")
    if k == 2:
        return rec("export RESTIC_REPOSITORY=s3:s3.amazonaws.com/backups-prod/host01\nexport RESTIC_PASSWORD='", (GS, g.pw(r)),
                   "'\nrestic snapshots --latest 3")
    return rec("#!/bin/sh\nexport BORG_REPO=ssh://borg@backup.example.net:2222/./repo\nexport BORG_PASSPHRASE=\"", (GS, g.pw(r, kind=4)),
               "\"\nborg create --stats ::'{hostname}-{now}' /etc /srv")


def cloud_sdk(r):
    k = r.randrange(4)
    if k == 0:
        akid = g.aws_akid(r, "ASIA")
        return rec("2026-12-06 09:14:02,118 botocore.endpoint [DEBUG] Sending http request: <AWSPreparedRequest stream_output=False, method=GET, "
                   "url=https://reports-prod.s3.eu-west-1.amazonaws.com/q4.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=", (AK, akid),
                   "%2F20261206%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261206T091402Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=",
                   (GS, urllib.parse.quote(g.aws_session_token(r), safe="")), "&X-Amz-Signature=", (GS, g.hexs(r, 64)), ">")
    if k == 1:
        sa = f"uploader@{r.choice(['media-prod', 'etl-4821'])}.iam.gserviceaccount.com"
        return rec("DEBUG:google.resumable_media:GET https://storage.googleapis.com/exports/2026-12/dump.sql.gz?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=",
                   ("EMAIL", urllib.parse.quote(sa, safe="")), "%2F20261206%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261206T081500Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=",
                   (GS, g.hexs(r, 512)))
    if k == 2:
        return rec("azure.core.pipeline.policies.http_logging_policy INFO Request URL: 'https://stlogs", str(r.randrange(100, 999)),
                   ".blob.core.windows.net/ingest/part-0001.parquet?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-12-31T23:59:59Z&st=2026-12-06T00:00:00Z&spr=https&sig=",
                   (GS, urllib.parse.quote(g.b64(r, 32), safe="")), "'\nRequest method: 'PUT'")
    return rec("[aws-sdk-go-v2] DEBUG Request\nPUT /exports/data.json HTTP/1.1\nHost: exports.s3.amazonaws.com\nAuthorization: AWS4-HMAC-SHA256 Credential=",
               (AK, g.aws_akid(r)), "/20261206/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=", (GS, g.hexs(r, 64)),
               "\nX-Amz-Security-Token: ", (GS, g.aws_session_token(r)))


FAMILIES = [(spring_yml, 9), (appsettings, 9), (wp_rails_django, 12), (build_tools, 9), (git_remote, 10), (backup_tools, 10), (cloud_sdk, 12)]
