"""Secret-bearing dotfiles and app configs in layouts the earlier sets did not use. A family returns a list of parts: plain strings
and (TYPE, value) tuples (the labelled spans)."""
from gen import (R, pick, s, hx, b64, b64u, uid, password, aws_id, aws_secret, ghp, api_key, pem, basic, crypt6, bcrypt, ipv4, host,
                 user, jwt, hexkey, AL)

GS, CS, BA, BT, AK, AS, UC, PK, AP, GH = ("GENERIC_SECRET", "CONNECTION_STRING", "BASIC_AUTH", "BEARER_TOKEN", "AWS_ACCESS_KEY",
                                          "AWS_SECRET_KEY", "URL_CREDENTIALS", "PRIVATE_KEY", "API_KEY", "GITHUB_TOKEN")


def f_netrc():
    h1, h2 = pick(["nexus.corp.example.net", "ftp.example.org", "api.heroku.com", "artifacts.acme.io"]), "backup.example.com"
    if R.random() < 0.5:
        return ["$ cat ~/.netrc\nmachine ", h1, "\n  login ", user(), "\n  password ", (GS, password()), "\nmachine ", h2,
                " login ", pick(["bkp", "ops"]), " password ", (GS, password()), "\n"]
    return ["~/.netrc (one line per host)\nmachine ", h1, " login ", user(), " password ", (GS, password()),
            "\nmacdef init\nbinary\nprompt off\n\n"]


def f_pgpass():
    pw = password().replace(":", "")
    esc = pw[:4] + "\\:" + pw[4:]
    return ["# ~/.pgpass  (chmod 600)\n# hostname:port:database:username:password\n", host(), ":5432:orders:", user(), ":", (GS, esc),
            "\n*:*:*:replicator:", (GS, password().replace(":", "")), "\n"]


def f_mycnf():
    q = pick(['"', "'", ""])
    pw = password().replace(q or "#", "") if q else s(14)
    return ["[client]\nuser=", user(), "\nhost=", (("IPV4", ipv4(True))), "\n\n[mysqldump]\nquick\nmax_allowed_packet=64M\npassword=", q,
            (GS, pw + ("#x" if q else "")), q, "\n"]


def f_nuget():
    pw = pick([password(), b64(24), s(52, "abcdefghijklmnopqrstuvwxyz234567")])
    return ['<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="internal" value="https://pkgs.',
            pick(["dev.azure.com/acme/_packaging/feed/nuget/v3/index.json", "nexus.corp.example.net/repository/nuget/"]),
            '" />\n  </packageSources>\n  <packageSourceCredentials>\n    <internal>\n      <add key="Username" value="', user(),
            '" />\n      <add key="ClearTextPassword" value="', (GS, pw), '" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>']


def f_npmrc_pw():
    return ["$ cat .npmrc\nregistry=https://npm.corp.example.net/\n//npm.corp.example.net/:username=", user(),
            "\n//npm.corp.example.net/:_password=", (GS, b64(R.randrange(9, 18))), "\n//npm.corp.example.net/:email=", ("EMAIL", "ci-bot@example.com"),
            "\nalways-auth=true\n"]


def f_pypirc():
    return ["[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ",
            (AP, "pypi-AgEIcHlwaS5vcmc" + s(R.randrange(60, 120), AL + "-_")), "\n\n[internal]\nrepository = https://",
            host(), "/simple/\nusername = ", user(), "\npassword = ", (GS, password()), "\n"]


def f_aws_unusual():
    k = R.randrange(3)
    if k == 0:
        return ["$ cat ~/.aws/credentials\n[default]\naws_access_key_id=", (AK, aws_id("AKIA")), "\naws_secret_access_key=", (AS, aws_secret()),
                "\n\n[profile-old]  ; rotated 2026-10\nAWS_ACCESS_KEY_ID = ", (AK, aws_id("AKIA")), "\nAWS_SECRET_ACCESS_KEY = ", (AS, aws_secret()), "\n"]
    if k == 1:
        return ["[sso-admin]\nregion = eu-north-1\naws_access_key_id     = ", (AK, aws_id("ASIA")), "\naws_secret_access_key = ", (AS, aws_secret()),
                "\naws_session_token     = ", (GS, "IQoJb3JpZ2luX2VjE" + s(R.randrange(180, 300), AL + "+/") + "=="), "\n"]
    return ["s3fs: cat /etc/passwd-s3fs\n", (AK, aws_id("AKIA")), ":", (AS, aws_secret()), "\n$ s3fs media-bucket /mnt/media -o passwd_file=/etc/passwd-s3fs\n"]


def f_kubeconfig():
    cert = b64(48)
    k = R.randrange(3)
    head = ["apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t", cert,
            "\n    server: https://", ("IPV4", ipv4(True)), ":6443\n  name: ", pick(["k3s", "prod-eu", "onprem"]), "\nusers:\n- name: admin\n  user:\n"]
    if k == 0:
        key = pem("RSA PRIVATE KEY", 4)
        import base64
        return head + ["    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t", b64(40), "\n    client-key-data: ",
                       (PK, base64.b64encode(key.encode()).decode()), "\n"]
    if k == 1:
        return head + ["    token: ", (BT, s(6, "abcdefghijklmnopqrstuvwxyz0123456789") + "." + s(16, "abcdefghijklmnopqrstuvwxyz0123456789")), "\n"]
    return head + ["    auth-provider:\n      config:\n        client-id: kubernetes\n        id-token: ", ("JWT", jwt()),
                   "\n        idp-issuer-url: https://dex.example.net\n        refresh-token: ", (BT, s(26, "abcdefghijklmnopqrstuvwxyz0123456789")),
                   "\n      name: oidc\n"]


def f_dockercfg():
    return ['$ cat ~/.docker/config.json\n{\n  "auths": {\n    "', pick(["registry.gitlab.example.com", "harbor.corp.example.net", "quay.io"]),
            '": {\n      "identitytoken": "', (GS, uid() if R.random() < 0.5 else s(64)), '"\n    }\n  },\n  "credsStore": "",\n  "currentContext": "default"\n}']


def f_tool_creds():
    k = R.randrange(8)
    if k == 0:
        return ['$ cat ~/.terraformrc\ncredentials "app.terraform.io" {\n  token = "', (AP, s(14) + ".atlasv1." + s(67)), '"\n}']
    if k == 1:
        return ["$ cat ~/.cargo/credentials.toml\n[registry]\ntoken = \"", (AP, "cio" + s(32)), "\"\n"]
    if k == 2:
        return ["$ cat ~/.gem/credentials\n---\n:rubygems_api_key: ", (AP, "rubygems_" + hx(48)), "\n"]
    if k == 3:
        return ["$ cat ~/.config/gh/hosts.yml\ngithub.com:\n    user: ", user(), "\n    oauth_token: ", (GH, "gho_" + s(36)),
                "\n    git_protocol: https\n"]
    if k == 4:
        return ['$ cat auth.json\n{\n    "github-oauth": {"github.com": "', (GH, ghp()), '"},\n    "http-basic": {\n        "repo.packagist.com": {\n            "username": "token",\n            "password": "',
                (GS, hx(40)), '"\n        }\n    }\n}']
    if k == 5:
        return ["$ cat ~/.databrickscfg\n[DEFAULT]\nhost  = https://adb-", str(R.randrange(10**15, 10**16)), ".", str(R.randrange(1, 20)),
                ".azuredatabricks.net\ntoken = ", (AP, "dapi" + hx(32)), "\n"]
    if k == 6:
        return ["$ cat ~/.boto\n[Credentials]\ngs_access_key_id = GOOG1E", s(55, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "\ngs_secret_access_key = ",
                (GS, s(40, AL + "+/")), "\n"]
    return ["$ cat ~/.s3cfg | grep -E 'key|host'\naccess_key = ", (AK, aws_id("AKIA")), "\nhost_base = s3.amazonaws.com\nsecret_key = ", (AS, aws_secret()), "\n"]


def f_mailrc():
    k = R.randrange(4)
    if k == 0:
        return ['# ~/.fetchmailrc\npoll imap.', pick(["example.com", "firma.se", "seznam.cz"]), ' protocol IMAP\n  user "', user(), '" there with password "',
                (GS, password().replace('"', "")), '" is "', pick(["jiri", "oskar", "emre"]), '" here\n  ssl\n']
    if k == 1:
        return ["# ~/.msmtprc\naccount default\nhost smtp.", pick(["example.com", "example.org"]), "\nport 587\nauth on\nuser ", ("EMAIL", "alerts@example.org"),
                "\npassword ", (GS, password()), "\ntls on\n"]
    if k == 2:
        return ['# ~/.muttrc\nset imap_user = "', ("EMAIL", "oncall@example.net"), '"\nset imap_pass = "', (GS, password().replace('"', "")),
                '"\nset smtp_url = "smtps://oncall@smtp.example.net:465/"\n']
    return ["# ~/.wgetrc\nhttp_user = ", user(), "\nhttp_password = ", (GS, password()), "\nuse_proxy = on\n"]


def f_svn_auth():
    pw = password()
    return ["$ cat ~/.subversion/auth/svn.simple/", hx(32), "\nK 8\npasscache\nV 6\nsimple\nK 8\npassword\nV ", str(len(pw)), "\n",
            (GS, pw), "\nK 15\nsvn:realmstring\nV 45\n<https://svn.example.org:443> Subversion repo\nK 8\nusername\nV 6\n", user()[:6], "\nEND\n"]


def f_tomcat():
    k = R.randrange(3)
    if k == 0:
        return ['<tomcat-users>\n  <role rolename="manager-gui"/>\n  <user username="', user(), '" password="', (GS, password().replace('"', "").replace("&", "")),
                '" roles="manager-gui,admin-gui"/>\n</tomcat-users>']
    if k == 1:
        return ['<Resource name="jdbc/OrdersDB" auth="Container" type="javax.sql.DataSource"\n          username="', user(),
                '" password="', (GS, password().replace('"', "").replace("&", "")), '"\n          driverClassName="org.postgresql.Driver" url="jdbc:postgresql://',
                host(), ':5432/orders"/>']
    return ['<Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true"\n           keystoreFile="conf/keystore.p12" keystorePass="',
            (GS, password().replace('"', "").replace("&", "")), '" />']


def f_jetty_realm():
    obf = "".join(pick(["1v2j", "1uum", "1xtv", "1zej", "1zer", "1xtn", "1uvk", "1v1v", "1y0s", "1vnw", "1z0f"]) for _ in range(R.randrange(6, 10)))
    return ["# etc/realm.properties\n# username: password[,rolename ...]\n", user(), ": ", (GS, "OBF:" + obf), ", server-administrator, content-administrator\n",
            pick(["guest", "reader"]), ": ", (GS, "MD5:" + hx(32)), ", user\n"]


def f_apache_ldap():
    return ["<Location /admin>\n  AuthType Basic\n  AuthName \"Ops\"\n  AuthBasicProvider ldap\n  AuthLDAPURL \"ldaps://", host(),
            "/ou=people,dc=example,dc=org?uid\"\n  AuthLDAPBindDN \"cn=svc-apache,ou=services,dc=example,dc=org\"\n  AuthLDAPBindPassword \"",
            (GS, password().replace('"', "")), "\"\n  Require ldap-group cn=ops,ou=groups,dc=example,dc=org\n</Location>\nSetEnv DB_PASS ", (GS, s(18)), "\n"]


def f_squid_apt():
    k = R.randrange(3)
    u, p = user(), password().replace("@", "").replace(":", "").replace('"', "").replace("/", "")
    if k == 0:
        return ["# /etc/apt/apt.conf.d/95proxy\nAcquire::http::Proxy \"http://", (UC, u + ":" + p), "@", ("IPV4", ipv4(True)), ":3128/\";\n"]
    if k == 1:
        return ["# /etc/yum.conf\n[main]\nproxy=http://proxy.corp.example.net:8080\nproxy_username=", u, "\nproxy_password=", (GS, p), "\n"]
    return ["cache_peer parent.corp.example.net parent 3128 0 no-query default login=", (BA, u + ":" + p), "\nnever_direct allow all\n"]


def f_cntlm_telegraf():
    if R.random() < 0.5:
        return ["# /etc/cntlm.conf\nUsername\t", user(), "\nDomain\t\tCORP\nPassNTLMv2\t", (GS, hx(32).upper()), "\nProxy\t\t", ("IPV4", ipv4(True)), ":8080\n"]
    u, p = user(), password().replace("@", "").replace(":", "").replace('"', "")
    return ['[[outputs.influxdb_v2]]\n  urls = ["http://', ("IPV4", ipv4(True)), ':8086"]\n  token = "', (GS, b64(64).rstrip("=") + "=="),
            '"\n  organization = "ops"\n\n[[inputs.mysql]]\n  servers = ["', (CS, u + ":" + p), "@tcp(", host(), ':3306)/?tls=false"]\n']


def f_go_dsn():
    u, p = user(), password().replace("@", "").replace(":", "").replace("/", "")
    return [pick(["2026/12/06 09:14:03 ", "time=2026-12-06T09:14:03Z level=info "]), "connecting with DSN=", (CS, u + ":" + p), "@tcp(",
            ("IPV4", ipv4(True)), ":3306)/", pick(["orders", "billing", "inventory"]), "?parseTime=true&timeout=5s\n"]


def f_cloudinit():
    k = R.randrange(3)
    if k == 0:
        return ["#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    root:", (GS, password()), "\n    ubuntu:", (GS, password()),
                "\nssh_pwauth: true\n"]
    if k == 1:
        return ["#cloud-config\nusers:\n  - name: ops\n    lock_passwd: false\n    passwd: ", (GS, crypt6()),
                "\n    sudo: ALL=(ALL) NOPASSWD:ALL\n"]
    return ["# anaconda-ks.cfg\nlang en_US.UTF-8\nrootpw --plaintext ", (GS, password()),
            "\nuser --name=ops --password=", (GS, password()), " --plaintext\n# preseed:\nd-i passwd/root-password password ", (GS, s(12)),
            "\nd-i passwd/root-password-again password ", (GS, s(12)), "\n"]


def f_packer_vagrant():
    if R.random() < 0.5:
        return ['source "vsphere-iso" "rhel9" {\n  vcenter_server = "vc.corp.example.net"\n  username       = "', ("EMAIL", "administrator@vsphere.local"), '"\n  password       = "',
                (GS, password().replace('"', "")), '"\n  ssh_username   = "packer"\n  ssh_password   = "', (GS, password().replace('"', "")), '"\n}']
    return ['Vagrant.configure("2") do |config|\n  config.vm.box = "win2022"\n  config.winrm.username = "Administrator"\n  config.winrm.password = "',
            (GS, password().replace('"', "")), '"\nend']
