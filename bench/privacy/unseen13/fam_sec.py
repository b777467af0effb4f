"""Secret families of unseen13 (each draws 10 records, one variant each, values fresh per draw)."""
import json
from gen import E, T, J, s, hexs, b64, pw, ip4, ip6, LOW, UP, DIG, ALNUM, WORDS

G = "GENERIC_SECRET"


def host(r):
    return r.choice(["cp-1", "ctrl-a", "node-07", "edge-2", "stor-03", "mgmt-01", "plc-gw", "nas-02"]) + "." + r.choice(
        ["int.example.net", "lab.example.org", "corp.example", "dc2.example.com"])


def user(r):
    return r.choice(["svc_deploy", "admin", "ops", "jenkins", "backup", "monitor", "app", "ci-bot", "operator", "rpa_user"])


def ts(r):
    return "2026-12-%02d %02d:%02d:%02d" % (r.randrange(1, 8), r.randrange(24), r.randrange(60), r.randrange(60))


# ------------------------------------------------------------------ Kubernetes bootstrap secrets
def f_kube_bootstrap(r, k):
    tok = s(r, 6, LOW + DIG) + "." + s(r, 16, LOW + DIG)
    ca = hexs(r, 64)
    cert_key = hexs(r, 64)
    ip = ip4(r, True)
    v = k % 8
    if v == 0:
        return "synthetic/kubeadm-init", T(
            "Your Kubernetes control-plane has initialized successfully!\n\nYou can now join any number of the control-plane node running the following command on each as root:\n\n  kubeadm join ",
            E("IPV4", ip), ":6443 --token ", E(G, tok), " \\\n\t--discovery-token-ca-cert-hash sha256:", ca,
            " \\\n\t--control-plane --certificate-key ", E(G, cert_key), "\n")
    if v == 1:
        return "synthetic/shell-history", T("  412  kubeadm token create --print-join-command\n  413  kubeadm join ", E("IPV4", ip),
                                            ":6443 --token=", E(G, tok), " --discovery-token-ca-cert-hash=sha256:", ca, "\n")
    if v == 2:
        node_pw = hexs(r, 32)
        return "synthetic/k3s-node-token", T("root@", host(r).split(".")[0], ":~# cat /var/lib/rancher/k3s/server/node-token\n",
                                             E(G, "K10" + hexs(r, 64) + "::server:" + node_pw), "\n")
    if v == 3:
        return "synthetic/k3s-install", T("+ curl -sfL https://get.k3s.io | K3S_URL=https://", E("IPV4", ip), ":6443 K3S_TOKEN=",
                                          E(G, pw(r, 1)), " sh -s - agent --node-label zone=", r.choice(["a", "b", "c"]), "\n[INFO]  Finding release for channel stable\n")
    if v == 4:
        return "synthetic/rke2-config", T("# /etc/rancher/rke2/config.yaml\nserver: https://", E("IPV4", ip), ":9345\ntoken: ",
                                          E(G, pw(r, r.choice([1, 3]))), "\ntls-san:\n  - ", host(r), "\nnode-taint:\n  - \"CriticalAddonsOnly=true:NoExecute\"\n")
    if v == 5:
        return "synthetic/microk8s-add-node", T("From the node you wish to join to this cluster, run the following:\nmicrok8s join ",
                                                E("IPV4", ip), ":25000/", E(G, hexs(r, 32)), "/", hexs(r, 12),
                                                "\n\nUse the '--worker' flag to join a node as a worker not running the control plane, eg:\n")
    if v == 6 and r.random() < 0.5:
        pem = "-----BEGIN ED25519 PRIVATE KEY-----\n" + b64(r, 48) + "\n-----END ED25519 PRIVATE KEY-----\n"
        import base64 as _b
        return "synthetic/talosconfig", T("context: prod\ncontexts:\n    prod:\n        endpoints:\n            - ", E("IPV4", ip), "\n        ca: ", _b.b64encode(("-----BEGIN CERTIFICATE-----\n" + b64(r, 280) + "\n-----END CERTIFICATE-----\n").encode()).decode(),
                                          "\n        crt: ", _b.b64encode(("-----BEGIN CERTIFICATE-----\n" + b64(r, 300) + "\n-----END CERTIFICATE-----\n").encode()).decode(), "\n        key: ", E("PRIVATE_KEY", _b.b64encode(pem.encode()).decode()), "\n")
    if v == 6:
        return "synthetic/talos-secrets", T("cluster:\n    id: ", b64(r, 32), "\n    secret: ", E(G, b64(r, 32)),
                                            "\nsecrets:\n    bootstraptoken: ", E(G, tok), "\n    secretboxencryptionsecret: ",
                                            E(G, b64(r, 32)), "\ntrustdinfo:\n    token: ", E(G, s(r, 6, LOW + DIG) + "." + s(r, 16, LOW + DIG)), "\n")
    return "synthetic/cloud-init-log", T(ts(r), ",118 - subp.py[DEBUG]: Running command ['kubeadm', 'join', '", E("IPV4", ip),
                                         ":6443', '--token', '", E(G, tok), "', '--discovery-token-ca-cert-hash', 'sha256:", ca,
                                         "'] with allowed return codes [0] (shell=False, capture=True)\n")


# ------------------------------------------------------------------ keys that encrypt data at rest
def f_at_rest_keys(r, k):
    key = b64(r, 32)
    v = k % 7
    if v == 0:
        return "synthetic/k8s-encryption-config", T(
            "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n  - resources:\n      - secrets\n    providers:\n      - ",
            r.choice(["aescbc", "aesgcm", "secretbox"]), ":\n          keys:\n            - name: key", str(r.randrange(1, 5)),
            "\n              secret: ", E(G, key), "\n      - identity: {}\n")
    if v == 1:
        return "synthetic/shell-history", T("export DOCKER_CONTENT_TRUST=1\nexport DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE=", E(G, pw(r, 0)),
                                            "\nexport DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE=", E(G, pw(r, 2)),
                                            "\ndocker trust signer add --key cert.pem ", user(r), " registry.example.com/app\n")
    if v == 2:
        return "synthetic/rancher-helm", T("helm install rancher rancher-stable/rancher --namespace cattle-system \\\n  --set hostname=",
                                           host(r), " \\\n  --set bootstrapPassword=", E(G, pw(r, 0)), " \\\n  --set replicas=3\n")
    if v == 3:
        return "synthetic/kube-apiserver-ps", T("root  1834  4.1  9.2 kube-apiserver --advertise-address=", E("IPV4", ip4(r, True)),
                                                " --encryption-provider-config=/etc/kubernetes/enc/enc.yaml --service-account-signing-key-file=/etc/kubernetes/pki/sa.key --token-auth-file=/etc/kubernetes/known_tokens.csv\n",
                                                "root@cp-1:~# head -2 /etc/kubernetes/known_tokens.csv\n", E(G, s(r, 32)), ",admin,admin,\"system:masters\"\n",
                                                E(G, s(r, 32)), ",kubelet,kubelet-", s(r, 5, LOW + DIG), "\n")
    if v == 4:
        return "synthetic/etcd-ps", T("etcdctl --endpoints=https://", E("IPV4", ip4(r, True)), ":2379 --user=root --password=",
                                      E(G, pw(r, 2)), " endpoint health\nhttps://", "127.0.0.1", ":2379 is healthy: successfully committed proposal: took = 9.4ms\n")
    if v == 5:
        return "synthetic/harbor-install", T("harbor.yml:\nharbor_admin_password: ", E(G, pw(r, 4)), "\ndatabase:\n  password: ",
                                             E(G, pw(r, 1)), "\n  max_idle_conns: 100\ndata_volume: /data\n")
    return "synthetic/velero-install", T("velero install --provider aws --plugins velero/velero-plugin-for-aws:v1.10.0 --bucket backups \\\n  --backup-location-config region=minio,s3ForcePathStyle=true,s3Url=http://",
                                         E("IPV4", ip4(r, True)), ":9000 \\\n  --secret-file ./credentials-velero\n$ cat credentials-velero\n[default]\naws_access_key_id = ",
                                         "minio", "\naws_secret_access_key = ", E("AWS_SECRET_KEY", s(r, 40, ALNUM + "/+")), "\n")


# ------------------------------------------------------------------ Hadoop-family XML: name/value child elements
def f_hadoop_xml(r, k):
    v = k % 8

    def prop(name, val_ent, extra=""):
        return T("  <property>\n    <name>", name, "</name>\n    <value>", val_ent, "</value>\n", extra, "  </property>\n")
    if v == 0:
        return "synthetic/hadoop-core-site", T("<configuration>\n", prop("fs.s3a.access.key", E("AWS_ACCESS_KEY", "AKIA" + s(r, 16, UP + "234567"))),
                                               prop("fs.s3a.secret.key", E("AWS_SECRET_KEY", s(r, 40, ALNUM + "/+"))),
                                               prop("fs.s3a.endpoint", "s3.eu-central-1.amazonaws.com"), "</configuration>\n")
    if v == 1:
        return "synthetic/hive-site", T("<configuration>\n", prop("javax.jdo.option.ConnectionURL", "jdbc:mysql://" + host(r) + ":3306/metastore"),
                                        prop("javax.jdo.option.ConnectionUserName", "hive"),
                                        prop("javax.jdo.option.ConnectionPassword", E(G, pw(r))), "</configuration>\n")
    if v == 2:
        acct = r.choice(["datalake", "rawzone", "analyticsprod"]) + str(r.randrange(10, 99))
        return "synthetic/hadoop-core-site", T("  <property>\n    <name>fs.azure.account.key.", acct, ".dfs.core.windows.net</name>\n    <value>",
                                               E(G, b64(r, 64)), "</value>\n  </property>\n")
    if v == 3:
        return "synthetic/ranger-install-properties", T("# Ranger admin install.properties\nDB_FLAVOR=MYSQL\ndb_root_user=root\ndb_root_password=",
                                                        E(G, pw(r)), "\ndb_host=", host(r), "\ndb_name=ranger\ndb_user=rangeradmin\ndb_password=",
                                                        E(G, pw(r)), "\nrangerAdmin_password=", E(G, pw(r, 4)), "\n")
    if v == 4:
        return "synthetic/oozie-site", T("<property><name>oozie.service.JPAService.jdbc.password</name><value>", E(G, pw(r)),
                                         "</value></property>\n<property><name>oozie.service.JPAService.jdbc.username</name><value>oozie</value></property>\n")
    if v == 5:
        return "synthetic/tomcat-context", T("<Context>\n  <Resource name=\"jdbc/OrdersDS\" auth=\"Container\" type=\"javax.sql.DataSource\"\n            username=\"orders\" password=\"",
                                             E(G, pw(r, 2, symbols="!#%*+-.?@^_~")), "\"\n            driverClassName=\"org.postgresql.Driver\" url=\"jdbc:postgresql://",
                                             E("IPV4", ip4(r, True)), ":5432/orders\" maxTotal=\"40\"/>\n</Context>\n")
    if v == 6:
        return "synthetic/wildfly-standalone", T("<datasource jndi-name=\"java:jboss/datasources/LedgerDS\" pool-name=\"LedgerDS\">\n    <connection-url>jdbc:oracle:thin:@",
                                                 host(r), ":1521/LEDGER</connection-url>\n    <security>\n        <user-name>ledger_app</user-name>\n        <password>",
                                                 E(G, pw(r)), "</password>\n    </security>\n</datasource>\n")
    return "synthetic/ambari-setup", T("ambari-server setup -s --database=postgres --databasehost=", host(r),
                                       " --databaseport=5432 --databasename=ambari --databaseusername=ambari --databasepassword=", E(G, pw(r, 0)),
                                       "\nUsing python  /usr/bin/python\nSetup ambari-server\n")


# ------------------------------------------------------------------ PHP frameworks and CMSs
def f_php_frameworks(r, k):
    v = k % 7
    if v == 0:
        return "synthetic/symfony-secrets-reveal", T("$ php bin/console secrets:list --reveal --env=prod\n\n ------------------- ------------------------------------------ -------------\n  Secret              Value                                      Local Value\n ------------------- ------------------------------------------ -------------\n  APP_SECRET          \"",
                                                     E(G, hexs(r, 32)), "\"\n  MAILER_PASSWORD     \"", E(G, pw(r, 2)), "\"\n  SENTRY_ENVIRONMENT  \"production\"\n ------------------- ------------------------------------------ -------------\n")
    if v == 1:
        return "synthetic/symfony-env", T("###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET=", E(G, hexs(r, 32)), "\n###< symfony/framework-bundle ###\n")
    if v == 2:
        return "synthetic/cakephp-app-local", T("    'Security' => [\n        'salt' => env('SECURITY_SALT', '", E(G, hexs(r, 64)), "'),\n    ],\n")
    if v == 3:
        return "synthetic/codeigniter-env", T("#--------------------------------------------------------------------\n# ENCRYPTION\n#--------------------------------------------------------------------\n\nencryption.key = hex2bin:",
                                              E(G, hexs(r, 64)), "\n\ndatabase.default.password = ", E(G, pw(r)), "\n")
    if v == 4:
        return "synthetic/yii-config", T("'components' => [\n    'request' => [\n        'cookieValidationKey' => '", E(G, s(r, 32, ALNUM + "-_")),
                                         "',\n    ],\n    'db' => require __DIR__ . '/db.php',\n")
    if v == 5:
        return "synthetic/typo3-settings", T("    'SYS' => [\n        'encryptionKey' => '", E(G, hexs(r, 96)), "',\n        'sitename' => '",
                                             r.choice(["Intranet", "Shop", "Portal"]), "',\n    ],\n")
    return "synthetic/craft-env", T("CRAFT_APP_ID=CraftCMS--", hexs(r, 8), "-", hexs(r, 4), "\nCRAFT_ENVIRONMENT=production\nCRAFT_SECURITY_KEY=",
                                    E(G, s(r, 32, ALNUM + "-_")), "\nCRAFT_DB_PASSWORD=", E(G, pw(r)), "\n")


# ------------------------------------------------------------------ infrastructure-automation CI tools
def f_ci_tools(r, k):
    v = k % 7
    if v == 0:
        return "synthetic/atlantis-ps", T("atlantis server --atlantis-url=https://atlantis.example.com --gh-user=infra-bot --gh-token=",
                                          E("GITHUB_TOKEN", "ghp_" + s(r, 36)), " --gh-webhook-secret=", E(G, pw(r, 1)), " --repo-allowlist=github.com/example/*\n")
    if v == 1:
        return "synthetic/atlantis-env", T("ATLANTIS_GH_USER=infra-bot\nATLANTIS_GH_WEBHOOK_SECRET=", E(G, s(r, 24)),
                                           "\nATLANTIS_REPO_ALLOWLIST=github.com/example/*\nATLANTIS_WEB_BASIC_AUTH=true\nATLANTIS_WEB_PASSWORD=", E(G, pw(r, 0)), "\n")
    if v == 2:
        return "synthetic/codefresh-cli", T("$ codefresh auth create-context prod --api-key ", E(G, hexs(r, 24) + "." + hexs(r, 32)),
                                            "\nContext: prod created!\n")
    if v == 3:
        return "synthetic/zuul-conf", T("[auth zuul_operator]\ndriver=HS256\nallow_authz_override=true\nrealm=zuul.example.com\nclient_id=zuul.example.com\nissuer_id=zuul_operator\nsecret=",
                                        E(G, s(r, 32)), "\n")
    if v == 4:
        return "synthetic/spacelift-env", T("SPACELIFT_API_KEY_ENDPOINT=https://example.app.spacelift.io\nSPACELIFT_API_KEY_ID=", s(r, 26, UP + DIG),
                                            "\nSPACELIFT_API_KEY_SECRET=", E(G, hexs(r, 64)), "\n")
    if v == 5:
        return "synthetic/dagger-log", T("+ dagger call publish --registry-user=", user(r), " --registry-pass=env:REG_PASS\n+ REG_PASS=",
                                         E(G, pw(r, 2)), " dagger call deploy --kubeconfig=file:./kubeconfig\n")
    return "synthetic/env0-log", T("[env0] Deployment started by ", user(r), "\n[env0] Setting environment variables: ENV0_API_KEY=", s(r, 16, LOW + DIG),
                                   " ENV0_API_SECRET=", E(G, s(r, 32, ALNUM + "_-")), " TF_VAR_region=eu-west-1\n")


# ------------------------------------------------------------------ industrial: OPC UA, SCADA gateways
def f_industrial(r, k):
    v = k % 6
    u = r.choice(["opcuser", "scada", "hmi01", "historian"])
    if v == 0:
        return "synthetic/tshark-opcua", T("OpcUa Binary Protocol\n    Message Type: MSG\n    ActivateSessionRequest\n        UserIdentityToken: UserNameIdentityToken\n            PolicyId: username_basic256\n            UserName: ",
                                           u, "\n            Password: ", E(G, pw(r, 0)), "\n            EncryptionAlgorithm: [OpcUa Null String]\n")
    if v == 1:
        return "synthetic/shell-history", T("opcua-commander -e opc.tcp://", E("IPV4", ip4(r, True)), ":4840 -u ", u, " -p ", E(G, pw(r, 2)), "\n")
    if v == 2:
        return "synthetic/ignition-gwcmd", T("root@scada:/usr/local/bin/ignition# ./gwcmd.sh --passwd\nNew password: \n./gwcmd.sh -p ",
                                             E(G, pw(r, 4)), "\nGateway password reset.\n")
    if v == 3:
        return "synthetic/node-opcua-log", T("[", ts(r), "] info: OPCUAClient connecting to opc.tcp://", E("IPV4", ip4(r, True)),
                                             ":4840 with userIdentity { type: 1, userName: '", u, "', password: '", E(G, pw(r, 1)), "' }\n")
    if v == 4:
        return "synthetic/kepware-project-json", T("{\n  \"common.ALLTYPES_NAME\": \"OPC UA Client\",\n  \"opcuaclient.CHANNEL_AUTHENTICATION_USERNAME\": \"",
                                                   u, "\",\n  \"opcuaclient.CHANNEL_AUTHENTICATION_PASSWORD\": \"", E(G, pw(r)), "\"\n}\n")
    return "synthetic/telegraf-opcua", T("[[inputs.opcua]]\n  endpoint = \"opc.tcp://", E("IPV4", ip4(r, True)), ":4840\"\n  security_policy = \"None\"\n  auth_method = \"UserName\"\n  username = \"",
                                         u, "\"\n  password = \"", E(G, pw(r)), "\"\n")


# ------------------------------------------------------------------ self-hosted object stores
def f_object_stores(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/garage-toml", T("metadata_dir = \"/var/lib/garage/meta\"\ndata_dir = \"/var/lib/garage/data\"\nreplication_factor = 3\nrpc_bind_addr = \"[::]:3901\"\nrpc_secret = \"",
                                          E(G, hexs(r, 64)), "\"\n\n[admin]\napi_bind_addr = \"0.0.0.0:3903\"\nadmin_token = \"", E(G, b64(r, 32)), "\"\n")
    if v == 1:
        return "synthetic/garage-key-info", T("$ garage key info backup-key --show-secret\nKey name: backup-key\nKey ID: GK", hexs(r, 24),
                                              "\nSecret key: ", E(G, hexs(r, 64)), "\nCan create buckets: false\n")
    if v == 2:
        return "synthetic/seaweedfs-s3-json", T("{\n  \"identities\": [\n    {\n      \"name\": \"backup\",\n      \"credentials\": [\n        {\n          \"accessKey\": \"",
                                                s(r, 20, UP + DIG), "\",\n          \"secretKey\": \"", E(G, s(r, 40, ALNUM)), "\"\n        }\n      ],\n      \"actions\": [\"Read\", \"Write\", \"List\"]\n    }\n  ]\n}\n")
    if v == 3:
        return "synthetic/weed-shell", T("> s3.configure -access_key=", s(r, 20, UP + DIG), " -secret_key=", E(G, s(r, 40, ALNUM)),
                                         " -buckets=logs -user=shipper -actions=Write -apply\n")
    if v == 4:
        return "synthetic/seaweedfs-security-toml", T("[jwt.signing]\nkey = \"", E(G, b64(r, 24)), "\"\nexpires_after_seconds = 10\n\n[jwt.filer_signing]\nkey = \"",
                                                      E(G, b64(r, 24)), "\"\n")
    return "synthetic/rclone-ls-debug", T(ts(r), " DEBUG : Creating backend with remote \":s3,provider=Other,endpoint='http://", E("IPV4", ip4(r, True)),
                                          ":3900',access_key_id=GK", hexs(r, 24), ",secret_access_key=", E(G, hexs(r, 64)), ":logs\"\n")


# ------------------------------------------------------------------ database and deploy platforms
def f_paas_tokens(r, k):
    v = k % 7
    if v == 0:
        return "synthetic/pscale-service-token", T("$ pscale service-token create --org acme\n  NAME           TOKEN\n ------------- ---------------------------------------------\n  ",
                                                   s(r, 12, LOW + DIG), "   ", E("API_KEY", "pscale_tkn_" + s(r, 43, ALNUM + "_")), "\n")
    if v == 1:
        return "synthetic/pscale-password", T("$ pscale password create orders main app-deploy\nPassword app-deploy was successfully created in orders/main.\nPlease save the values below as they will not be shown again\n\n  NAME         USERNAME       ACCESS HOST URL                   PASSWORD\n  app-deploy   ",
                                              s(r, 12, LOW + DIG), "   aws.connect.psdb.cloud            ", E("API_KEY", "pscale_pw_" + s(r, 43, ALNUM + "_")), "\n")
    if v == 2:
        return "synthetic/upstash-env", T("UPSTASH_REDIS_REST_URL=\"https://", r.choice(["eager", "fond", "polite"]), "-", r.choice(["owl", "lynx", "mole"]), "-",
                                          str(r.randrange(10000, 99999)), ".upstash.io\"\nUPSTASH_REDIS_REST_TOKEN=\"", E(G, "A" + s(r, 59, ALNUM)), "\"\n")
    if v == 3:
        return "synthetic/fly-tokens", T("$ fly tokens create deploy -x 999999h\n", E("API_KEY", "FlyV1 fm2_" + b64(r, 120, pad=False)), "\n")
    if v == 4:
        return "synthetic/dokku-history", T("dokku config:set --no-restart billing DATABASE_PASSWORD=", E(G, pw(r)), " STRIPE_WEBHOOK_SECRET=",
                                            E("API_KEY", "whsec_" + s(r, 32)), "\n-----> Setting config vars\n")
    if v == 5:
        return "synthetic/caprover-login", T("$ caprover login --caproverUrl https://captain.", host(r), " --caproverPassword ", E(G, pw(r, 0)),
                                             " --caproverName prod\nLogged in successfully.\n")
    return "synthetic/coolify-env", T("APP_ID=", hexs(r, 24), "\nAPP_KEY=base64:", E(G, b64(r, 32)), "\nDB_PASSWORD=", E(G, pw(r, 1)),
                                      "\nREDIS_PASSWORD=", E(G, pw(r, 1)), "\nPUSHER_APP_SECRET=", E(G, s(r, 32)), "\n")


# ------------------------------------------------------------------ realtime messaging
def f_realtime(r, k):
    v = k % 7
    if v == 0:
        z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
        pub = s(r, 40, z85.replace("\"", ""))
        return "synthetic/zmq-curve-cert", T("#   ****  Generated on ", ts(r), " by CZMQ  ****\n#   ZeroMQ CURVE **Secret** Certificate\n#   DO NOT PROVIDE THIS FILE TO OTHER USERS nor change its permissions.\n\nmetadata\ncurve\n    public-key = \"",
                                             pub, "\"\n    secret-key = \"", E(G, s(r, 40, z85)), "\"\n")
    if v == 1:
        return "synthetic/centrifugo-config", T("{\n  \"token_hmac_secret_key\": \"", E(G, s(r, 36, LOW + DIG + "-")), "\",\n  \"admin_password\": \"",
                                                E(G, pw(r)), "\",\n  \"admin_secret\": \"", E(G, hexs(r, 32)), "\",\n  \"api_key\": \"", E(G, s(r, 36, LOW + DIG + "-")),
                                                "\",\n  \"allowed_origins\": [\"https://app.example.com\"]\n}\n")
    if v == 2:
        return "synthetic/mercure-caddy-env", T("SERVER_NAME=:80\nMERCURE_PUBLISHER_JWT_KEY='", E(G, pw(r, 1) + s(r, 16)),
                                                "'\nMERCURE_SUBSCRIBER_JWT_KEY='", E(G, pw(r, 1) + s(r, 16)), "'\n")
    if v == 3:
        return "synthetic/soketi-env", T("SOKETI_DEFAULT_APP_ID=", str(r.randrange(100000, 999999)), "\nSOKETI_DEFAULT_APP_KEY=", s(r, 20, LOW + DIG),
                                         "\nSOKETI_DEFAULT_APP_SECRET=", E(G, s(r, 20, LOW + DIG)), "\n")
    if v == 4:
        app = s(r, 6, ALNUM)
        return "synthetic/ably-env", T("ABLY_API_KEY=", E(G, app + "." + s(r, 6, ALNUM) + ":" + s(r, 43, ALNUM + "_-")), "\n")
    if v == 5:
        return "synthetic/rocketmq-acl", T("accounts:\n  - accessKey: RocketMQ\n    secretKey: ", E(G, pw(r, 1)),
                                           "\n    whiteRemoteAddress:\n    admin: false\n    defaultTopicPerm: DENY\n")
    return "synthetic/solace-props", T("solace.java.host=tcps://", host(r), ":55443\nsolace.java.msgVpn=prod_vpn\nsolace.java.clientUsername=",
                                       user(r), "\nsolace.java.clientPassword=", E(G, pw(r)), "\n")


# ------------------------------------------------------------------ monitoring servers and agents
def f_monitoring(r, k):
    v = k % 7
    if v == 0:
        return "synthetic/checkmk-agent-register", T("cmk-agent-ctl register --hostname ", host(r).split(".")[0], " --server ", host(r),
                                                     " --site mysite --user automation --password '", E(G, pw(r, 2)), "' --trust-cert\n")
    if v == 1:
        return "synthetic/checkmk-automation-secret", T("OMD[mysite]:~$ cat var/check_mk/web/automation/automation.secret\n", E(G, s(r, 32, UP + DIG)), "\n")
    if v == 2:
        return "synthetic/netdata-claim", T("$ sudo netdata-claim.sh -token=", E(G, s(r, 135, ALNUM + "-_")), " -rooms=",
                                            s(r, 8, LOW + DIG) + "-" + s(r, 4, LOW + DIG), " -url=https://app.netdata.cloud\n")
    if v == 3:
        return "synthetic/monitrc", T("set httpd port 2812 and\n    use address 0.0.0.0\n    allow ", E("IPV4", ip4(r, True)),
                                      "/255.255.255.0\n    allow admin:", E(G, pw(r, 4)), "\n")
    if v == 4:
        return "synthetic/opennms-datasources", T("<jdbc-data-source name=\"opennms\" database-name=\"opennms\" class-name=\"org.postgresql.Driver\" url=\"jdbc:postgresql://",
                                                  E("IPV4", ip4(r, True)), ":5432/opennms\" user-name=\"opennms\" password=\"", E(G, pw(r)), "\" />\n")
    if v == 5:
        return "synthetic/observium-config", T("$config['db_host'] = '", host(r), "';\n$config['db_user'] = 'observium';\n$config['db_pass'] = '",
                                               E(G, pw(r)), "';\n$config['snmp']['community'] = array(\"", E(G, pw(r, 1)), "\");\n")
    return "synthetic/healthchecks-env", T("DB=postgres\nDB_PASSWORD=", E(G, pw(r)), "\nSECRET_KEY=", E(G, s(r, 50, ALNUM + "!@#%^&*(-_=+)")),
                                           "\nSITE_ROOT=https://hc.example.com\n")


# ------------------------------------------------------------------ HCL: Terraform provider blocks, Nomad jobs
def f_hcl_blocks(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/terraform-provider", T("provider \"postgresql\" {\n  host     = \"", host(r), "\"\n  port     = 5432\n  username = \"tf_admin\"\n  password = \"",
                                                 E(G, pw(r)), "\"\n  sslmode  = \"require\"\n}\n")
    if v == 1:
        return "synthetic/terraform-provider", T("provider \"grafana\" {\n  url  = \"https://grafana.example.com\"\n  auth = \"admin:", E(G, pw(r, 0)), "\"\n}\n")
    if v == 2:
        return "synthetic/terraform-provider", T("provider \"rabbitmq\" {\n  endpoint = \"http://", E("IPV4", ip4(r, True)), ":15672\"\n  username = \"guest_admin\"\n  password = \"",
                                                 E(G, pw(r, 2)), "\"\n}\n")
    if v == 3:
        return "synthetic/nomad-job", T("task \"api\" {\n  driver = \"docker\"\n  env {\n    DB_USER     = \"api\"\n    DB_PASSWORD = \"", E(G, pw(r)),
                                        "\"\n    LOG_LEVEL   = \"info\"\n  }\n}\n")
    if v == 4:
        return "synthetic/nomad-template", T("template {\n  destination = \"secrets/app.env\"\n  env         = true\n  data        = <<EOH\nSMTP_PASSWORD=", E(G, pw(r, 2)),
                                             "\nSMTP_HOST=smtp.example.com\nEOH\n}\n")
    return "synthetic/terragrunt-inputs", T("inputs = {\n  cluster_name   = \"prod-eu\"\n  admin_password = \"", E(G, pw(r, 4)), "\"\n  node_count     = 3\n}\n")


# ------------------------------------------------------------------ TOML configs of newer tools
def f_toml_configs(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/rocket-toml", T("[release]\naddress = \"0.0.0.0\"\nport = 8000\nsecret_key = \"", E(G, b64(r, 32)), "\"\n")
    if v == 1:
        return "synthetic/gitlab-runner-toml", T("[[runners]]\n  name = \"", host(r).split(".")[0], "\"\n  url = \"https://gitlab.example.com\"\n  id = ", str(r.randrange(100, 9999)),
                                                 "\n  token = \"", E("API_KEY", "glrt-" + s(r, 20, ALNUM + "_-")), "\"\n  executor = \"docker\"\n")
    if v == 2:
        return "synthetic/himalaya-toml", T("[accounts.work]\nemail = \"", E("EMAIL", "ops@example.com"), "\"\nbackend.type = \"imap\"\nbackend.host = \"imap.example.com\"\nbackend.port = 993\nbackend.login = \"", E("EMAIL", "ops@example.com"), "\"\nbackend.auth.type = \"password\"\nbackend.auth.raw = \"",
                                            E(G, pw(r)), "\"\n")
    if v == 3:
        return "synthetic/spotifyd-conf", T("[global]\nusername = \"", user(r), "\"\npassword = \"", E(G, pw(r, 0)), "\"\nbackend = \"alsa\"\ndevice_name = \"kitchen\"\n")
    if v == 4:
        return "synthetic/mise-toml", T("[env]\nRUST_LOG = \"info\"\nDATABASE_USER = \"app\"\nDATABASE_PASS = \"", E(G, pw(r)), "\"\n\n[tools]\nnode = \"22\"\n")
    return "synthetic/atuin-key", T("$ atuin key\n", E(G, "-".join(r.sample(["abandon", "bright", "canvas", "dwarf", "eager", "fossil", "gravity",
                                                                       "hollow", "island", "jungle", "kettle", "lizard", "marine", "noble", "oyster", "parade"], 12)).replace("-", " ")), "\n")


# ------------------------------------------------------------------ daemon config files
def f_daemon_confs(r, k):
    v = k % 7
    if v == 0:
        return "synthetic/pgbouncer-userlist", T("$ cat /etc/pgbouncer/userlist.txt\n\"", user(r), "\" \"", E(G, pw(r, 2, symbols="!#%*+-.?@^_~")),
                                                 "\"\n\"stats\" \"", E(G, pw(r, 1)), "\"\n")
    if v == 1:
        return "synthetic/stunnel-psk", T("$ cat /etc/stunnel/psk.txt\n", r.choice(["client1", "edge-a", "rtu07"]), ":", E(G, hexs(r, 32)), "\n")
    if v == 2:
        return "synthetic/redis-sentinel", T("sentinel monitor mymaster ", E("IPV4", ip4(r, True)), " 6379 2\nsentinel auth-pass mymaster ", E(G, pw(r)),
                                             "\nsentinel down-after-milliseconds mymaster 5000\n")
    if v == 3:
        return "synthetic/chrony-keys", T("# /etc/chrony.keys\n", str(r.randrange(1, 20)), " SHA1 HEX:", E(G, hexs(r, 40, True)), "\n",
                                          str(r.randrange(20, 40)), " AES128 HEX:", E(G, hexs(r, 32, True)), "\n")
    if v == 4:
        return "synthetic/ntp-keys", T("# ntpkeys generated by ntp-keygen\n", str(r.randrange(1, 10)), " MD5 ", E(G, s(r, 20, ALNUM + "!#$%&")), "  # MD5 key\n")
    if v == 5:
        return "synthetic/pg-service-conf", T("[billing-ro]\nhost=", host(r), "\nport=5432\ndbname=billing\nuser=reporting\npassword=", E(G, pw(r)), "\n")
    return "synthetic/pgpool-conf", T("health_check_user = 'pgpool'\nhealth_check_password = '", E(G, pw(r)), "'\nsr_check_user = 'repl'\nsr_check_password = '",
                                      E(G, pw(r)), "'\n")


# ------------------------------------------------------------------ code signing
def f_code_signing(r, k):
    v = k % 7
    if v == 0:
        return "synthetic/signtool-ci", T("> signtool sign /f codesign.pfx /p ", E(G, pw(r, 2, symbols="!#%*+-.?@_~")),
                                          " /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 dist\\Setup.exe\nDone Adding Additional Store\nSuccessfully signed: dist\\Setup.exe\n")
    if v == 1:
        return "synthetic/osslsigncode", T("+ osslsigncode sign -pkcs12 cert.p12 -pass ", E(G, pw(r)), " -n \"Agent\" -t http://timestamp.sectigo.com -in agent.exe -out agent-signed.exe\nSucceeded\n")
    if v == 2:
        return "synthetic/electron-builder-env", T("CSC_LINK=./build/cert.p12\nCSC_KEY_PASSWORD=", E(G, pw(r)), "\nWIN_CSC_KEY_PASSWORD=", E(G, pw(r)), "\n")
    if v == 3:
        return "synthetic/tauri-env", T("export TAURI_SIGNING_PRIVATE_KEY=\"", E(G, b64(r, 180)), "\"\nexport TAURI_SIGNING_PRIVATE_KEY_PASSWORD=\"", E(G, pw(r, 3)), "\"\n")
    if v == 4:
        return "synthetic/sparkle-keys", T("$ ./bin/generate_keys -x sparkle_private_key\n$ cat sparkle_private_key\n", E(G, b64(r, 32)), "\n")
    if v == 5:
        return "synthetic/nuget-sign", T("dotnet nuget sign ./out/*.nupkg --certificate-path ./sign.pfx --certificate-password ", E(G, pw(r, 2)),
                                         " --timestamper http://timestamp.digicert.com\n")
    return "synthetic/rpm-sign", T("%_signature gpg\n%_gpg_name Release Signing <", E("EMAIL", "release@example.com"), ">\n%__gpg_sign_cmd %{__gpg} gpg --batch --pinentry-mode loopback --passphrase '",
                                   E(G, pw(r, 3)), "' -sbo %{__signature_filename} %{__plaintext_filename}\n")


# ------------------------------------------------------------------ secrets escaped or encoded several times
def f_layers(r, k):
    v = k % 7
    p = pw(r, r.choice([0, 1, 4]))
    if v == 0:
        return "synthetic/logstash-rubydebug", T("{\n       \"message\" => \"{\\\"event\\\":\\\"login\\\",\\\"user\\\":\\\"", user(r), "\\\",\\\"password\\\":\\\"", E(G, p),
                                                 "\\\"}\",\n      \"@version\" => \"1\",\n    \"@timestamp\" => 2026-12-07T0", str(r.randrange(10)), ":12:44.118Z\n}\n")
    if v == 1:
        return "synthetic/graphql-body-log", T("POST /graphql 200 body={\"operationName\":\"Login\",\"query\":\"mutation Login { login(email: \\\"", E("EMAIL", user(r) + "@example.com"),
                                               "\\\", password: \\\"", E(G, p), "\\\") { token } }\",\"variables\":{}}\n")
    if v == 2:
        inner = json.dumps({"auth": {"password": "@@"}})
        outer = json.dumps({"log": inner + "\n", "stream": "stdout"})
        a, b = outer.split("@@")
        return "synthetic/docker-json-in-kubectl", T("{\"kind\":\"Event\",\"message\":", json.dumps(a)[:-1], E(G, p), json.dumps(b)[1:], "}\n")
    if v == 3:
        q = p.replace("'", "")
        return "synthetic/set-x-quoting", T("+ curl -sS -X POST https://", host(r), "/api/login -H 'Content-Type: application/json' -d '{\"username\":\"", user(r),
                                            "\",\"password\":\"", E(G, "it'\\''s-" + q), "\"}'\n")
    if v == 4:
        return "synthetic/soap-in-json", T("{\"level\":\"debug\",\"msg\":\"outbound request\",\"body\":\"<soapenv:Envelope><soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>",
                                           user(r), "</wsse:Username><wsse:Password Type=\\\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\\\">",
                                           E(G, p), "</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>\"}\n")
    if v == 5:
        return "synthetic/yaml-in-json-env", T("\"env\": [{\"name\": \"APP_CONFIG\", \"value\": \"db:\\n  user: app\\n  password: \\\"", E(G, p), "\\\"\\n  pool: 10\\n\"}]\n")
    return "synthetic/elasticsearch-hit-log", T("{\"log\":\"{\\\"_index\\\":\\\"audit\\\",\\\"_source\\\":{\\\"cmd\\\":\\\"mysql -u root -p\\\\\\\"", E(G, p),
                                               "\\\\\\\" -e status\\\"}}\\n\",\"stream\":\"stdout\"}\n")


# ------------------------------------------------------------------ XML-RPC, JSON-RPC, WS-Security
def f_rpc_calls(r, k):
    v = k % 6
    p = pw(r)
    if v == 0:
        return "synthetic/xmlrpc-wp", T("<?xml version=\"1.0\"?>\n<methodCall><methodName>wp.getUsersBlogs</methodName><params>\n<param><value><string>",
                                        user(r), "</string></value></param>\n<param><value><string>", E(G, p), "</string></value></param>\n</params></methodCall>\n")
    if v == 1:
        return "synthetic/aria2-jsonrpc", T("{\"jsonrpc\":\"2.0\",\"method\":\"aria2.addUri\",\"id\":\"q", str(r.randrange(100)), "\",\"params\":[\"token:",
                                            E(G, s(r, 24)), "\",[\"https://mirror.example.org/iso/debian-12.8.0-amd64-netinst.iso\"]]}\n")
    if v == 2:
        return "synthetic/ws-security-soap", T("<soap:Header>\n  <wsse:Security soap:mustUnderstand=\"1\">\n    <wsse:UsernameToken wsu:Id=\"UsernameToken-", str(r.randrange(1000, 9999)),
                                               "\">\n      <wsse:Username>", user(r), "</wsse:Username>\n      <wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">",
                                               E(G, p), "</wsse:Password>\n    </wsse:UsernameToken>\n  </wsse:Security>\n</soap:Header>\n")
    if v == 3:
        return "synthetic/kodi-jsonrpc", T("curl -s --data-binary '{\"jsonrpc\":\"2.0\",\"method\":\"JSONRPC.Ping\",\"id\":1}' -H 'content-type: application/json;' http://",
                                           E("URL_CREDENTIALS", "kodi:" + pw(r, 1)), "@", E("IPV4", ip4(r, True)), ":8080/jsonrpc\n")
    if v == 4:
        return "synthetic/deluge-jsonrpc", T("POST /json HTTP/1.1\nContent-Type: application/json\n\n{\"method\": \"auth.login\", \"params\": [\"", E(G, p), "\"], \"id\": ", str(r.randrange(1, 50)), "}\n")
    return "synthetic/soap-auth-header", T("<soapenv:Header>\n  <tns:AuthHeader>\n    <tns:UserName>", user(r), "</tns:UserName>\n    <tns:Password>", E(G, p),
                                           "</tns:Password>\n  </tns:AuthHeader>\n</soapenv:Header>\n")


# ------------------------------------------------------------------ passwords given in prose in other languages
def f_lang_passwords(r, k):
    p = pw(r, r.choice([0, 2, 4]))
    u = user(r)
    lines = [
        ("tr", T("Merhaba, sunucuya ", u, " kullanıcısıyla girebilirsiniz, geçici şifre: ", E(G, p), " — ilk girişte değiştirin lütfen.\n")),
        ("el", T("Καλησπέρα, ο κωδικός πρόσβασης για τον ", u, " είναι ", E(G, p), " (προσωρινός).\n")),
        ("ro", T("Salut! Parola nouă pentru contul ", u, " este ", E(G, p), ", te rog s-o schimbi după logare.\n")),
        ("sv", T("Hej, lösenordet till ", u, " på staging är ", E(G, p), " tills vidare.\n")),
        ("uk", T("Привіт! Новий пароль для ", u, ": ", E(G, p), " — змініть після першого входу.\n")),
        ("ko", T("안녕하세요, ", u, " 계정의 임시 비밀번호는 ", E(G, p), " 입니다. 로그인 후 변경해 주세요.\n")),
        ("th", T("สวัสดีครับ รหัสผ่านชั่วคราวของ ", u, " คือ ", E(G, p), " ครับ\n")),
        ("he", T("היי, הסיסמה הזמנית של ", u, " היא ", E(G, p), " תחליף אותה בבקשה\n")),
        ("fa", T("سلام، رمز عبور موقت حساب ", u, ": ", E(G, p), "\n")),
        ("hr", T("Bok, lozinka za ", u, " na VPN-u je ", E(G, p), ", promijeni je odmah.\n")),
        ("lt", T("Sveiki, laikinas slaptažodis naudotojui ", u, " yra ", E(G, p), ".\n")),
        ("ms", T("Hai, kata laluan sementara untuk ", u, " ialah ", E(G, p), " — sila tukar selepas log masuk.\n")),
    ]
    lang, body = lines[k % len(lines)] if k < len(lines) else lines[r.randrange(len(lines))]
    wrap = r.randrange(3)
    if wrap == 0:
        return "synthetic/ticket-" + lang, T("Ticket #", str(r.randrange(10000, 99999)), " — reply from service desk\n", body)
    if wrap == 1:
        return "synthetic/chat-" + lang, T("[", ts(r)[11:16], "] helpdesk: ", body)
    return "synthetic/mail-" + lang, T("Subject: VPN / ", u, "\n\n", body)


# ------------------------------------------------------------------ video conferencing and WebRTC servers
def f_webrtc(r, k):
    v = k % 7
    if v == 0:
        return "synthetic/jitsi-env", T("JICOFO_AUTH_PASSWORD=", E(G, hexs(r, 32)), "\nJVB_AUTH_PASSWORD=", E(G, hexs(r, 32)),
                                        "\nJIGASI_XMPP_PASSWORD=", E(G, hexs(r, 32)), "\nPUBLIC_URL=https://meet.example.com\n")
    if v == 1:
        return "synthetic/prosodyctl", T("root@meet:~# prosodyctl register focus auth.meet.example.com ", E(G, pw(r)), "\n")
    if v == 2:
        return "synthetic/turnserver-conf", T("listening-port=3478\nfingerprint\nuse-auth-secret\nstatic-auth-secret=", E(G, hexs(r, 64)),
                                              "\nrealm=turn.example.com\nexternal-ip=", E("IPV4", ip4(r, False)), "\n")
    if v == 3:
        return "synthetic/turnadmin", T("turnadmin -a -u ", user(r), " -r turn.example.com -p ", E(G, pw(r, 2)), "\n")
    if v == 4:
        return "synthetic/bbb-conf-secret", T("$ sudo bbb-conf --secret\n\n    URL: https://bbb.example.org/bigbluebutton/\n    Secret: ", E(G, s(r, 42, ALNUM)),
                                              "\n\n    Link to the API-Mate:\n")
    if v == 5:
        return "synthetic/janus-jcfg", T("general: {\n        admin_secret = \"", E(G, pw(r, 1)), "\"\n        api_secret = \"", E(G, pw(r, 1)), "\"\n        token_auth = false\n}\n")
    return "synthetic/livekit-yaml", T("port: 7880\nrtc:\n  udp_port: 7882\nkeys:\n  API", s(r, 12, ALNUM), ": ", E(G, s(r, 43, ALNUM)), "\n")


# ------------------------------------------------------------------ NAS, printers and cameras
def f_nas_devices(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/synouser", T("admin@DS920:~$ sudo synouser --setpw ", user(r), " '", E(G, pw(r, 2, symbols="!#%*+-.?@^_~")), "'\n")
    if v == 1:
        return "synthetic/truenas-midclt", T("root@truenas[~]# midclt call user.update 3 '{\"password\": \"", E(G, pw(r)), "\"}'\n3\n")
    if v == 2:
        return "synthetic/cups-lpadmin", T("lpadmin -p Floor3-Copier -E -v smb://", E("URL_CREDENTIALS", "CORP%5Cscan:" + pw(r, 1)), "@",
                                           host(r), "/Floor3 -m everywhere\n")
    if v == 3:
        return "synthetic/reolink-api", T("POST /api.cgi?cmd=Login HTTP/1.1\nHost: ", E("IPV4", ip4(r, True)),
                                          "\n\n[{\"cmd\":\"Login\",\"param\":{\"User\":{\"Version\":\"0\",\"userName\":\"admin\",\"password\":\"", E(G, pw(r)), "\"}}}]\n")
    if v == 4:
        return "synthetic/hikvision-isapi", T("curl --digest -u ", E("BASIC_AUTH", "admin:" + pw(r, 4)), " http://", E("IPV4", ip4(r, True)),
                                              "/ISAPI/System/deviceInfo\n")
    return "synthetic/omv-rpc", T("omv-rpc -u admin 'UserMgmt' 'setUser' '{\"name\":\"", user(r), "\",\"password\":\"", E(G, pw(r)),
                                  "\",\"email\":\"\",\"disallowusermod\":false}'\n")


# ------------------------------------------------------------------ exception dumps that print arguments
def f_trace_args(r, k):
    v = k % 6
    p = pw(r)
    if v == 0:
        return "synthetic/axios-error", T("AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)\n  config: {\n    url: 'https://", host(r),
                                          "/api/v2/sync',\n    method: 'post',\n    auth: { username: '", user(r), "', password: '", E(G, p), "' },\n    timeout: 10000\n  },\n  code: 'ERR_BAD_REQUEST'\n")
    if v == 1:
        return "synthetic/axios-error", T("  config: {\n    headers: Object [AxiosHeaders] {\n      Accept: 'application/json, text/plain, */*',\n      Authorization: 'Bearer ",
                                          E("BEARER_TOKEN", s(r, 40, ALNUM + "-_")), "',\n      'User-Agent': 'axios/1.7.9'\n    },\n")
    if v == 2:
        return "synthetic/pydantic-error", T("pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings\nsmtp_password\n  String should have at most 32 characters [type=string_too_long, input_value='",
                                             E(G, p + s(r, 30)), "', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.9/v/string_too_long\n")
    if v == 3:
        return "synthetic/erlang-crash-report", T("=CRASH REPORT==== 7-Dec-2026::0", str(r.randrange(10)), ":14:02.331 ===\n  crasher:\n    initial call: epgsql_sock:init/1\n    exception exit: {badmatch,{error,invalid_password}}\n      in function  db_pool:connect/1\n    arguments: [[{host,\"",
                                                  host(r), "\"},{username,\"app\"},{password,\"", E(G, p), "\"},{database,\"orders\"}]]\n")
    if v == 4:
        return "synthetic/akka-log", T("[ERROR] [12/07/2026 0", str(r.randrange(10)), ":11:09.201] [akka://ingest/user/db] Connection refused: DbConfig(", host(r),
                                       ",5432,ingest,", E(G, p), ",30 seconds)\n")
    return "synthetic/clojure-ex-info", T("Execution error (ExceptionInfo) at app.db/connect! (db.clj:41).\nconnection refused\n{:dbtype \"postgresql\", :host \"", host(r),
                                          "\", :user \"app\", :password \"", E(G, p), "\", :dbname \"orders\"}\n")


# ------------------------------------------------------------------ X display and remote-console secrets
def f_display_remote(r, k):
    v = k % 6
    if v == 0:
        return "synthetic/xauth-list", T("$ xauth list\n", host(r).split(".")[0], "/unix:10  MIT-MAGIC-COOKIE-1  ", E(G, hexs(r, 32)), "\n",
                                         host(r).split(".")[0], "/unix:11  MIT-MAGIC-COOKIE-1  ", E(G, hexs(r, 32)), "\n")
    if v == 1:
        return "synthetic/xauth-add", T("+ xauth add :", str(r.randrange(0, 3)), " . ", E(G, hexs(r, 32)), "\n+ exec x11vnc -display :0 -forever\n")
    if v == 2:
        return "synthetic/qemu-cmdline", T("qemu-system-x86_64 -enable-kvm -m 8192 -drive file=win11.qcow2 -spice port=5930,addr=", E("IPV4", ip4(r, True)),
                                           ",password-secret=sec0 -object secret,id=sec0,data=", E(G, pw(r)), "\n")
    if v == 3:
        return "synthetic/libvirt-domain-xml", T("    <graphics type='spice' port='5901' autoport='no' listen='0.0.0.0' passwd='", E(G, pw(r, 1)),
                                                 "'>\n      <listen type='address' address='0.0.0.0'/>\n    </graphics>\n")
    if v == 4:
        return "synthetic/qemu-monitor", T("(qemu) set_password vnc ", E(G, pw(r, 1)[:8]), "\n(qemu) expire_password vnc +3600\n")
    return "synthetic/virsh-hmp", T("# virsh qemu-monitor-command win11 --hmp 'set_password spice ", E(G, pw(r)), "'\n")


# ------------------------------------------------------------------ mainframe and midrange
def f_mainframe(r, k):
    v = k % 7
    uid = r.choice(["IBMUSER", "OPSJOB", "DBADM1", "BATCH01", "SYSPROG"])
    p8 = s(r, 8, UP + DIG + "#@$")
    if v == 0:
        return "synthetic/jcl", T("//", uid[:6], "A JOB (ACCT),'NIGHTLY LOAD',CLASS=A,MSGCLASS=X,\n//         NOTIFY=&SYSUID,USER=", uid, ",PASSWORD=", E(G, p8),
                                  "\n//STEP1    EXEC PGM=IEFBR14\n")
    if v == 1:
        return "synthetic/racf-command", T("READY\nALTUSER ", uid, " PASSWORD(", E(G, p8), ") NOEXPIRED RESUME\nREADY\n")
    if v == 2:
        return "synthetic/zowe-cli", T("$ zowe profiles create zosmf-profile prod --host ", host(r), " --port 443 --user ", uid.lower(), " --password '",
                                       E(G, pw(r, 2)), "' --reject-unauthorized false\n")
    if v == 3:
        return "synthetic/zowe-env", T("ZOWE_OPT_HOST=", host(r), "\nZOWE_OPT_USER=", uid, "\nZOWE_OPT_PASSWORD=", E(G, p8), "\n")
    if v == 4:
        return "synthetic/db2-clp", T("db2inst1@", host(r).split(".")[0], ":~$ db2 connect to SAMPLE user db2inst1 using ", E(G, pw(r, 0)),
                                      "\n\n   Database Connection Information\n\n Database server        = DB2/LINUXX8664 11.5.9.0\n")
    if v == 5:
        return "synthetic/as400-cl", T("CHGUSRPRF USRPRF(", uid, ") PASSWORD(", E(G, p8), ") PWDEXP(*NO)\nUser profile ", uid, " changed.\n")
    return "synthetic/tn3270-script", T("s3270> String(\"", uid, "\\t", E(G, p8), "\\n\")\ndata: ICH70001I ", uid, "  LAST ACCESS AT 04:12:07 ON MONDAY, DECEMBER 7, 2026\n")


FAMILIES = [f_kube_bootstrap, f_at_rest_keys, f_hadoop_xml, f_php_frameworks, f_ci_tools, f_industrial, f_object_stores, f_paas_tokens,
            f_realtime, f_monitoring, f_hcl_blocks, f_toml_configs, f_daemon_confs, f_code_signing, f_layers, f_rpc_calls,
            f_lang_passwords, f_webrtc, f_nas_devices, f_trace_args, f_display_remote, f_mainframe]
