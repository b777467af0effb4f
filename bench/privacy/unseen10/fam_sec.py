"""Secret families of unseen10: tools, formats and wrappers no earlier set used."""
import base64
from gen import (T, E, ch, R, rs, hexs, b64, b64url, uid, digits, pw, name_latin, name_script, ipv4, rbytes, ascii_handle)

GS, API, BT, PK, CS, BA = "GENERIC_SECRET", "API_KEY", "BEARER_TOKEN", "PRIVATE_KEY", "CONNECTION_STRING", "BASIC_AUTH"
AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def host():
    return ch(["ns1", "db-prim", "auth01", "edge-gw", "pbx", "mq-a", "nas", "kdc1", "bk01"]) + "." + ch(["corp.example.net", "lan", "ops.internal", "dc1.acme.io"])


def f_dns_keys():
    s = b64(32)
    name = ch(["xfr-key", "ddns-update", "tsig-sec1", "transfer.example.net"])
    return ch([
        lambda: T('key "', name, '" {\n\talgorithm hmac-sha256;\n\tsecret "', E(GS, s), '";\n};\n'),
        lambda: T("# /etc/bind/rndc.key\nkey \"rndc-key\" {\n        algorithm hmac-sha256;\n        secret \"", E(GS, s), "\";\n};\n"),
        lambda: T("$ dig @", host(), " example.net AXFR -y hmac-sha256:", name, ":", E(GS, s), "\n; Transfer failed.\n"),
        lambda: T("$ nsupdate -y hmac-sha512:", name, ":", E(GS, b64(64)), " <<EOF\nupdate add www.example.net 300 A ", E("IPV4", "203.0.113.7"), "\nsend\nEOF\n; TSIG error with server: tsig verify failure\n"),
        lambda: T("$ cat Kexample.net.+013+", digits(5), ".private\nPrivate-key-format: v1.3\nAlgorithm: 13 (ECDSAP256SHA256)\nPrivateKey: ", E(PK, b64(32)), "\nCreated: 20261201093000\nPublish: 20261201093000\nActivate: 20261201093000\n"),
        lambda: T("$ pdnsutil import-tsig-key ", name, " hmac-sha256 ", E(GS, s), "\nImported TSIG key ", name, " hmac-sha256\n"),
        lambda: T("$ tsig-keygen -a hmac-sha256 ", name, "\nkey \"", name, "\" {\n\talgorithm hmac-sha256;\n\tsecret \"", E(GS, s), "\";\n};\n"),
        lambda: T("# knot.conf\nkey:\n  - id: ", name, "\n    algorithm: hmac-sha256\n    secret: ", E(GS, s), "\n"),
    ])()


def f_ldap_ad():
    p = pw(sym="!#%+-._~^*")
    u16 = base64.b64encode(('"' + p + '"').encode("utf-16-le")).decode()
    return ch([
        lambda: T("dn: olcDatabase={0}config,cn=config\nchangetype: modify\nreplace: olcRootPW\nolcRootPW: ", E(GS, p), "\n"),
        lambda: T("$ ldappasswd -H ldaps://", host(), " -x -D cn=admin,dc=corp,dc=example -W -s '", E(GS, p), "' uid=svc-backup,ou=services,dc=corp,dc=example\nEnter LDAP Password:\nResult: Success (0)\n"),
        lambda: T("[domain/corp.example]\nid_provider = ldap\nldap_uri = ldaps://", host(), "\nldap_default_bind_dn = cn=sssd,ou=services,dc=corp,dc=example\nldap_default_authtok = ", E(GS, p), "\n"),
        lambda: T("# /etc/nslcd.conf\nuri ldap://", host(), "/\nbase dc=corp,dc=example\nbinddn cn=nslcd,ou=services,dc=corp,dc=example\nbindpw ", E(GS, p), "\n"),
        lambda: T("dn: CN=svc-print,OU=Service,DC=corp,DC=example\nchangetype: modify\nreplace: unicodePwd\nunicodePwd:: ", E(GS, u16), "\n-\n"),
        lambda: T("$ echo '", E(GS, p), "' | sudo realm join -U Administrator corp.example\nrealm: Couldn't join realm: Insufficient permissions to join the domain\n"),
        lambda: T("$ net ads join -U Administrator%", E(GS, p), "\nFailed to join domain: failed to lookup DC info for domain 'CORP.EXAMPLE'\n"),
        lambda: T("$ smbclient //", host(), "/backup -U 'CORP\\svc-nas%", E(GS, p), "' -c 'ls'\nsession setup failed: NT_STATUS_LOGON_FAILURE\n"),
        lambda: T("C:\\> ktpass /princ HTTP/web01.corp.example@CORP.EXAMPLE /mapuser CORP\\svc-web /pass ", E(GS, p), " /out web01.keytab /ptype KRB5_NT_PRINCIPAL\nTargeting domain controller: dc01.corp.example\n"),
    ])()


def f_windows_deploy():
    p = pw(sym="!#%+-._~^*")
    return ch([
        lambda: T("<UserAccounts>\n  <AdministratorPassword>\n    <Value>", E(GS, p), "</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>\n"),
        lambda: T("<AutoLogon>\n  <Password>\n    <Value>", E(GS, p), "</Value>\n    <PlainText>true</PlainText>\n  </Password>\n  <Enabled>true</Enabled>\n  <Username>deploy</Username>\n</AutoLogon>\n"),
        lambda: T('<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}"><User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="LocalAdmin" changed="2026-11-02 09:14:55" uid="{', uid().upper(), '}"><Properties action="U" newName="" fullName="" description="" cpassword="', E(GS, b64(32).rstrip("=")), '" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="LocalAdmin"/></User></Groups>\n'),
        lambda: T("C:\\> reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\"\n    AutoAdminLogon    REG_SZ    1\n    DefaultUserName    REG_SZ    kiosk\n    DefaultPassword    REG_SZ    ", E(GS, p), "\n    Shell    REG_SZ    explorer.exe\n"),
        lambda: T('<publishData><publishProfile profileName="shop-api - Web Deploy" publishMethod="MSDeploy" publishUrl="shop-api.scm.azurewebsites.net:443" msdeploySite="shop-api" userName="$shop-api" userPWD="', E(GS, rs(60)), '" destinationAppUrl="https://shop-api.azurewebsites.net" /></publishData>\n'),
        lambda: T("> msdeploy.exe -verb:sync -source:package=app.zip -dest:auto,computerName=\"https://web02:8172/msdeploy.axd\",userName=\"deploy\",password=\"", E(GS, p), "\",authtype=\"Basic\" -allowUntrusted\nError Code: ERROR_USER_UNAUTHORIZED\n"),
        lambda: T("[Default]\nOSInstall=Y\nJoinDomain=CORP\nDomainAdmin=svc-mdt\nDomainAdminDomain=CORP\nDomainAdminPassword=", E(GS, p), "\nAdminPassword=", E(GS, pw(sym="")), "\nSkipAdminPassword=YES\n"),
    ])()


def f_java_runtime():
    p = pw(sym="!#%+-._~^*")
    return ch([
        lambda: T("$ jcmd 4127 VM.system_properties | grep -i pass\njavax.net.ssl.keyStorePassword=", E(GS, p), "\njavax.net.ssl.trustStore=/opt/app/conf/truststore.jks\n"),
        lambda: T("$ jinfo -sysprops 9981\n...\nspring.datasource.url=jdbc\\:postgresql\\://db01\\:5432/orders\nspring.datasource.password=", E(GS, p), "\njava.vm.version=21.0.5+11-LTS\n"),
        lambda: T("# /opt/app/jmxremote.password\nmonitorRole  ", E(GS, pw(sym="")), "\ncontrolRole  ", E(GS, pw(sym="")), "\n"),
        lambda: T("# etc/users.properties (Karaf)\nadmin = ", E(GS, pw(sym="")), ",_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n"),
        lambda: T("$ java -jar jenkins-cli.jar -s https://ci.example.net/ -auth release-bot:", E(GS, "11" + hexs(32)), " build deploy-prod -p TAG=v4.2.1\nERROR: No such job 'deploy-prod'\n"),
        lambda: T("wls:/offline> connect('weblogic', '", E(GS, p), "', 't3://", host(), ":7001')\nConnecting to t3://admin01:7001 with userid weblogic ...\nThis Exception occurred at Sun Dec 06 10:14:22 UTC 2026.\njavax.naming.AuthenticationException: User failed to be authenticated.\n"),
        lambda: T("$ ./add-user.sh -u admin -p '", E(GS, p), "' -g admin --silent\nWFLYDM0065: The user 'admin' already exists in realm 'ManagementRealm'\n"),
        lambda: T("$ cat /tmp/pwdfile\nAS_ADMIN_PASSWORD=", E(GS, p), "\nAS_ADMIN_MASTERPASSWORD=changeit\n$ asadmin --user admin --passwordfile /tmp/pwdfile list-domains\n"),
    ])()


def f_gateway_cfg():
    k = rs(32, "0123456789abcdef")
    return ch([
        lambda: T("# /etc/kong/kong.conf\ndatabase = postgres\npg_host = ", host(), "\npg_user = kong\npg_password = ", E(GS, pw(sym="-._~^*")), "\npg_database = kong\n"),
        lambda: T("_format_version: \"3.0\"\nconsumers:\n  - username: partner-acme\n    keyauth_credentials:\n      - key: ", E(GS, rs(32)), "\n    basicauth_credentials:\n      - username: acme\n        password: ", E(GS, pw(sym="-._~^*")), "\n"),
        lambda: T("deployment:\n  admin:\n    admin_key:\n      - name: admin\n        key: ", E(GS, k), "\n        role: admin\n"),
        lambda: T('{\n  "listen_port": 8080,\n  "secret": "', E(GS, rs(24)), '",\n  "node_secret": "', E(GS, rs(24)), '",\n  "template_path": "/opt/tyk-gateway/templates"\n}\n'),
        lambda: T("$ curl http://127.0.0.1:9180/apisix/admin/routes/1 -H 'X-API-KEY: ", E(GS, k), "' -X PUT -d '{\"uri\":\"/orders/*\",\"upstream\":{\"nodes\":{\"orders:8080\":1}}}'\n{\"error_msg\":\"failed to check token\"}\n"),
        lambda: T("$ apigeetool deployproxy -u ", E("EMAIL", "ops@example.net"), " -p '", E(GS, pw(sym="-._~^*")), "' -o acme-prod -e prod -n orders-v2 -d .\nError: Unauthorized\n"),
    ])()


def f_php_app_cfg():
    p = pw(sym="!#%+-._~^*")
    return ch([
        lambda: T("<?php  // Moodle configuration file\n$CFG->dbtype    = 'pgsql';\n$CFG->dbhost    = 'db01';\n$CFG->dbuser    = 'moodle';\n$CFG->dbpass    = '", E(GS, p), "';\n$CFG->wwwroot   = 'https://learn.example.net';\n"),
        lambda: T("<?php\n$CONFIG = array (\n  'instanceid' => 'oc", rs(10, "abcdefghijklmnopqrstuvwxyz0123456789"), "',\n  'passwordsalt' => '", E(GS, rs(30)), "',\n  'secret' => '", E(GS, rs(48, AL + "+/")), "',\n  'dbuser' => 'nextcloud',\n  'dbpassword' => '", E(GS, p), "',\n);\n"),
        lambda: T("$databases['default']['default'] = [\n  'database' => 'drupal',\n  'username' => 'drupal',\n  'password' => '", E(GS, p), "',\n  'host' => 'mariadb',\n  'driver' => 'mysql',\n];\n$settings['hash_salt'] = '", E(GS, b64url(55)), "';\n"),
        lambda: T("## Database settings\n$wgDBtype = \"mysql\";\n$wgDBserver = \"db01\";\n$wgDBuser = \"wikiuser\";\n$wgDBpassword = \"", E(GS, p), "\";\n$wgSecretKey = \"", E(GS, hexs(64)), "\";\n"),
        lambda: T("class JConfig {\n\tpublic $dbtype = 'mysqli';\n\tpublic $user = 'joomla';\n\tpublic $password = '", E(GS, p), "';\n\tpublic $db = 'joomla';\n\tpublic $secret = '", E(GS, rs(16)), "';\n}\n"),
        lambda: T("$cfg['blowfish_secret'] = '", E(GS, rs(32)), "';\n$i++;\n$cfg['Servers'][$i]['auth_type'] = 'config';\n$cfg['Servers'][$i]['user'] = 'root';\n$cfg['Servers'][$i]['password'] = '", E(GS, p), "';\n"),
        lambda: T("'crypt' => [\n    'key' => '", E(GS, hexs(32)), "'\n],\n'db' => [\n    'connection' => [\n        'default' => [\n            'host' => 'db01',\n            'username' => 'magento',\n            'password' => '", E(GS, p), "',\n"),
        lambda: T("local redis = require \"resty.redis\"\nlocal red = redis:new()\nlocal ok, err = red:connect(\"", E("IPV4", ipv4()), "\", 6379)\nlocal res, err = red:auth(\"", E(GS, p), "\")\nif not res then ngx.log(ngx.ERR, \"failed to authenticate: \", err) end\n"),
    ])()


def f_lang_dumps():
    p = pw(sym="!#%+-._~^*")
    return ch([
        lambda: T("> printfn \"%A\" cfg;;\n{ Host = \"db01\"\n  Port = 5432\n  User = \"orders\"\n  Password = \"", E(GS, p), "\" }\nval it: unit = ()\n"),
        lambda: T("utop # Config.load ();;\n- : Config.t =\n{Config.host = \"db01\"; user = \"orders\"; password = \"", E(GS, p), "\"; pool = 8}\n"),
        lambda: T("groovy:000> conf\n===> [url:jdbc:postgresql://db01/orders, user:orders, password:", E(GS, p), ", maxPool:8]\n"),
        lambda: T("#<AppConfig:0x7f2a1c0e5e40 @host=\"db01\", @user=\"orders\", @password=\"", E(GS, p), "\", @pool=8>\nUnhandled exception: Connection refused (Socket::ConnectError)\n"),
        lambda: T("Error: unhandled exception: cannot open database [DbError]\n  cfg = (host: \"db01\", user: \"orders\", password: \"", E(GS, p), "\", port: 5432)\n"),
        lambda: T("flutter: DbSettings: {host: db01, user: orders, password: ", E(GS, p), ", ssl: true}\nUnhandled exception:\nSocketException: Connection refused (OS Error: Connection refused, errno = 111)\n"),
        lambda: T("> print(inspect(conf))\n{\n  password = \"", E(GS, p), "\",\n  user = \"orders\",\n  host = \"db01\"\n}\n"),
        lambda: T("PS C:\\> $cfg | Format-List\n\nServer   : sql01\nDatabase : Orders\nUser     : svc_orders\nPassword : ", E(GS, p), "\n"),
        lambda: T("debug: config = .{ .host = \"db01\", .user = \"orders\", .password = \"", E(GS, p), "\", .port = 5432 }\nerror: ConnectionRefused\n"),
        lambda: T("% dict get $conf password\n", E(GS, p), "\n% dict get $conf user\norders\n"),
    ])()


def f_cloud_other():
    return ch([
        lambda: T("$ export VULTR_API_KEY=", E(GS, rs(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")), "\n$ vultr-cli instance list\nerror: 401 Unauthorized\n"),
        lambda: T("export UPCLOUD_USERNAME=ops-api\nexport UPCLOUD_PASSWORD=", E(GS, pw(sym="-._~^*")), "\n"),
        lambda: T("$ civo apikey save prod ", E(GS, rs(50)), "\nSaved the API Key prod\n"),
        lambda: T("[default]\nclient_secret = ", E(GS, b64(32)), "\nhost = akab-", rs(16, "abcdefghijklmnopqrstuvwxyz0123456789"), "-", rs(16, "abcdefghijklmnopqrstuvwxyz0123456789"), ".luna.akamaiapis.net\naccess_token = ", E(API, "akab-" + rs(16, "abcdefghijklmnopqrstuvwxyz0123456789") + "-" + rs(16, "abcdefghijklmnopqrstuvwxyz0123456789")), "\nclient_token = ", E(API, "akab-" + rs(16, "abcdefghijklmnopqrstuvwxyz0123456789") + "-" + rs(16, "abcdefghijklmnopqrstuvwxyz0123456789")), "\n"),
        lambda: T("export OS_AUTH_URL=https://keystone.example.net:5000/v3\nexport OS_USERNAME=ops\nexport OS_PASSWORD=", E(GS, pw(sym="-._~^*")), "\nexport OS_PROJECT_NAME=prod\nexport OS_USER_DOMAIN_NAME=Default\n"),
        lambda: T("clouds:\n  prod:\n    auth:\n      auth_url: https://keystone.example.net:5000/v3\n      username: ops\n      password: ", E(GS, pw(sym="-._~^*")), "\n      project_name: prod\n    region_name: RegionOne\n"),
        lambda: T("$ b2 account authorize 005", hexs(21), " ", E(API, "K005" + rs(27)), "\nERROR: Unable to authorize account: Invalid authorization token. (unauthorized)\n"),
        lambda: T("curl -X GET \"https://api.cloudflare.com/client/v4/zones\" -H \"X-Auth-Email: ", E("EMAIL", ascii_handle() + "@example.net"), "\" -H \"X-Auth-Key: ", E(GS, hexs(37)), "\"\n"),
        lambda: T("$ curl -s -H \"Fastly-Key: ", E(GS, rs(32, AL + "-_")), "\" https://api.fastly.com/service\n{\"msg\":\"Provided credentials are missing or invalid\"}\n"),
        lambda: T("curl -H \"Authorization: Apikey ", E(GS, rs(24)), "\" https://api.gandi.net/v5/livedns/domains\n"),
    ])()


def f_ci_more():
    p = pw(sym="-._~^*")
    return ch([
        lambda: T("$ act push -s GITHUB_TOKEN=", E("GITHUB_TOKEN", "ghp_" + rs(36)), " -s DB_PASSWORD=", E(GS, p), "\n[CI/test] ⭐ Run Set up job image=catthehacker/ubuntu:act-latest\n"),
        lambda: T("version: 0.2\nenv:\n  variables:\n    DB_USER: \"orders\"\n    DB_PASSWORD: \"", E(GS, p), "\"\nphases:\n  build:\n    commands:\n      - ./gradlew test\n"),
        lambda: T("substitutions:\n  _DB_HOST: db01.internal\n  _DB_PASS: ", E(GS, p), "\nsteps:\n- name: gcr.io/cloud-builders/docker\n  args: ['build', '--build-arg', 'DB_PASS=${_DB_PASS}', '.']\n"),
        lambda: T("app:\n  envs:\n  - BITRISE_PROJECT_PATH: ios/App.xcworkspace\n  - KEYSTORE_PASSWORD: ", E(GS, p), "\n    opts:\n      is_expand: false\n"),
        lambda: T("workflows:\n  android:\n    environment:\n      vars:\n        CM_KEYSTORE_PASSWORD: ", E(GS, p), "\n        CM_KEY_ALIAS: upload\n"),
        lambda: T("$ sudo gitlab-runner register --non-interactive --url https://gitlab.example.net/ --registration-token ", E(API, "GR1348941" + rs(20, AL + "_-")), " --executor docker\nERROR: Registering runner... forbidden\n"),
        lambda: T("$ earthly --secret NPM_TOKEN=", E(API, "npm_" + rs(36)), " +build\n +build | --> RUN --secret NPM_TOKEN npm ci\n"),
        lambda: T("$ MATCH_PASSWORD='", E(GS, p), "' bundle exec fastlane match appstore --readonly\n[10:14:02]: Cloning remote git repo...\n"),
    ])()


def f_secret_mgr_cli():
    p = pw(sym="!#%+-._~^*")
    return ch([
        lambda: T("$ chamber read orders db_password\nKey\t\tValue\t\t\tVersion\tLastModified\tUser\ndb_password\t", E(GS, p), "\t3\t11-30 14:02:11\tarn:aws:sts::", digits(12), ":assumed-role/ci/ci\n"),
        lambda: T("$ berglas access sm://acme-prod/stripe-webhook-secret\n", E(GS, "whsec_" + rs(32)), "\n"),
        lambda: T("$ gcloud secrets versions access latest --secret=orders-db-password --project acme-prod\n", E(GS, p), "\n"),
        lambda: T("$ infisical secrets get DB_PASSWORD --env=prod --plain\n", E(GS, p), "\n"),
        lambda: T("$ conjur variable get -i prod/orders/db/password\n", E(GS, p), "\n"),
        lambda: T("$ bws secret get ", uid(), "\n{\n  \"object\": \"secret\",\n  \"id\": \"", uid(), "\",\n  \"key\": \"DB_PASSWORD\",\n  \"value\": \"", E(GS, p), "\",\n  \"note\": \"\"\n}\n"),
        lambda: T("$ rbw get \"prod mariadb\"\n", E(GS, p), "\n"),
        lambda: T("$ sops -d secrets/prod.enc.yaml\ndb:\n  user: orders\n  password: ", E(GS, p), "\nsmtp:\n  password: ", E(GS, pw(sym="-._")), "\n"),
        lambda: T("$ akeyless get-secret-value -n /prod/orders/db-password\n", E(GS, p), "\n"),
        lambda: T("$ az keyvault secret show --vault-name kv-acme-prod --name sql-admin --query value -o tsv\n", E(GS, p), "\n"),
    ])()


def f_keys_new():
    return ch([
        lambda: T('"Identity": {\n    "PeerID": "12D3KooW', rs(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"), '",\n    "PrivKey": "', E(PK, base64.b64encode(bytes([8, 1, 18, 64]) + rbytes(64)).decode()), '"\n  },\n'),
        lambda: T('$ cat ~/.cometbft/config/priv_validator_key.json\n{\n  "address": "', hexs(40, True), '",\n  "pub_key": {\n    "type": "tendermint/PubKeyEd25519",\n    "value": "', b64(32), '"\n  },\n  "priv_key": {\n    "type": "tendermint/PrivKeyEd25519",\n    "value": "', E(PK, b64(64)), '"\n  }\n}\n'),
        lambda: T('$ cat payment.skey\n{\n    "type": "PaymentSigningKeyShelley_ed25519",\n    "description": "Payment Signing Key",\n    "cborHex": "', E(PK, "5820" + hexs(64)), '"\n}\n'),
        lambda: T("[wallet 4", rs(10, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"), "]: spendkey\nsecret: ", E(PK, hexs(64)), "\npublic: ", hexs(64), "\n"),
        lambda: T("PASETO_SECRET_KEY=", E(PK, "k4.secret." + b64url(64)), "\nPASETO_PUBLIC_KEY=k4.public.", b64url(32), "\n"),
        lambda: T("PASETO_LOCAL_KEY=", E(GS, "k4.local." + b64url(32)), "\n"),
        lambda: T("$ klist -kteK /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Timestamp           Principal\n---- ------------------- ------------------------------------------------------\n   3 11/30/2026 09:12:44 host/web01.corp.example@CORP.EXAMPLE (aes256-cts-hmac-sha1-96)  (0x", E(GS, hexs(64)), ")\n"),
        lambda: T("$ gpg --export-secret-keys --armor ", E("EMAIL", "ops@example.net"), "\n", E(PK, "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(b64(48) for _ in range(6)) + "\n" + b64(21) + "\n=" + b64(3) + "\n-----END PGP PRIVATE KEY BLOCK-----"), "\n"),
        lambda: T('{"log":"{\\"msg\\":\\"loaded signing key\\",\\"key\\":\\"', E(PK, "-----BEGIN EC PRIVATE KEY-----\\\\n" + b64(48) + "\\\\n" + b64(48)[:60] + "\\\\n-----END EC PRIVATE KEY-----"), '\\"}\\n","stream":"stderr"}\n'),
        lambda: T("$ curl -k --header \"Grpc-Metadata-macaroon: ", E(GS, "0201036c6e6402" + hexs(R.choice([190, 220, 250]))), "\" https://lnd01:8080/v1/getinfo\n"),
    ])()


def f_wire_other():
    p = pw(sym="!#%+-._~^*")
    u = ch(["orders", "replicator", "svc_etl", "backup"])
    return ch([
        lambda: T("PostgreSQL\n    Type: Password message\n    Length: ", str(len(p) + 5), "\n    Password: ", E(GS, p), "\n"),
        lambda: T("Socks Protocol\n    Version: 5\n    Username: ", u, "\n    Password: ", E(GS, p), "\n"),
        lambda: T("$ tshark -r telnet.pcap -qz follow,tcp,ascii,0\nUbuntu 24.04.1 LTS\nsw-core-01 login: admin\nPassword: ", E(GS, p), "\nLast login: Sat Dec  5 22:01:13 UTC 2026\n"),
        lambda: T("[zk: localhost:2181(CONNECTED) 0] addauth digest ", u, ":", E(GS, p), "\n[zk: localhost:2181(CONNECTED) 1] get /kafka/config\nInsufficient permission : /kafka/config\n"),
        lambda: T("[zk: localhost:2181(CONNECTED) 3] getAcl /hbase\n'digest,'", u, ":", E(GS, b64(20)), "\n: cdrwa\n"),
        lambda: T("# /etc/rsyncd.secrets\n", u, ":", E(GS, p), "\nmirror:", E(GS, pw(sym="")), "\n"),
        lambda: T("MongoDB Wire Protocol\n    OpCode: OP_MSG\n    Section\n        Body\n            saslStart: 1\n            mechanism: PLAIN\n            payload: ", E(GS, base64.b64encode(("\x00" + u + "\x00" + p).encode()).decode()), "\n"),
    ])()


def f_voip():
    p = pw(sym="-._~^*")
    ext = digits(4)
    return ch([
        lambda: T("[auth_info_0]\nusername=", ext, "\nuserid=", ext, "\npasswd=", E(GS, p), "\nrealm=pbx.example.net\ndomain=pbx.example.net\n"),
        lambda: T("<sip:", ext, "@pbx.example.net>;auth_pass=", E(GS, p), ";outbound=\"sip:pbx.example.net;transport=tls\";regint=600\n"),
        lambda: T('<include>\n  <user id="', ext, '">\n    <params>\n      <param name="password" value="', E(GS, p), '"/>\n      <param name="vm-password" value="', digits(4), '"/>\n    </params>\n  </user>\n</include>\n'),
        lambda: T("$ kamctl add ", ext, "@pbx.example.net ", E(GS, p), "\nMySQL password for user 'kamailio@localhost':\nnew user '", ext, "@pbx.example.net' added\n"),
        lambda: T("[", ext, "]\ntype=friend\nusername=", ext, "\nsecret=", E(GS, p), "\nhost=dynamic\ncontext=internal\n".replace("type=friend", "type=peer")),
        lambda: T("2026-12-06 10:14:02.118 [UA] register sip:", ext, "@pbx.example.net auth user=", ext, " pass=", E(GS, p), " expires=3600\n"),
    ])()


def f_desktop_prefs():
    p = pw(sym="!#%+-._~^")
    return ch([
        lambda: T("$ defaults read com.acme.Console\n{\n    lastServer = \"https://console.example.net\";\n    password = \"", E(GS, p), "\";\n    username = \"ops\";\n}\n"),
        lambda: T("$ plutil -p ~/Library/Preferences/net.example.agent.plist\n{\n  \"apiToken\" => \"", E(GS, rs(40)), "\"\n  \"endpoint\" => \"https://agent.example.net\"\n}\n"),
        lambda: T("$ dconf dump /org/acme/sync/\n[/]\nserver='https://sync.example.net'\nusername='ops'\npassword='", E(GS, p), "'\n"),
        lambda: T('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">\n<map MAP_XML_VERSION="1.0">\n  <entry key="db.user" value="reporting"/>\n  <entry key="db.password" value="', E(GS, p), '"/>\n</map>\n'),
        lambda: T("[General]\nserver=db01\nuser=reporting\npassword=@ByteArray(", E(GS, p), ")\n"),
        lambda: T('"mssql.connections": [\n    {\n        "server": "sql01.corp.example",\n        "database": "Orders",\n        "authenticationType": "SqlLogin",\n        "user": "sa",\n        "password": "', E(GS, p), '",\n        "savePassword": true\n    }\n]\n'),
        lambda: T("<account>\n  <protocol>prpl-jabber</protocol>\n  <name>ops</name>\n  <password>", E(GS, p), "</password>\n</account>\n"),
        lambda: T("N=Libera\nL=6\nI=ops-bot\nP=", E(GS, p), "\nS=irc.libera.chat/+6697\n"),
        lambda: T('    "rpc-authentication-required": true,\n    "rpc-password": "', E(GS, "{" + hexs(40) + rs(8, "abcdefghijklmnopqrstuvwxyz0123456789")), '",\n    "rpc-username": "admin",\n'),
        lambda: T("[Preferences]\nWebUI\\Username=admin\nWebUI\\Password_PBKDF2=\"@ByteArray(", E(GS, b64(16) + ":" + b64(64)), ")\"\n"),
    ])()


def f_escaped_layers():
    p = rs(R.randint(14, 20))
    return ch([
        lambda: T('{"log":"{\\"level\\":\\"debug\\",\\"msg\\":\\"config loaded\\",\\"config\\":\\"{\\\\\\"db_password\\\\\\":\\\\\\"', E(GS, p), '\\\\\\",\\\\\\"pool\\\\\\":8}\\"}\\n","stream":"stdout","time":"2026-12-06T10:14:02.118Z"}\n'),
        lambda: T("{\\u0022user\\u0022:\\u0022orders\\u0022,\\u0022password\\u0022:\\u0022", E(GS, p), "\\u0022}\n"),
        lambda: T("GET /export?filter=host%3Ddb01%26user%3Dorders%26password%3D", E(GS, p), "%26sslmode%3Drequire HTTP/1.1\n"),
        lambda: T("2026-12-06 10:14:02 DEBUG sent b'{\"username\": \"orders\", \"token\": \"", E(GS, p), "\"}\\n'\n"),
        lambda: T('<Property name="json" value="{&quot;user&quot;:&quot;orders&quot;,&quot;password&quot;:&quot;', E(GS, p), '&quot;}"/>\n'),
        lambda: T('id,payload\n7,"{""user"":""orders"",""password"":""', E(GS, p), '""}"\n'),
        lambda: T('level=info msg="calling upstream" args="[\\"--user\\" \\"orders\\" \\"--password\\" \\"', E(GS, p), '\\"]"\n'),
        lambda: T("2026-12-06T10:14:02Z ERROR payload=%7B%22user%22%3A%22orders%22%2C%22password%22%3A%22", E(GS, p), "%22%7D\n"),
        lambda: T("env:\n  - name: SPRING_APPLICATION_JSON\n    value: \"{\\\"spring.datasource.password\\\":\\\"", E(GS, p), "\\\"}\"\n"),
    ])()


def f_http_schemes():
    return ch([
        lambda: T("curl -k https://splunk-hec.example.net:8088/services/collector/event -H \"Authorization: Splunk ", E(GS, uid()), "\" -d '{\"event\": \"deploy finished\"}'\n"),
        lambda: T("GET /library/sections/2/all?X-Plex-Token=", E(GS, rs(20, AL + "-_")), " HTTP/1.1\" 401 0 \"-\" \"PlexMediaServer/1.41.2\"\n"),
        lambda: T("curl -H \"X-Redmine-API-Key: ", E(GS, hexs(40)), "\" https://redmine.example.net/issues.json?project_id=ops\n"),
        lambda: T("curl -H \"X-JFrog-Art-Api: ", E(API, "AKCp8" + rs(68)), "\" -T app-4.2.1.tgz https://artifactory.example.net/artifactory/npm-local/app/-/app-4.2.1.tgz\n"),
        lambda: T("> POST /api/Spaces-1/deployments HTTP/1.1\n> X-Octopus-ApiKey: ", E(API, "API-" + rs(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")), "\n> Content-Type: application/json\n< HTTP/1.1 401 Unauthorized\n"),
        lambda: T("DEBUG discord.http: POST https://discord.com/api/v10/channels/", digits(19), "/messages with headers {'Authorization': 'Bot ", E(BT, "M" + rs(25) + "." + rs(6, AL + "-_") + "." + rs(38, AL + "-_")), "'}\n"),
        lambda: T("Started GET \"/api/v1/reports\" for ", E("IPV4", ipv4()), "\n  Authorization: Token token=\"", E(BT, rs(32)), "\"\n"),
        lambda: T("curl -X POST https://api.opsgenie.com/v2/alerts -H \"Authorization: GenieKey ", E(GS, uid()), "\" -d @alert.json\n"),
        lambda: T("GET /emby/Users?api_key=", E(GS, hexs(32)), " HTTP/1.1\n"),
        lambda: T("curl -H \"Authorization: Klaviyo-API-Key ", E(API, "pk_" + hexs(34)), "\" -H \"revision: 2024-10-15\" https://a.klaviyo.com/api/profiles/\n"),
    ])()


def f_db_cli_more():
    p = pw(sym="-._~^*")
    return ch([
        lambda: T("$ bteq\n .logon tdprod/dbc,", E(GS, p), "\n *** Failure 8017 The UserId, Password or Account is invalid.\n"),
        lambda: T("$ hdbsql -n hana01:30015 -u SYSTEM -p '", E(GS, p), "' \"SELECT * FROM M_SERVICES\"\n* 10: authentication failed SQLSTATE: 28000\n"),
        lambda: T("$ vsql -h vertica01 -U dbadmin -w '", E(GS, p), "' -c 'select node_name, node_state from nodes'\n"),
        lambda: T("$ exaplus -c exa01:8563 -u sys -p '", E(GS, p), "' -sql \"SELECT * FROM EXA_SYSTEM_EVENTS;\"\n"),
        lambda: T("D CREATE SECRET s3_prod (\n      TYPE S3,\n      KEY_ID '", E("AWS_ACCESS_KEY", "AKIA" + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), "',\n      SECRET '", E("AWS_SECRET_KEY", rs(40, AL + "+/")), "',\n      REGION 'eu-central-1'\n  );\n"),
        lambda: T("$ mc alias set prod https://minio.example.net:9000 ", rs(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), " ", E(GS, rs(40, AL)), "\nmc: <ERROR> Unable to initialize new alias from the provided credentials.\n"),
        lambda: T("<users>\n  <etl>\n    <password_sha256_hex>", E(GS, hexs(64)), "</password_sha256_hex>\n    <networks><ip>::/0</ip></networks>\n    <profile>default</profile>\n  </etl>\n</users>\n"),
        lambda: T("$ cockroach sql --url 'postgresql://", E(CS, "maxroach:" + p), "@crdb-lb:26257/bank?sslmode=verify-full'\nERROR: password authentication failed for user maxroach\n"),
    ])()


def f_mail_servers():
    p = pw(sym="-._~^*!#")
    return ch([
        lambda: T("# /etc/dovecot/users\n", E("EMAIL", ascii_handle() + "@example.net"), ":{PLAIN}", E(GS, p), "::::::\n"),
        lambda: T(E("EMAIL", "relay@example.net"), ":{SHA512-CRYPT}", E(GS, "$6$" + rs(16, AL + "./") + "$" + rs(86, AL + "./")), ":5000:5000::/var/mail/relay::\n"),
        lambda: T("# /etc/postfix/sasl_passwd\n[smtp.relay.example.net]:587 ", E("EMAIL", "postfix@example.net"), ":", E(GS, p), "\n$ postmap /etc/postfix/sasl_passwd\n"),
        lambda: T("# /etc/exim4/passwd.client\n*.relay.example.net:smarthost:", E(GS, p), "\n"),
        lambda: T("$config['des_key'] = '", E(GS, rs(24)), "';\n$config['smtp_user'] = '%u';\n$config['smtp_pass'] = '%p';\n"),
        lambda: T("[mailman]\nsite_owner: ", E("EMAIL", "postmaster@example.net"), "\n[webservice]\nadmin_user: restadmin\nadmin_pass: ", E(GS, p), "\n"),
        lambda: T("# /etc/rspamd/local.d/worker-controller.inc\npassword = \"", E(GS, "$2$" + rs(32, "abcdefghijklmnopqrstuvwxyz0123456789") + "$" + rs(52, "abcdefghijklmnopqrstuvwxyz0123456789")), "\";\n"),
    ])()


def f_chat_secrets():
    p = pw(sym="-._~^*!#")
    n1, n2 = name_script(), name_latin("gf")
    return ch([
        lambda: T("2026. 12. 6. 오후 3:04, ", E("PERSON", n2), " : 스테이징 DB 비번 ", E(GS, p), " 입니다\n2026. 12. 6. 오후 3:05, ", E("PERSON", n1), " : 확인했어요\n"),
        lambda: T('{"type":"post","post":{"team":"ops","channel":"incident-4412","user":"', ascii_handle(), '","message":"temp admin pw for grafana: ', E(GS, p), ' (rotate after)","create_at":1765016042118}}\n'),
        lambda: T("[06.12.26, 15:04:11] ", E("PERSON", n2), ": the kiosk login is admin / ", E(GS, p), "\n"),
        lambda: T('{"msg_type":"text","content":"{\\"text\\":\\"vpn psk = ', E(GS, p), '\\"}","sender":{"sender_type":"user","id":"ou_', hexs(32), '"}}\n'),
        lambda: T(E("PERSON", n2), " 10:14 AM\nhere is the smtp relay password ", E(GS, p), "\n", E("PERSON", n1), " 10:15 AM\nthanks!\n"),
        lambda: T("Rocket.Cat: ", ascii_handle(), " pinned a message: `REDIS_PASSWORD=", E(GS, p), "`\n"),
    ])()


def f_mobile_more():
    p = pw(sym="-._~^*")
    return ch([
        lambda: T("[DOTNET] AuthService: login request {\"username\":\"field-tech-07\",\"password\":\"", E(GS, p), "\"}\n[DOTNET] HttpClient: 401 Unauthorized\n"),
        lambda: T("Generic Password\n----------------\nService: com.acme.field\nAccount: sync-token\nEntitlement Group: ", rs(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ".com.acme.field\nLabel: (null)\nKeychain Data: ", E(GS, rs(40)), "\n"),
        lambda: T("$ eas secret:create --scope project --name SENTRY_AUTH_TOKEN --value ", E(API, "sntrys_" + b64(96).replace("+", "A").replace("/", "B").rstrip("=")), " --type string\n"),
        lambda: T("storePassword=", E(GS, p), "\nkeyPassword=", E(GS, pw(sym="-._")), "\nkeyAlias=upload\nstoreFile=../upload-keystore.jks\n"),
        lambda: T('{\n  "android": {\n    "release": {\n      "keystore": "release.keystore",\n      "storePassword": "', E(GS, p), '",\n      "alias": "acme",\n      "password": "', E(GS, pw(sym="-._")), '",\n      "keystoreType": ""\n    }\n  }\n}\n'),
        lambda: T("$ cat AuthKey_", rs(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ".p8\n", E(PK, "-----BEGIN PRIVATE KEY-----\n" + b64(33)[:44] + "\n" + b64(48) + "\n" + b64(48)[:8] + "\n-----END PRIVATE KEY-----"), "\n"),
        lambda: T("export FASTLANE_USER=", E("EMAIL", "release@example.net"), "\nexport FASTLANE_PASSWORD='", E(GS, p), "'\nexport FASTLANE_SESSION='", E(GS, "---\\n- !ruby/object:HTTP::Cookie\\n  name: myacinfo\\n  value: DAWTKNV" + hexs(80)), "'\n"),
    ])()


def f_iot_home():
    p = pw(sym="-._~^*")
    return ch([
        lambda: T("# secrets.yaml\nmqtt_password: ", E(GS, p), "\nlatitude_home: 0\nwifi_ssid: IoT-2G\n"),
        lambda: T("api:\n  encryption:\n    key: \"", E(GS, b64(32)), "\"\nota:\n  - platform: esphome\n    password: \"", E(GS, hexs(32)), "\"\n"),
        lambda: T("advanced:\n  network_key: [", E(GS, ", ".join(str(R.randrange(256)) for _ in range(16))), "]\n  pan_id: ", str(R.randint(1000, 60000)), "\n  channel: 15\n"),
        lambda: T("13:04:22.118 CMD: Backlog WebPassword ", E(GS, p), "; MqttPassword ", E(GS, pw(sym="-._")), "\n13:04:22.140 RSL: RESULT = {\"WebPassword\":\"****\"}\n"),
        lambda: T("module.exports = {\n    credentialSecret: \"", E(GS, rs(24)), "\",\n    adminAuth: {\n        type: \"credentials\",\n        users: [{ username: \"admin\", password: \"", E(GS, "$2b$08$" + rs(53, AL + "./")), "\", permissions: \"*\" }]\n    },\n"),
        lambda: T("$ curl -u admin:", E(GS, p), " http://", E("IPV4", ipv4()), "/settings/relay/0?turn=on\n"),
    ])()


def f_backup_tools():
    p = pw(sym="-._~^*!#")
    return ch([
        lambda: T("Duplicati.CommandLine.exe backup \"s3://backups/nas\" \"D:\\Shares\" --passphrase=\"", E(GS, p), "\" --aws-access-key-id=backup-nas\n"),
        lambda: T("$ KOPIA_PASSWORD='", E(GS, p), "' kopia repository connect s3 --bucket=acme-kopia --prefix=nas/\nERROR error connecting to repository: invalid repository password\n"),
        lambda: T("Director {\n  Name = bacula-dir\n  Password = \"", E(GS, b64(32).rstrip("=")), "\"\n}\nStorage {\n  Name = File1\n  Address = bk01\n  Password = \"", E(GS, pw(sym="-._")), "\"\n}\n"),
        lambda: T("export PASSPHRASE='", E(GS, p), "'\nduplicity --encrypt-key ", hexs(16, True), " /srv sftp://backup@bk01//srv/dup\n"),
        lambda: T("export PBS_REPOSITORY=backup@pbs@pbs01:datastore1\nexport PBS_PASSWORD='", E(GS, p), "'\nexport PBS_ENCRYPTION_PASSWORD='", E(GS, pw(sym="-._")), "'\nproxmox-backup-client backup root.pxar:/\n"),
        lambda: T("Client {\n  Name = web01-fd\n  Address = web01\n  Password = \"[md5]", E(GS, hexs(32)), "\"\n}\n"),
    ])()


def f_vpn_other():
    p = pw(sym="-._~^*")
    return ch([
        lambda: T("C:\\> vpncmd localhost /SERVER /PASSWORD:", E(GS, p), " /CMD HubList\nError occurred. (Error code: 9)\nPassword is incorrect.\n"),
        lambda: T("secrets {\n    eap-ops {\n        id = ", E("EMAIL", "ops@example.net"), "\n        secret = \"", E(GS, p), "\"\n    }\n    ike-site-b {\n        secret = 0s", E(GS, b64(32)), "\n    }\n}\n"),
        lambda: T("$ echo '", E(GS, p), "' | sudo openconnect --user=ops --passwd-on-stdin vpn.example.net\nPOST https://vpn.example.net/\nLogin failed.\n"),
        lambda: T("$ sudo openfortivpn fw.example.net:443 -u ops -p '", E(GS, p), "'\nERROR:  VPN authentication failed.\n"),
        lambda: T("$ nmcli connection modify office-vpn vpn.secrets 'password=", E(GS, p), "'\n"),
        lambda: T("IPSec gateway vpn.example.net\nIPSec ID branch\nIPSec secret ", E(GS, p), "\nXauth username ops\nXauth password ", E(GS, pw(sym="-._")), "\n"),
    ])()


def f_serialisations():
    """Credentials inside serialisations no earlier set used."""
    p = pw(sym="-._~^*!#")
    return ch([
        lambda: T("# textproto: config/prod.pbtxt\ndatabase {\n  host: \"db01\"\n  user: \"orders\"\n  password: \"", E(GS, p), "\"\n}\n"),
        lambda: T("2026-12-06 10:14:02 cache hit key=sess_", hexs(8), " value=a:2:{s:4:\"user\";s:6:\"orders\";s:8:\"password\";s:", str(len(p)), ":\"", E(GS, p), "\";}\n"),
        lambda: T("<dict>\n\t<key>Username</key>\n\t<string>ops</string>\n\t<key>Password</key>\n\t<string>", E(GS, p), "</string>\n</dict>\n"),
        lambda: T("db {\n  url = \"jdbc:postgresql://db01/orders\"\n  user = orders\n  password = \"", E(GS, p), "\"\n  password = ${?DB_PASSWORD}\n}\n"),
        lambda: T("  services.grafana.settings.security = {\n    admin_user = \"admin\";\n    admin_password = \"", E(GS, p), "\";\n  };\n"),
        lambda: T("let db = { host = \"db01\", user = \"orders\", password = \"", E(GS, p), "\" }\nin db\n"),
        lambda: T("smtp: {\n\thost:     \"smtp.example.net\"\n\tpassword: \"", E(GS, p), "\"\n}\n"),
        lambda: T("bencode: d4:authd4:user6:orders8:password", str(len(p)), ":", E(GS, p), "e4:porti6881ee\n"),
        lambda: T("{:db {:host \"db01\" :user \"orders\" :password \"", E(GS, p), "\"}}\n"),
        lambda: T('{1: "orders", 2: "', E(GS, p), '", 3: h\'', hexs(16), '\'}\n'),
        lambda: T("local env = std.extVar('env');\n{\n  db: { user: 'orders', password: '", E(GS, p), "' },\n}\n"),
        lambda: T("node \"smtp\" {\n    host \"smtp.example.net\"\n    password \"", E(GS, p), "\"\n}\n"),
    ])()


FAMILIES = [f_dns_keys, f_ldap_ad, f_windows_deploy, f_java_runtime, f_gateway_cfg, f_php_app_cfg, f_lang_dumps, f_cloud_other,
            f_ci_more, f_secret_mgr_cli, f_keys_new, f_wire_other, f_voip, f_desktop_prefs, f_escaped_layers, f_http_schemes,
            f_db_cli_more, f_mail_servers, f_chat_secrets, f_mobile_more, f_iot_home, f_backup_tools, f_vpn_other, f_serialisations]
