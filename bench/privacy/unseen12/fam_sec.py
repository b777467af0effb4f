"""Secret families of unseen12 (each returns T(...) pieces for one record)."""
from gen import E, T, R, pick, digits, hexs, alnum, b64, b32, password, WORDS
import base64, json, string
import people

G = "GENERIC_SECRET"


def host():
    return pick(["core", "stor", "db", "app", "mon", "bmc", "gw", "kc", "vc"]) + "-" + pick(["ams", "lis", "osl", "mtl", "scl", "akl"]) + digits(2)


def _ip():
    k = R.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(1, 254))
    if k == 1:
        return "172.%d.%d.%d" % (R.randrange(16, 32), R.randrange(256), R.randrange(1, 254))
    return "192.168.%d.%d" % (R.randrange(256), R.randrange(1, 254))


def IP():
    return E("IPV4", _ip())


def f_vault_init():
    k = R.randrange(5)
    if k == 0:
        keys = [b64(33) for _ in range(5)]
        tok = "hvs." + alnum(24)
        parts = []
        for i, kk in enumerate(keys):
            parts += ["Unseal Key %d: " % (i + 1), E(G, kk), "\n"]
        return T("$ vault operator init\n", *parts, "\nInitial Root Token: ", E("API_KEY", tok),
                 "\n\nVault initialized with 5 key shares and a key threshold of 3.\n")
    if k == 1:
        key = b64(32)
        return T('# /etc/consul.d/consul.hcl\ndatacenter = "', pick(["ams1", "lis2", "dc-north"]), '"\ndata_dir = "/opt/consul"\nencrypt = "', E(G, key),
                 '"\nverify_incoming = true\n')
    if k == 2:
        key = b64(32)
        return T("$ consul keygen\n", E(G, key), "\n$ consul keyring -install=", E(G, key), "\n==> Installing new gossip encryption key...\n")
    if k == 3:
        key = b64(32)
        return T("server {\n  enabled          = true\n  bootstrap_expect = 3\n  encrypt          = \"", E(G, key), "\"\n}\n")
    key = b64(33)
    return T("[root@", host(), " ~]# history | tail -3\n  981  vault status\n  982  vault operator unseal ", E(G, key), "\n  983  vault status\n")


def f_erlang_cookie():
    ck = alnum(20, string.ascii_uppercase)
    k = R.randrange(6)
    if k == 0:
        return T("$ sudo cat /var/lib/rabbitmq/.erlang.cookie\n", E(G, ck), "\n")
    if k == 1:
        return T("erl -sname debug -remsh rabbit@", host(), " -setcookie ", E(G, ck), "\n")
    if k == 2:
        return T("      env:\n        - name: RABBITMQ_ERLANG_COOKIE\n          value: \"", E(G, ck), "\"\n        - name: RABBITMQ_DEFAULT_USER\n          value: admin\n")
    if k == 3:
        c2 = alnum(56, string.ascii_letters + string.digits + "_")
        return T("$ iex --sname console --cookie ", E(G, c2), " --remsh app@", host(), "\nErlang/OTP 26 [erts-14.2]\n")
    if k == 4:
        c2 = alnum(40, string.ascii_uppercase + string.digits)
        return T("# rel/env.sh.eex\nexport RELEASE_DISTRIBUTION=name\nexport RELEASE_COOKIE=", E(G, c2), "\n")
    return T("# /opt/couchdb/etc/vm.args\n-name couchdb@", host(), ".internal\n-setcookie '", E(G, ck.lower()), "'\n-kernel inet_dist_listen_min 9100\n")


def f_game_servers():
    pw = password()
    k = R.randrange(7)
    if k == 0:
        return T('// server.cfg\nhostname "EU Community #', digits(1), '"\nsv_password "', E(G, pw), '"\nsv_lan 0\nmaxplayers 24\n')
    if k == 1:
        tok = hexs(30)
        return T('{\n  "name": "factorio-', pick(WORDS), '",\n  "visibility": {"public": false, "lan": true},\n  "username": "', pick(WORDS), digits(2),
                 '",\n  "token": "', E(G, tok), '",\n  "game_password": "', E(G, pw), '",\n  "require_user_verification": true\n}\n')
    if k == 2:
        tok = alnum(40, string.ascii_letters + string.digits + "+")
        pw2 = alnum(8)
        return T("2026-12-06 15:04:11.5021|INFO    |ServerLibPriv |   |I M P O R T A N T\n",
                 "2026-12-06 15:04:11.5023|INFO    |ServerLibPriv |   | loginname= \"serveradmin\", password= \"", E(G, pw2), "\"\n",
                 "2026-12-06 15:04:11.5198|WARNING |VirtualServer |1  | token=", E(G, tok), "\n")
    if k == 3:
        return T("; murmur.ini\ndatabase=/var/lib/mumble-server/mumble-server.sqlite\nport=64738\nserverpassword=", E(G, pw), "\nbandwidth=72000\n")
    if k == 4:
        return T("./valheim_server.x86_64 -name \"", pick(WORDS).capitalize(), " Vikings\" -port 2456 -world \"Midgard\" -password \"", E(G, pw), "\" -public 0\n")
    if k == 5:
        return T("# serverconfig.txt\nworld=/srv/terraria/Worlds/", pick(WORDS), ".wld\nmaxplayers=8\nport=7777\npassword=", E(G, pw), "\nmotd=Welcome!\n")
    return T("ShooterGameServer TheIsland?listen?SessionName=", pick(WORDS), "?ServerPassword=", E(G, pw), "?ServerAdminPassword=",
             E(G, password()), " -server -log\n")


def ceph_key():
    return base64.b64encode(b"\x01\x00" + bytes(R.randrange(256) for _ in range(26))).decode()


def f_ceph_storage():
    k = R.randrange(6)
    if k == 0:
        key = ceph_key()
        return T("$ ceph auth get client.", pick(["admin", "rbd-mirror", "cinder", "glance"]), "\n[client.admin]\n\tkey = ", E(G, key),
                 "\n\tcaps mds = \"allow *\"\n\tcaps mon = \"allow *\"\n\tcaps osd = \"allow *\"\nexported keyring for client.admin\n")
    if k == 1:
        sk = alnum(40)
        ak = alnum(20, string.ascii_uppercase + string.digits)
        return T('$ radosgw-admin user create --uid=backup --display-name="Backup"\n{\n    "user_id": "backup",\n    "keys": [\n        {\n            "user": "backup",\n',
                 '            "access_key": "', ak, '",\n            "secret_key": "', E(G, sk), '"\n        }\n    ],\n    "max_buckets": 1000\n}\n')
    if k == 2:
        pw = alnum(16)
        return T("$ sudo iscsiadm -m node -T iqn.2003-01.org.linux-iscsi.", host(), ":sn.", hexs(12), " -o show | grep auth\n",
                 "node.session.auth.authmethod = CHAP\nnode.session.auth.username = ", pick(["initiator1", "esx01", "k8s-node"]),
                 "\nnode.session.auth.password = ", E(G, pw), "\nnode.session.auth.username_in = <empty>\nnode.session.auth.password_in = <empty>\n")
    if k == 3:
        pw = alnum(14)
        return T("/iscsi/iqn.20...:sn.", hexs(12), "/tpg1> set auth userid=", pick(["esx01", "pve2"]), " password=", E(G, pw),
                 "\nParameter userid is now '", pick(["esx01", "pve2"]), "'.\nParameter password is now '", E(G, pw), "'.\n")
    if k == 4:
        key = ceph_key()
        return T("# /etc/fstab\n", IP(), ":6789,", IP(), ":6789:/ /mnt/cephfs ceph name=admin,secret=", E(G, key), ",noatime,_netdev 0 0\n")
    pw = alnum(12)
    return T("# /etc/iscsi/iscsid.conf\nnode.startup = automatic\nnode.session.auth.authmethod = CHAP\nnode.session.auth.username = ", pick(["iqn.initiator", "node7"]),
             "\nnode.session.auth.password = ", E(G, pw), "\n")


def f_hypervisors():
    pw = password()
    u = pick(["root", "VSPHERE.LOCAL\\svc-terraform", "svc-terraform"])
    k = R.randrange(6)
    if k == 0:
        return T("export GOVC_URL=vc", digits(2), ".corp.internal\nexport GOVC_USERNAME=", u, "\nexport GOVC_PASSWORD='", E(G, pw), "'\nexport GOVC_INSECURE=1\ngovc ls /DC1/vm\n")
    if k == 1:
        return T("PS C:\\> Connect-VIServer -Server vc", digits(2), ".corp.internal -User ", u, " -Password '", E(G, pw), "'\n\nName                           Port  User\n----                           ----  ----\nvc01.corp.internal             443   VSPHERE.LOCAL\\Administrator\n")
    if k == 2:
        return T("# ovirt-engine-answers.conf\n[environment:default]\nOVESETUP_CONFIG/fqdn=str:engine.corp.internal\nOVESETUP_CONFIG/adminPassword=str:", E(G, pw),
                 "\nOVESETUP_DB/password=str:", E(G, password()), "\nOVESETUP_DB/port=int:5432\n")
    if k == 3:
        return T("VBoxManage unattended install \"", pick(WORDS), "-vm\" --iso=/isos/ubuntu-24.04.iso --user=", pick(WORDS), " --password='", E(G, pw), "' --install-additions\n")
    if k == 4:
        v = base64.b64encode(pw.encode()).decode()
        return T("# virsh secret-define ceph-secret.xml\nSecret ", hexs(8), "-", hexs(4), "-", hexs(4), "-", hexs(4), "-", hexs(12), " created\n",
                 "# virsh secret-set-value --secret ", hexs(8), "-", hexs(4), "-", hexs(4), "-", hexs(4), "-", hexs(12), " --base64 ", E(G, ceph_key()), "\nSecret value set\n")
    return T("[root@xcp", digits(2), " ~]# xe -s ", IP(), " -u root -pw '", E(G, pw), "' vm-list power-state=running params=name-label\n")


def f_sso_proxies():
    k = R.randrange(6)
    if k == 0:
        cs = b64(32, urlsafe=True)
        return T("oauth2-proxy --provider=oidc --client-id=grafana --client-secret=", E(G, alnum(32)), " \\\n  --cookie-secret=", E(G, cs),
                 " --email-domain=* --upstream=http://127.0.0.1:3000\n")
    if k == 1:
        return T("staticClients:\n- id: argo-cd\n  name: Argo CD\n  redirectURIs: ['https://argocd.corp.internal/auth/callback']\n  secret: ", E(G, alnum(32)), "\n")
    if k == 2:
        return T("identity_validation:\n  reset_password:\n    jwt_secret: '", E(G, alnum(64)), "'\nsession:\n  secret: '", E(G, alnum(48)),
                 "'\nstorage:\n  encryption_key: '", E(G, alnum(64)), "'\n")
    if k == 3:
        return T("# pomerium config.yaml\nauthenticate_service_url: https://authenticate.corp.internal\nshared_secret: ", E(G, b64(32)), "\ncookie_secret: ", E(G, b64(32)), "\nidp_provider: google\n")
    if k == 4:
        return T("vouch:\n  domains:\n  - corp.internal\njwt:\n  secret: ", E(G, alnum(44)), "\n  maxAge: 240\noauth:\n  provider: github\n  client_id: Iv1.", hexs(16), "\n  client_secret: ", E(G, hexs(40)), "\n")
    return T("OAUTH2_PROXY_COOKIE_SECRET=", E(G, b64(32, urlsafe=True)), "\nOAUTH2_PROXY_CLIENT_ID=", hexs(8), "-", hexs(4), "-", hexs(4), "-", hexs(4), "-", hexs(12),
             "\nOAUTH2_PROXY_CLIENT_SECRET=", E(G, alnum(5) + "~" + alnum(34, string.ascii_letters + string.digits + "._-")), "\n")


def f_snmp_radius():
    a, x = password(), password()
    u = pick(["nms", "librenms", "zabbix", "monitor"])
    k = R.randrange(6)
    if k == 0:
        return T("snmpget -v3 -l authPriv -u ", u, " -a SHA -A '", E(G, a), "' -x AES -X '", E(G, x), "' ", IP(), " sysUpTime.0\n")
    if k == 1:
        return T("snmp-server group NMS v3 priv\nsnmp-server user ", u, " NMS v3 auth sha ", E(G, a), " priv aes 128 ", E(G, x), "\n")
    if k == 2:
        return T("set snmp v3 usm local-engine user ", u, " authentication-sha256 authentication-password \"", E(G, a), "\"\nset snmp v3 usm local-engine user ", u,
                 " privacy-aes128 privacy-password \"", E(G, x), "\"\n")
    if k == 3:
        return T("# /etc/freeradius/3.0/mods-config/files/authorize\n", pick(["bob", "wifi-guest", "jdoe"]), "\tCleartext-Password := \"", E(G, a), "\"\n\t\tReply-Message := \"Hello, %{User-Name}\"\n")
    if k == 4:
        sec = alnum(16)
        return T("$ echo \"User-Name=", pick(["bob", "vpnuser"]), ",User-Password=", E(G, a), "\" | radclient -x ", IP(), ":1812 auth ", E(G, sec),
                 "\nSent Access-Request Id 42 from 0.0.0.0:41234 to ", IP(), ":1812 length 77\n")
    return T("(3) Received Access-Request Id 117 from ", IP(), ":52817 to ", IP(), ":1812 length 73\n(3)   User-Name = \"", pick(["alice", "guest7"]),
             "\"\n(3)   User-Password = \"", E(G, a), "\"\n(3)   NAS-IP-Address = ", IP(), "\n")


def f_otp_seeds():
    k = R.randrange(6)
    if k == 0:
        s = b32(32)
        return T("otpauth://totp/", pick(["GitLab", "AWS", "Proxmox", "Bitwarden"]), ":", E("EMAIL", pick(WORDS) + "%40corp.internal"), "?secret=", E(G, s), "&issuer=", pick(["GitLab", "Proxmox"]), "&period=30\n")
    if k == 1:
        d = base64.b64encode(bytes(R.randrange(256) for _ in range(60))).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        return T("decoded QR: otpauth-migration://offline?data=", E(G, d), "\n")
    if k == 2:
        return T("; /etc/duo/login_duo.conf\n[duo]\nikey = DI", alnum(18, string.ascii_uppercase + string.digits), "\nskey = ", E(G, alnum(40)), "\nhost = api-", hexs(8), ".duosecurity.com\n")
    if k == 3:
        return T("# /etc/users.oath\nHOTP/T30\t", pick(["alice", "ops", "root"]), "\t-\t", E(G, hexs(40)), "\nHOTP/T30/6\t", pick(["bob", "deploy"]), "\t-\t", E(G, hexs(40)), "\n")
    if k == 4:
        s = b32(16)
        return T("$ oathtool --totp -b ", E(G, s), "\n", digits(6), "\n")
    codes = [digits(8) for _ in range(3)]
    s = b32(26)
    return T("$ cat ~/.google_authenticator\n", E(G, s), "\n\" RATE_LIMIT 3 30\n\" WINDOW_SIZE 17\n\" TOTP_AUTH\n", E(G, codes[0]), "\n", E(G, codes[1]), "\n", E(G, codes[2]), "\n")


def f_stream_processing():
    pw = password()
    k = R.randrange(6)
    if k == 0:
        return T("curl -s -X PUT -H 'Content-Type: application/json' http://connect:8083/connectors/orders-cdc/config -d '{\"connector.class\":\"io.debezium.connector.postgresql.PostgresConnector\",\"database.hostname\":\"", host(),
                 "\",\"database.user\":\"debezium\",\"database.password\":\"", E(G, pw), "\",\"topic.prefix\":\"orders\"}'\n")
    if k == 1:
        return T("debezium.sink.type=kafka\ndebezium.source.connector.class=io.debezium.connector.mysql.MySqlConnector\ndebezium.source.database.user=cdc\ndebezium.source.database.password=", E(G, pw), "\ndebezium.source.database.server.id=184054\n")
    if k == 2:
        return T("[2026-12-06 15:04:11,337] INFO JdbcSinkConfig values: \n\tauto.create = true\n\tconnection.password = ", E(G, pw), "\n\tconnection.url = jdbc:postgresql://", host(), ":5432/dw\n\tconnection.user = sink\n")
    if k == 3:
        return T("Flink SQL> CREATE TABLE orders_src (id BIGINT, total DECIMAL(10,2)) WITH (\n>   'connector' = 'mysql-cdc', 'hostname' = '", host(), "', 'username' = 'flink',\n>   'password' = '", E(G, pw), "', 'database-name' = 'shop', 'table-name' = 'orders');\n[INFO] Execute statement succeed.\n")
    if k == 4:
        return T("df = (spark.read.format(\"jdbc\")\n      .option(\"url\", \"jdbc:sqlserver://", host(), ":1433;databaseName=erp\")\n      .option(\"user\", \"etl\")\n      .option(\"password\", \"", E(G, pw), "\")\n      .load())\n")
    return T("kcat -b ", host(), ":9093 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-512 -X sasl.username=ops -X sasl.password='", E(G, pw), "' -L\n")


def f_iac_state():
    pw = password()
    k = R.randrange(5)
    if k == 0:
        return T('      "instances": [\n        {\n          "schema_version": 2,\n          "attributes": {\n            "allocated_storage": 100,\n            "engine": "postgres",\n            "password": "', E(G, pw),
                 '",\n            "username": "app"\n          },\n          "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]\n')
    if k == 1:
        return T('$ terraform output -json\n{\n  "db_password": {\n    "sensitive": true,\n    "type": "string",\n    "value": "', E(G, pw), '"\n  },\n  "db_port": {"sensitive": false, "type": "number", "value": 5432}\n}\n')
    if k == 2:
        return T('            "config": {\n                "aws:region": "eu-west-1",\n                "app:dbPassword": {\n                    "secure": "v1:', b64(24), '",\n                    "plaintext": "\\"', E(G, pw), '\\""\n                }\n')
    if k == 3:
        return T("$ aws cloudformation describe-stacks --stack-name ", pick(WORDS), "-db --query 'Stacks[0].Parameters'\n[\n    {\n        \"ParameterKey\": \"MasterUserPassword\",\n        \"ParameterValue\": \"", E(G, pw), "\"\n    },\n    {\n        \"ParameterKey\": \"DBInstanceClass\",\n        \"ParameterValue\": \"db.r6g.large\"\n    }\n]\n")
    return T("  # azurerm_mssql_server.main will be updated in-place\n  ~ resource \"azurerm_mssql_server\" \"main\" {\n      ~ administrator_login_password = \"", E(G, password()), "\" -> \"", E(G, pw), "\"\n        id = \"/subscriptions/", hexs(8), "-", hexs(4), "-", hexs(4), "-", hexs(4), "-", hexs(12), "/resourceGroups/rg-db\"\n")


def f_wrapped_again():
    pw = password().replace("\\", "").replace('"', "")
    k = R.randrange(5)
    if k == 0:
        return T("metadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      {\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"db\",\"namespace\":\"shop\"},\"stringData\":{\"DB_PASSWORD\":\"",
                 E(G, pw), "\"},\"type\":\"Opaque\"}\n")
    if k == 1:
        return T('            "Env": [\n                "APP_CONFIG={\\"db\\":{\\"host\\":\\"', host(), '\\",\\"password\\":\\"', E(G, pw), '\\"}}",\n                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"\n            ],\n')
    if k == 2:
        return T('{"__REALTIME_TIMESTAMP":"1765033451337000","_SYSTEMD_UNIT":"billing.service","MESSAGE":"config loaded: {\\"smtp\\":{\\"user\\":\\"billing\\",\\"pass\\":\\"',
                 E(G, pw), '\\"}}","PRIORITY":"6"}\n')
    if k == 3:
        pw2 = alnum(6) + "," + alnum(8)
        esc = pw2.replace(",", "\\,")
        return T("helm upgrade --install shop ./chart --set-string 'db.user=shop,db.password=", E(G, esc), ",db.host=", host(), "'\n")
    return T("$ systemctl show -p Environment worker.service\nEnvironment=QUEUE=jobs REDIS_PASSWORD=", E(G, alnum(24)), " LOG_LEVEL=info\n")


def f_vcs_configs():
    pw = password()
    k = R.randrange(6)
    if k == 0:
        return T("# ~/.hgrc\n[auth]\nacme.prefix = https://hg.corp.internal\nacme.username = ", pick(WORDS), "\nacme.password = ", E(G, pw), "\n")
    if k == 1:
        scr = "A" + "".join(pick(string.ascii_letters + string.digits + ">:") for _ in range(R.randrange(8, 14)))
        return T("$ cat ~/.cvspass\n/1 :pserver:", pick(WORDS), "@cvs.corp.internal:2401/cvsroot ", E(G, scr), "\n")
    if k == 2:
        return T("# ~/.curlrc\nsilent\nshow-error\nuser = \"", E("BASIC_AUTH", pick(WORDS) + ":" + pw), "\"\n")
    if k == 3:
        return T("# /etc/davfs2/secrets\nhttps://dav.corp.internal/remote.php/dav/files/", pick(WORDS), "/ ", pick(WORDS), " ", E(G, pw), "\n")
    if k == 4:
        return T("# ~/.config/breezy/authentication.conf\n[lp]\nhost=bzr.corp.internal\nscheme=https\nuser=", pick(WORDS), "\npassword=", E(G, pw), "\n")
    return T("$ env | grep P4\nP4PORT=ssl:perforce.corp.internal:1666\nP4USER=build\nP4PASSWD=", E(G, pw), "\nP4CLIENT=build-ws\n")


def f_bmc_tools():
    pw = password()
    ip = IP()
    k = R.randrange(6)
    if k == 0:
        return T("./SMCIPMITool ", ip, " ADMIN ", E(G, pw), " ipmi power status\nPower is on\n")
    if k == 1:
        return T('<RIBCL VERSION="2.0">\n  <LOGIN USER_LOGIN="Administrator" PASSWORD="', E(G, pw), '">\n    <RIB_INFO MODE="write"><RESET_RIB/></RIB_INFO>\n  </LOGIN>\n</RIBCL>\n')
    if k == 2:
        return T("OneCli.exe config show IMM -b USERID:", E(G, pw), "@", ip, "\n")
    if k == 3:
        return T("ipmi-sensors -h ", ip, " -u ADMIN -p '", E(G, pw), "' -l USER --quiet-cache\n")
    if k == 4:
        return T("bmc-config --commit --key-pair=\"User2:Password=", E(G, pw), "\" -h ", ip, " -u admin -p '", E(G, password()), "'\n")
    return T("ipmiutil health -N ", ip, " -U root -P '", E(G, pw), "' -J 3\n")


def f_hpc_identity():
    pw = password()
    k = R.randrange(5)
    if k == 0:
        return T("# slurmdbd.conf\nAuthType=auth/munge\nDbdHost=", host(), "\nStorageType=accounting_storage/mysql\nStorageUser=slurm\nStoragePass=", E(G, pw), "\nStorageLoc=slurm_acct_db\n")
    if k == 1:
        return T("$ condor_store_cred add -c -p '", E(G, pw), "'\nOperation succeeded.\n")
    if k == 2:
        return T("ipa-server-install -U -r CORP.INTERNAL -n corp.internal -p '", E(G, pw), "' -a '", E(G, password()), "' --setup-dns --no-forwarders\n")
    if k == 3:
        return T("ipa-client-install --domain=corp.internal --principal=admin --password='", E(G, pw), "' --mkhomedir --unattended\n")
    return T("+ echo '", E(G, pw), "' | kinit svc-backup@CORP.INTERNAL\n+ klist -s\n")


def f_mobile_app_logs():
    tok = alnum(R.randrange(40, 64), string.ascii_letters + string.digits + "-_")
    k = R.randrange(5)
    if k == 0:
        return T("12-06 15:04:11.337  8123  8201 I okhttp.OkHttpClient: --> GET https://api.", pick(WORDS), ".app/v2/orders\n12-06 15:04:11.337  8123  8201 I okhttp.OkHttpClient: Authorization: Bearer ", E("BEARER_TOKEN", tok), "\n12-06 15:04:11.338  8123  8201 I okhttp.OkHttpClient: --> END GET\n")
    if k == 1:
        return T("2026-12-06 15:04:11.337 ", pick(WORDS).capitalize(), "[1182:40211] [Network] request headers: [\"Accept\": \"application/json\", \"Authorization\": \"Bearer ", E("BEARER_TOKEN", tok), "\"]\n")
    if k == 2:
        return T("flutter: AuthState(userId: ", digits(7), ", accessToken: ", E("BEARER_TOKEN", tok), ", refreshToken: ", E("BEARER_TOKEN", alnum(48)), ", expiresIn: 3600)\n")
    if k == 3:
        return T(" LOG  [AsyncStorage] setItem @session {\"refresh_token\":\"", E("BEARER_TOKEN", tok), "\",\"user\":{\"id\":", digits(6), "}}\n")
    return T("[2026-12-06 15:04:11.337] [info]  (main) session restored: cookie sid=", E(G, alnum(32)), "; Path=/; HttpOnly\n")


def f_lang_passwords():
    pw = password()
    u = pick(WORDS) + digits(2)
    k = R.randrange(10)
    tpl = [
        ("Cześć, nie mogę się zalogować do VPN. Login: ", ", hasło: ", ". Dzięki!"),
        ("Hoi, de gebruiker is ", " en het wachtwoord is ", ", kun je even kijken?"),
        ("Chào anh, tài khoản ", " mật khẩu ", " nhưng vẫn bị lỗi 401."),
        ("Halo tim, akun ", " dengan kata sandi ", " tidak bisa masuk ke dasbor."),
        ("Szia! A felhasználó ", ", a jelszó: ", " — de nem enged be."),
        ("Ahoj, uživatel ", " a heslo ", " přestalo fungovat po restartu."),
        ("Moi, tunnus ", " ja salasana ", ", kirjautuminen ei onnistu."),
        ("Habari, mtumiaji ", " nenosiri ", " halifanyi kazi tena."),
        ("ユーザー ", " のパスワードは ", " です。ログインできません。"),
        ("用户名 ", "，密码：", "，登录后台报 500。"),
    ][k]
    return T(tpl[0], u, tpl[1], E(G, pw), tpl[2], "\n")


def f_selfhosted_apps():
    k = R.randrange(7)
    if k == 0:
        keys = ",".join(b64(16) for _ in range(4))
        return T("# strapi .env\nHOST=0.0.0.0\nPORT=1337\nAPP_KEYS=", E(G, keys), "\nADMIN_JWT_SECRET=", E(G, b64(16)), "\nJWT_SECRET=", E(G, b64(16)), "\n")
    if k == 1:
        return T("docker run -d -p 7700:7700 -e MEILI_ENV=production -e MEILI_MASTER_KEY='", E(G, alnum(32, string.ascii_letters + string.digits + "-_")), "' getmeili/meilisearch:v1.11\n")
    if k == 2:
        return T("typesense-server --data-dir=/var/lib/typesense --api-key=", E(G, alnum(32)), " --enable-cors\n")
    if k == 3:
        return T("KEY=", hexs(8), "-", hexs(4), "-", hexs(4), "-", hexs(4), "-", hexs(12), "\nSECRET=", E(G, alnum(32)), "\nDB_CLIENT=pg\nDB_PASSWORD=", E(G, password()), "\n")
    if k == 4:
        return T("# outline docker.env\nSECRET_KEY=", E(G, hexs(64)), "\nUTILS_SECRET=", E(G, hexs(64)), "\nURL=https://wiki.corp.internal\n")
    if k == 5:
        return T("# play application.conf\nplay.http.secret.key = \"", E(G, alnum(48, string.ascii_letters + string.digits + "?:=_")), "\"\nplay.i18n.langs = [ \"en\" ]\n")
    return T('  "mail": {\n    "transport": "SMTP",\n    "options": {\n      "service": "Mailgun",\n      "auth": {\n        "user": "', E("EMAIL", "postmaster@mg." + pick(WORDS) + ".blog"), '",\n        "pass": "', E(G, hexs(32) + "-" + hexs(8) + "-" + hexs(8)), '"\n      }\n    }\n  },\n')


def f_stream_keys():
    k = R.randrange(6)
    if k == 0:
        key = "-".join(alnum(4, string.ascii_lowercase + string.digits) for _ in range(5))
        return T("ffmpeg -re -i program.mp4 -c:v libx264 -b:v 4500k -c:a aac -f flv rtmp://a.rtmp.youtube.com/live2/", E(G, key), "\n")
    if k == 1:
        key = "live_" + digits(9) + "_" + alnum(30)
        return T('{\n  "settings": {\n    "bwtest": false,\n    "key": "', E(G, key), '",\n    "server": "auto",\n    "service": "Twitch"\n  },\n  "type": "rtmp_common"\n}\n')
    if k == 2:
        key = "FB-" + digits(15) + "-0-" + alnum(28)
        return T("[rtmp stream: 'adv_stream'] Connecting to RTMP URL rtmps://live-api-s.facebook.com:443/rtmp/", E(G, key), "...\n")
    if k == 3:
        key = alnum(20)
        return T("application live {\n    live on;\n    record off;\n    push rtmp://live.restream.io/live/re_", E(G, digits(7) + "_" + key), ";\n}\n")
    if k == 4:
        return T("srt-live-transmit udp://:1234 'srt://ingest.corp.internal:9000?streamid=#!::r=live/studio,m=publish&passphrase=", E(G, alnum(16)), "&pbkeylen=32' -v\n")
    return T("Stream settings saved: server=rtmp://ingest.kick.com/app key=", E(G, "sk_us-west-2_" + alnum(12) + "_" + alnum(32)), "\n")


def f_proto_frames():
    pw = password()
    k = R.randrange(6)
    if k == 0:
        return T("MQ Telemetry Transport Protocol, Connect Command\n    Header Flags: 0x10, Message Type: Connect Command\n    Client ID: sensor-", hexs(6), "\n    User Name: ", pick(["edge", "plant7"]),
                 "\n    Password Length: ", str(len(pw)), "\n    Password: ", E(G, pw), "\n")
    if k == 1:
        return T("200 news.corp.internal InterNetNews NNRP server INN 2.7.1 ready (posting ok)\nAUTHINFO USER ", pick(WORDS), "\n381 Enter password\nAUTHINFO PASS ", E(G, pw), "\n281 Authentication succeeded\n")
    if k == 2:
        blob = base64.b64encode(("\0" + pick(WORDS) + "\0" + pw).encode()).decode()
        return T("C: AUTHENTICATE \"PLAIN\" \"", E(G, blob), "\"\nS: OK \"Logged in.\"\n")
    if k == 3:
        cl = IP()
        return T("1765033451.337021 [0 ", cl, ":52114] \"AUTH\" \"", E(G, pw), "\"\n1765033451.337561 [0 ", cl, ":52114] \"GET\" \"session:", hexs(16), "\"\n")
    if k == 4:
        tok = alnum(40)
        return T("2026/12/06 15:04:11 INFO: [core] grpc: incoming metadata: map[:authority:[", host(), ":9090] authorization:[Bearer ", E("BEARER_TOKEN", tok), "] content-type:[application/grpc]]\n")
    return T("--> sasl: AUTHENTICATE PLAIN\n<-- AUTHENTICATE +\n--> AUTHENTICATE ", E(G, base64.b64encode(("\0" + pick(WORDS) + "\0" + pw).encode()).decode()), "\n<-- :irc.corp.internal 903 * :SASL authentication successful\n")


def f_remote_cli():
    pw = password()
    ip = IP()
    k = R.randrange(5)
    if k == 0:
        return T("C:\\Tools> plink -ssh -batch -pw ", E(G, pw), " root@", ip, " \"systemctl restart nginx\"\n")
    if k == 1:
        return T("C:\\Tools> pscp -pw ", E(G, pw), " backup@", ip, ":/var/backups/db.tar.gz .\n")
    if k == 2:
        return T("$ rdesktop -u Administrator -p '", E(G, pw), "' -g 1600x900 ", ip, "\n")
    if k == 3:
        return T("$ remmina -c rdp://", pick(WORDS), "@", ip, " --set-option password='", E(G, pw), "'\n")
    return T("lftp -u deploy,", E(G, pw), " sftp://", ip, " -e 'mirror -R dist/ /var/www; bye'\n")


def f_sql_ddl():
    pw = password().replace("'", "")
    k = R.randrange(6)
    if k == 0:
        return T("CREATE USER MAPPING FOR app SERVER legacy_pg OPTIONS (user 'report', password '", E(G, pw), "');\n")
    if k == 1:
        return T("CREATE DATABASE LINK erp_link CONNECT TO erp_ro IDENTIFIED BY \"", E(G, pw), "\" USING 'ERPPROD';\n")
    if k == 2:
        return T("EXEC sp_addlinkedsrvlogin @rmtsrvname = N'LEGACY01', @useself = N'False', @rmtuser = N'link', @rmtpassword = N'", E(G, pw), "';\n")
    if k == 3:
        return T("CREATE DATABASE SCOPED CREDENTIAL BlobCred WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = '", E(G, "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=" + alnum(43) + "%3D"), "';\n")
    if k == 4:
        return T("CREATE NAMED COLLECTION pg_src AS host = '", host(), "', port = 5432, user = 'ch', password = '", E(G, pw), "', database = 'shop';\n")
    return T("2026-12-06 15:04:11.337 UTC [4121] LOG:  statement: CREATE SERVER mysql_svr FOREIGN DATA WRAPPER mysql_fdw OPTIONS (host '", IP(), "', port '3306');\n",
             "2026-12-06 15:04:11.341 UTC [4121] LOG:  statement: CREATE USER MAPPING FOR PUBLIC SERVER mysql_svr OPTIONS (username 'fdw', password '", E(G, pw), "');\n")


def f_notebooks():
    tok = hexs(48)
    k = R.randrange(5)
    if k == 0:
        return T("[I 2026-12-06 15:04:11.337 ServerApp] Jupyter Server 2.14.2 is running at:\n[I 2026-12-06 15:04:11.337 ServerApp] http://", host(), ":8888/lab?token=", E(G, tok),
                 "\n[I 2026-12-06 15:04:11.337 ServerApp]     http://127.0.0.1:8888/lab?token=", E(G, tok), "\n")
    if k == 1:
        return T("$ jupyter server list\nCurrently running servers:\nhttp://0.0.0.0:8888/?token=", E(G, tok), " :: /home/jovyan\n")
    if k == 2:
        return T("# jupyter_server_config.py\nc.ServerApp.ip = '0.0.0.0'\nc.ServerApp.open_browser = False\nc.IdentityProvider.token = '", E(G, alnum(32)), "'\n")
    if k == 3:
        return T("[users]\nadmin = ", E(G, password()), ", admin\nanalyst = ", E(G, password()), ", role1\n\n[roles]\nrole1 = *\n")
    return T("docker run -p 8888:8888 -e JUPYTER_TOKEN=", E(G, tok), " quay.io/jupyter/datascience-notebook:2026-11-30\n")


def f_ml_platforms():
    k = R.randrange(6)
    if k == 0:
        return T("$ wandb login ", E(G, hexs(40)), "\nwandb: Appending key for api.wandb.ai to your netrc file: /home/ci/.netrc\n")
    if k == 1:
        return T("export MLFLOW_TRACKING_URI=https://mlflow.corp.internal\nexport MLFLOW_TRACKING_USERNAME=trainer\nexport MLFLOW_TRACKING_PASSWORD='", E(G, password()), "'\n")
    if k == 2:
        return T("$ cat ~/.kaggle/kaggle.json\n{\"username\":\"", pick(WORDS), digits(3), "\",\"key\":\"", E(G, hexs(32)), "\"}\n")
    if k == 3:
        return T("api {\n    web_server: https://app.clear.ml\n    api_server: https://api.clear.ml\n    credentials {\n        \"access_key\" = \"", alnum(30, string.ascii_uppercase + string.digits),
                 "\"\n        \"secret_key\" = \"", E(G, alnum(50)), "\"\n    }\n}\n")
    if k == 4:
        return T("$ dvc remote modify --local storage password '", E(G, password()), "'\n$ cat .dvc/config.local\n['remote \"storage\"']\n    password = ", E(G, password()), "\n")
    return T("label-studio start --username admin --password '", E(G, password()), "' --user-token ", E(G, hexs(40)), "\n")


FAMILIES = [f_vault_init, f_erlang_cookie, f_game_servers, f_ceph_storage, f_hypervisors, f_sso_proxies, f_snmp_radius, f_otp_seeds,
            f_stream_processing, f_iac_state, f_wrapped_again, f_vcs_configs, f_bmc_tools, f_hpc_identity, f_mobile_app_logs, f_lang_passwords,
            f_selfhosted_apps, f_stream_keys, f_proto_frames, f_remote_cli, f_sql_ddl, f_notebooks, f_ml_platforms]
