"""Secret families (22): credentials in tools, files and wrappers no earlier set used."""
from gen import E, T, b62, b64, b64url, chars, hexs, ipv4, password, uuid, ALNUM, B32, WORDS
import base64

import people

GS, AK, UC, CS, BA, BT = "GENERIC_SECRET", "API_KEY", "URL_CREDENTIALS", "CONNECTION_STRING", "BASIC_AUTH", "BEARER_TOKEN"
XMLSAFE = "!#%*+-.=^_~@"
SHSAFE = "#%+-.=@^_~"


def host(r):
    return r.choice(["srv-fs01", "dc02.corp.example", "mail.example.net", "nas-01.lan", "build-07", "hv-node3", "gw-edge-2",
                     "db-replica-1.internal", "vpn.example.org", "app-prod-4"])


def user(r):
    return r.choice(["svc_backup", "deploy", "admin", "ops", "jenkins", "svc-sql", "root", "m.okello", "integration", "backup-agent"])


def f_unattended_install(r):
    p = lambda: password(r, XMLSAFE)
    return [
        lambda: T("<UserAccounts>\n  <AdministratorPassword>\n    <Value>", E(GS, p()), "</Value>\n    <PlainText>true</PlainText>\n"
                  "  </AdministratorPassword>\n</UserAccounts>"),
        lambda: T('<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">\n  <AutoLogon>\n    <Password>\n'
                  "      <Value>", E(GS, p()), "</Value>\n      <PlainText>true</PlainText>\n    </Password>\n    <Enabled>true</Enabled>\n"
                  "    <LogonCount>2</LogonCount>\n    <Username>", user(r), "</Username>\n  </AutoLogon>"),
        lambda: T("<LocalAccount wcm:action=\"add\">\n  <Password>\n    <Value>", E(GS, p()), "</Value>\n    <PlainText>true</PlainText>\n"
                  "  </Password>\n  <Group>Administrators</Group>\n  <Name>", user(r), "</Name>\n</LocalAccount>"),
        lambda: T("# bsdinstall script, post-install section\n#!/bin/sh\nsysrc sshd_enable=YES\necho '", E(GS, password(r, "#%+-.=@^_~!")),
                  "' | pw usermod root -h 0\npw useradd ops -m -G wheel"),
        lambda: T("# answer.toml for proxmox-auto-install-assistant\n[global]\nkeyboard = \"de\"\ncountry = \"at\"\nfqdn = \"pve-",
                  str(r.randrange(1, 30)), ".lab.example\"\nmailto = \"", E("EMAIL", "ops@example.net"), "\"\ntimezone = \"Europe/Vienna\"\nroot_password = \"",
                  E(GS, password(r, "#%+-.=@^_~!")), "\"\n\n[network]\nsource = \"from-dhcp\""),
        lambda: T("  users.users.root.initialPassword = \"", E(GS, password(r, "#%+-.=@^_~!")), "\";\n  users.users.ops = {\n    isNormalUser = true;\n"
                  "    extraGroups = [ \"wheel\" ];\n  };"),
        lambda: T("<users config:type=\"list\">\n  <user>\n    <username>root</username>\n    <user_password>", E(GS, p()),
                  "</user_password>\n    <encrypted config:type=\"boolean\">false</encrypted>\n  </user>\n</users>"),
    ]


def f_apple_plist(r):
    p = lambda: password(r, XMLSAFE)
    ssid = lambda: r.choice(["Corp-WLAN", "Warehouse-5G", "OT-Floor", "Guest-Staff", "Lab-IoT"])
    return [
        lambda: T("<dict>\n\t<key>AutoJoin</key>\n\t<true/>\n\t<key>EncryptionType</key>\n\t<string>WPA2</string>\n\t<key>Password</key>\n\t<string>",
                  E(GS, p()), "</string>\n\t<key>PayloadType</key>\n\t<string>com.apple.wifi.managed</string>\n\t<key>SSID_STR</key>\n\t<string>",
                  ssid(), "</string>\n</dict>"),
        lambda: T("<key>IPSec</key>\n<dict>\n\t<key>AuthenticationMethod</key>\n\t<string>SharedSecret</string>\n\t<key>SharedSecret</key>\n\t<data>\n\t",
                  E(GS, b64(r, r.choice([12, 18, 24]))), "\n\t</data>\n\t<key>XAuthEnabled</key>\n\t<integer>1</integer>\n</dict>"),
        lambda: T("$ plutil -p ~/Library/Preferences/com.example.syncagent.plist\n{\n  \"AccountName\" => \"", user(r), "\"\n  \"Password\" => \"",
                  E(GS, password(r, "#%+-.=@^_~!")), "\"\n  \"ServerURL\" => \"https://sync.example.com\"\n}"),
        lambda: T("$ defaults read com.example.vpnclient\n{\n    AutoConnect = 1;\n    Password = \"", E(GS, password(r, "#%+-.=@^_~!")),
                  "\";\n    Server = \"vpn.example.org\";\n    Username = ", user(r), ";\n}"),
        lambda: T("<key>PayloadContent</key>\n<array>\n\t<dict>\n\t\t<key>EmailAddress</key>\n\t\t<string>", E("EMAIL", "exchange@corp.example"), "</string>\n"
                  "\t\t<key>Host</key>\n\t\t<string>outlook.corp.example</string>\n\t\t<key>Password</key>\n\t\t<string>", E(GS, p()),
                  "</string>\n\t\t<key>PayloadType</key>\n\t\t<string>com.apple.eas.account</string>\n"),
        lambda: T("<key>PayloadType</key>\n<string>com.apple.firstactiveethernet.managed</string>\n<key>EAPClientConfiguration</key>\n<dict>\n"
                  "\t<key>UserName</key>\n\t<string>", user(r), "</string>\n\t<key>UserPassword</key>\n\t<string>", E(GS, p()),
                  "</string>\n\t<key>AcceptEAPTypes</key>\n\t<array><integer>25</integer></array>\n</dict>"),
    ]


def f_linux_wifi(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    ssid = lambda: r.choice(["Corp-WLAN", "Warehouse-5G", "OT-Floor", "Staff", "Lab-IoT", "Kiosk-Net"])
    return [
        lambda: T("# /etc/NetworkManager/system-connections/", ssid(), ".nmconnection\n[connection]\nid=Warehouse\ntype=wifi\n\n[wifi]\nmode=infrastructure\n"
                  "ssid=Warehouse-5G\n\n[wifi-security]\nkey-mgmt=wpa-psk\npsk=", E(GS, sp()), "\n\n[ipv4]\nmethod=auto"),
        lambda: T("$ sudo nmcli dev wifi connect ", ssid(), " password '", E(GS, sp()), "' ifname wlp2s0\nDevice 'wlp2s0' successfully activated with "
                  "'", uuid(r), "'."),
        lambda: T("# cat /var/lib/iwd/", ssid(), ".psk\n[Security]\nPassphrase=", E(GS, sp()), "\n\n[Settings]\nAutoConnect=true"),
        lambda: T("C:\\> netsh wlan show profile name=\"", ssid(), "\" key=clear\n\nSecurity settings\n-----------------\n    Authentication         : WPA2-Personal\n"
                  "    Cipher                 : CCMP\n    Security key           : Present\n    Key Content            : ", E(GS, sp()),
                  "\n\nCost settings\n-------------"),
        lambda: T("$ nmcli connection modify office-vpn +vpn.secrets 'password=", E(GS, sp()), "'\n$ nmcli connection up office-vpn"),
        lambda: T("# /var/lib/connman/wifi_", hexs(r, 12), "_managed_psk/settings\n[wifi_", hexs(r, 12), "_managed_psk]\nName=", ssid(),
                  "\nAutoConnect=true\nPassphrase=", E(GS, sp()), "\nIPv4.method=dhcp"),
    ]


def f_mail_sync(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    return [
        lambda: T("IMAPAccount work\nHost imap.example.net\nUser ", user(r), "\nPass ", E(GS, sp()), "\nSSLType IMAPS\n\nIMAPStore work-remote\nAccount work"),
        lambda: T("[Repository Remote]\ntype = IMAP\nremotehost = imap.example.net\nremoteuser = ", user(r), "\nremotepass = ", E(GS, sp()),
                  "\nsslcacertfile = /etc/ssl/certs/ca-certificates.crt"),
        lambda: T("[retriever]\ntype = SimpleIMAPSSLRetriever\nserver = imap.example.net\nusername = ", user(r), "\npassword = ", E(GS, sp()),
                  "\n\n[destination]\ntype = Maildir\npath = ~/Maildir/"),
        lambda: T("[storage work_contacts_remote]\ntype = \"carddav\"\nurl = \"https://dav.example.net/\"\nusername = \"", user(r),
                  "\"\npassword = \"", E(GS, sp()), "\""),
        lambda: T('user_pref("mail.server.server2.hostname", "imap.example.net");\nuser_pref("mail.server.server2.userName", "', user(r),
                  '");\nuser_pref("mail.server.server2.password", "', E(GS, sp()), '");\nuser_pref("mail.server.server2.port", 993);'),
        lambda: T("account default\nhost smtp.example.net\nport 587\nauth on\nuser ", user(r), "\npasswordeval \"echo ", E(GS, sp()), "\"\ntls on"),
    ]


def f_media_servers(r):
    k = lambda: hexs(r, 32)
    return [
        lambda: T("<Config>\n  <BindAddress>*</BindAddress>\n  <Port>8989</Port>\n  <SslPort>9898</SslPort>\n  <EnableSsl>False</EnableSsl>\n  <ApiKey>",
                  E(GS, k()), "</ApiKey>\n  <AuthenticationMethod>Forms</AuthenticationMethod>\n  <Branch>main</Branch>\n</Config>"),
        lambda: T("[misc]\nhost = ::\nport = 8080\nusername = ", user(r), "\npassword = ", E(GS, password(r, "#%+-.=@^_~!")), "\napi_key = ", E(GS, k()),
                  "\nnzb_key = ", E(GS, k()), "\n"),
        lambda: T(E("IPV4", ipv4(r, True)), " - - [07/Dec/2026:09:14:22 +0000] \"GET /Items/", hexs(r, 32), "/Images/Primary?api_key=",
                  E(GS, k()), " HTTP/1.1\" 200 48211 \"-\" \"Jellyfin-Web\""),
        lambda: T("ControlIP=0.0.0.0\nControlPort=6789\nControlUsername=nzbget\nControlPassword=", E(GS, password(r, "#%+-.=@^_~!")),
                  "\nRestrictedUsername=\nRestrictedPassword="),
        lambda: T("$ curl -i --data 'username=admin&password=", E(GS, password(r, "-._~")), "' http://localhost:8080/api/v2/auth/login\n"
                  "HTTP/1.1 200 OK\nset-cookie: SID=", E(GS, b62(r, 32)), "; HttpOnly; path=/; SameSite=Strict\n\nOk."),
        lambda: T("[Info] Radarr.Http.Authentication: Auth-Success ip 127.0.0.1 username 'admin'\n[Debug] Api: [GET] /api/v3/movie?apikey=",
                  E(GS, k()), ": 200.OK (31 ms)"),
    ]


def f_directory_admin(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    dom = lambda: r.choice(["CORP", "AD", "LAB", "OPS"])
    return [
        lambda: T("# samba-tool domain provision --use-rfc2307 --realm=", dom(), ".EXAMPLE.NET --domain=", dom(), " --server-role=dc "
                  "--dns-backend=SAMBA_INTERNAL --adminpass='", E(GS, sp()), "'"),
        lambda: T("$ sudo samba-tool user setpassword ", user(r), " --newpassword='", E(GS, sp()), "'\nChanged password OK"),
        lambda: T("# kadmin.local -q \"addprinc -pw ", E(GS, password(r, "#%+-.=@^_~")), " ", user(r), "@", dom(), ".EXAMPLE.NET\"\n"
                  "Authenticating as principal root/admin@EXAMPLE.NET with password.\nPrincipal \"", user(r), "@EXAMPLE.NET\" created."),
        lambda: T("$ kadmin -p admin/admin -w '", E(GS, sp()), "' -q 'ktadd -k /etc/krb5.keytab host/", host(r), "'"),
        lambda: T("# /etc/openldap/slapd.conf\ndatabase mdb\nsuffix \"dc=example,dc=net\"\nrootdn \"cn=Manager,dc=example,dc=net\"\nrootpw ",
                  E(GS, sp()), "\ndirectory /var/lib/ldap"),
        lambda: T("[general]\nfull_machine_name = ldap01.example.net\n\n[slapd]\ninstance_name = ldap01\nroot_password = ", E(GS, sp()),
                  "\n\n[backend-userroot]\nsuffix = dc=example,dc=net"),
        lambda: T("$ ldappasswd -H ldaps://ldap.example.net -x -D \"uid=", user(r), ",ou=people,dc=example,dc=net\" -w '", E(GS, sp()),
                  "' -s '", E(GS, sp()), "'"),
    ]


def f_win_deploy(r):
    sp = lambda: password(r, "#%+-.=@_~!")
    return [
        lambda: T("C:\\> reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d \"", E(GS, sp()),
                  "\" /f\nThe operation completed successfully."),
        lambda: T("C:\\Tools> Autologon64.exe ", user(r), " CORP ", E(GS, sp()), " /accepteula"),
        lambda: T("C:\\> netdom join %COMPUTERNAME% /domain:corp.example.net /UserD:CORP\\", user(r), " /PasswordD:", E(GS, sp()),
                  " /reboot:30\nThe computer needs to be restarted in order to complete the operation."),
        lambda: T("C:\\> certutil -f -p \"", E(GS, sp()), "\" -importpfx C:\\certs\\wildcard-2026.pfx\nCertificate \"*.example.net\" added to store.\n"
                  "CertUtil: -importPFX command completed successfully."),
        lambda: T("msiexec /i SQLAgentSetup.msi /qn SERVICEACCOUNT=CORP\\svc-sql SERVICEPASSWORD=\"", E(GS, sp()), "\" /L*v C:\\Temp\\install.log"),
        lambda: T("PS C:\\> net user ", user(r), " ", E(GS, password(r, "#%+-.=@_~")), " /add /passwordchg:no /expires:never\n"
                  "The command completed successfully."),
    ]


def f_game_servers(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    return [
        lambda: T("#Minecraft server properties\n#Mon Dec 07 09:12:44 UTC 2026\nenable-rcon=true\nrcon.port=25575\nrcon.password=", E(GS, sp()),
                  "\nmotd=Survival EU\nmax-players=40"),
        lambda: T("$ mcrcon -H ", E("IPV4", ipv4(r, True)), " -P 25575 -p '", E(GS, sp()), "' \"whitelist add Steve_92\" \"save-all\""),
        lambda: T("// server.cfg\nhostname \"EU #3 | 128 tick\"\nrcon_password \"", E(GS, sp()), "\"\nsv_password \"\"\nsv_lan 0"),
        lambda: T("$ steamcmd +force_install_dir /srv/ark +login ", user(r), " ", E(GS, password(r, "#%+-.=@^_~")), " +app_update 376030 validate +quit"),
        lambda: T("[ServerSettings]\nServerPassword=\nServerAdminPassword=", E(GS, sp()), "\nRCONEnabled=True\nRCONPort=27020"),
        lambda: T("<property name=\"ServerName\" value=\"Horde Night EU\"/>\n<property name=\"ServerPassword\" value=\"", E(GS, password(r, XMLSAFE)),
                  "\"/>\n<property name=\"ServerMaxPlayerCount\" value=\"8\"/>"),
        lambda: T("[/Script/Pal.PalGameWorldSettings]\nOptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,ServerName=\"Pals EU\","
                  "AdminPassword=\"", E(GS, password(r, "#%+-.=@^_~!")), "\",ServerPassword=\"\",PublicPort=8211,RCONEnabled=True)"),
    ]


def f_selfhost_apps(r):
    return [
        lambda: T("server_name: \"matrix.example.org\"\npid_file: /data/homeserver.pid\nregistration_shared_secret: \"", E(GS, b62(r, 50)),
                  "\"\nreport_stats: false\nmacaroon_secret_key: \"", E(GS, b62(r, 50)), "\"\nform_secret: \"", E(GS, b62(r, 50)), "\""),
        lambda: T("LOCAL_DOMAIN=social.example.org\nREDIS_HOST=redis\nOTP_SECRET=", E(GS, hexs(r, 128)), "\nS3_ENABLED=false"),
        lambda: T("ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY=", E(GS, b62(r, 32)), "\nACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT=",
                  E(GS, b62(r, 32)), "\nACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY=", E(GS, b62(r, 32))),
        lambda: T("# mailcow.conf\nMAILCOW_HOSTNAME=mx.example.net\nDBNAME=mailcow\nDBUSER=mailcow\nDBPASS=", E(GS, b62(r, 28)), "\nDBROOT=",
                  E(GS, b62(r, 28)), "\nHTTP_PORT=80"),
        lambda: T("services:\n  vaultwarden:\n    image: vaultwarden/server:latest\n    environment:\n      DOMAIN: \"https://vault.example.net\"\n"
                  "      ADMIN_TOKEN: \"", E(GS, b64(r, 48)), "\"\n      SIGNUPS_ALLOWED: \"false\""),
        lambda: T("AUTHENTIK_SECRET_KEY=", E(GS, b64(r, 45)), "\nAUTHENTIK_ERROR_REPORTING__ENABLED=false\nPG_PASS=", E(GS, b62(r, 36))),
        lambda: T("URL=https://wiki.example.net\nSECRET_KEY=", E(GS, hexs(r, 64)), "\nUTILS_SECRET=", E(GS, hexs(r, 64)), "\nDEFAULT_LANGUAGE=en_US"),
    ]


def f_firewall_router(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    return [
        lambda: T("# OPNsense apikey.txt (downloaded from System > Access > Users)\nkey=", b62(r, 80), "\nsecret=", E(GS, b62(r, 80))),
        lambda: T("$ curl -k -u \"", E(BA, b62(r, 80) + ":" + b62(r, 80)), "\" https://fw01.example.net/api/core/firmware/status"),
        lambda: T("root@OpenWrt:~# uci set wireless.@wifi-iface[0].key='", E(GS, sp()), "'\nroot@OpenWrt:~# uci commit wireless && wifi reload"),
        lambda: T("root@OpenWrt:~# uci show network.wan\nnetwork.wan=interface\nnetwork.wan.proto='pppoe'\nnetwork.wan.username='pppoe-", str(r.randrange(10**6, 10**7)),
                  "'\nnetwork.wan.password='", E(GS, sp()), "'\nnetwork.wan.ipv6='auto'"),
        lambda: T("[~HUAWEI] aaa\n[~HUAWEI-aaa] local-user netops password irreversible-cipher ", E(GS, sp()),
                  "\n[*HUAWEI-aaa] local-user netops service-type ssh\n[*HUAWEI-aaa] commit"),
        lambda: T("<phase1>\n  <ikeid>3</ikeid>\n  <iketype>ikev2</iketype>\n  <authentication_method>pre_shared_key</authentication_method>\n"
                  "  <pre-shared-key>", E(GS, password(r, XMLSAFE)), "</pre-shared-key>\n  <descr><![CDATA[HQ to branch]]></descr>\n</phase1>"),
        lambda: T("ubnt@edge# set system login user ops authentication plaintext-password '", E(GS, sp()), "'\nubnt@edge# commit ; save"),
    ]


def f_virt_hosts(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    return [
        lambda: T("$ xe -s ", host(r), " -u root -pw '", E(GS, sp()), "' vm-list power-state=running params=name-label"),
        lambda: T("virt-install --name win2022 --memory 8192 --vcpus 4 --disk size=80 --cdrom /iso/win2022.iso \\\n  --graphics vnc,listen=0.0.0.0,password=",
                  E(GS, password(r, "#%+-.=@^_~")), " --os-variant win2k22"),
        lambda: T("[environment:default]\nOVESETUP_CONFIG/adminPassword=str:", E(GS, sp()), "\nOVESETUP_CONFIG/fqdn=str:engine.example.net\n"
                  "OVESETUP_DB/password=str:", E(GS, sp())),
        lambda: T("$ curl -s -H 'Authorization: PVEAPIToken=root@pam!ci=", E(GS, uuid(r)), "' https://pve01.example.net:8006/api2/json/nodes"),
        lambda: T("$ VBoxManage unattended install \"ubuntu-lab\" --iso=/iso/ubuntu-24.04.iso --user=", user(r), " --password='", E(GS, sp()),
                  "' --full-user-name=\"Lab Admin\" --start-vm=headless"),
        lambda: T("$ lxc config set core.trust_password ", E(GS, password(r, "#%+-.=@^_~")), "\n$ lxc config get core.https_address\n[::]:8443"),
    ]


def f_heredoc_stores(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    return [
        lambda: T("$ kubectl -n payments create secret generic db-creds --from-env-file=/dev/stdin <<'EOF'\nDB_USER=payments\nDB_PASSWORD=",
                  E(GS, sp()), "\nEOF\nsecret/db-creds created"),
        lambda: T("$ gcloud secrets versions add smtp-relay-password --data-file=- <<'EOF'\n", E(GS, sp()), "\nEOF\nCreated version [3] of the secret [smtp-relay-password]."),
        lambda: T("$ az keyvault secret set --vault-name kv-prod-weu --name sftp-password --file /dev/stdin <<< '", E(GS, sp()), "'"),
        lambda: T("$ sops --set '[\"database\"][\"password\"] \"", E(GS, password(r, "#%+-.=@^_~!")), "\"' secrets/prod.enc.yaml"),
        lambda: T("$ aws secretsmanager put-secret-value --secret-id prod/ledger/api --secret-string file:///dev/stdin <<EOF\n"
                  "{\"username\":\"ledger\",\"password\":\"", E(GS, password(r, "#%+-.=@^_~!")), "\"}\nEOF"),
        lambda: T("$ cat <<EOF | vault kv put -mount=secret ci/registry -\n{\"user\": \"ci-push\", \"token\": \"", E(GS, b62(r, 40)), "\"}\nEOF\n"
                  "Success! Data written to: secret/data/ci/registry"),
    ]


def f_xml_typed(r):
    xp = lambda: password(r, XMLSAFE)
    return [
        lambda: T("<bean id=\"dataSource\" class=\"com.zaxxer.hikari.HikariDataSource\">\n  <property name=\"jdbcUrl\" value=\"jdbc:postgresql://db.example.net/orders\"/>\n"
                  "  <property name=\"username\" value=\"orders\"/>\n  <property name=\"password\" value=\"", E(GS, xp()), "\"/>\n</bean>"),
        lambda: T("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n<properties>\n"
                  "  <entry key=\"db.user\">reports</entry>\n  <entry key=\"db.password\">", E(GS, xp()), "</entry>\n</properties>"),
        lambda: T("<soapenv:Body>\n  <ns2:login xmlns:ns2=\"urn:partner.example.com\">\n    <ns2:username xsi:type=\"xsd:string\">", user(r),
                  "</ns2:username>\n    <ns2:password xsi:type=\"xsd:string\">", E(GS, xp()), "</ns2:password>\n  </ns2:login>\n</soapenv:Body>"),
        lambda: T("<Group>\n  <Entry>\n    <String><Key>Title</Key><Value>core switch</Value></String>\n    <String><Key>UserName</Key><Value>admin</Value></String>\n"
                  "    <String><Key>Password</Key><Value ProtectInMemory=\"True\">", E(GS, xp()), "</Value></String>\n  </Entry>\n</Group>"),
        lambda: T("<userSettings>\n  <Contoso.Sync.Properties.Settings>\n    <setting name=\"SmtpUser\" serializeAs=\"String\">\n      <value>relay</value>\n    </setting>\n"
                  "    <setting name=\"SmtpPassword\" serializeAs=\"String\">\n      <value>", E(GS, xp()), "</value>\n    </setting>\n"),
        lambda: T("<Property Id=\"SQLSERVER\" Value=\"sql01\\PROD\" />\n<Property Id=\"SQLPASSWORD\" Value=\"", E(GS, xp()), "\" Hidden=\"yes\" />"),
        lambda: T("<PropertyGroup Condition=\"'$(Configuration)' == 'Release'\">\n  <MSDeployServiceURL>https://web01:8172/msdeploy.axd</MSDeployServiceURL>\n"
                  "  <UserName>deploy</UserName>\n  <Password>", E(GS, xp()), "</Password>\n  <AllowUntrustedCertificate>True</AllowUntrustedCertificate>\n</PropertyGroup>"),
        lambda: T("<resources>\n    <string name=\"app_name\">FieldOps</string>\n    <string name=\"mqtt_password\" translatable=\"false\">", E(GS, xp()),
                  "</string>\n</resources>"),
    ]


def f_escaped_quoting(r):
    def with_quote(q):
        w = r.choice(WORDS)
        return w.capitalize() + q + r.choice(["s", "t", "ll"]) + str(r.randrange(10, 999)) + r.choice(["!", "#", "%"]) + r.choice(WORDS)
    return [
        lambda: T("1> CREATE LOGIN [svc_etl] WITH PASSWORD = N'", E(GS, with_quote("''")), "', CHECK_POLICY = ON;\n2> GO"),
        lambda: T("@echo off\nset DB_USER=etl\nset DB_PASS=", E(GS, r.choice(WORDS).capitalize() + "^&" + str(r.randrange(100, 9999)) + "^!"
                                                          + r.choice(WORDS)), "\ncall import.cmd"),
        lambda: T("deploy:\n\tcurl -fsS -u ", E(BA, "deploy:" + r.choice(WORDS) + "$$" + str(r.randrange(100, 9999)) + r.choice(WORDS).capitalize()),
                  " https://repo.example.net/upload -T dist.tgz"),
        lambda: T("host,port,user,password,notes\nsftp.partner.example,22,acme_upload,\"", E(GS, with_quote("\"\"")), "\",rotated 2026-11\n"),
        lambda: T("smtp:\n  host: smtp.example.net\n  user: alerts\n  password: '", E(GS, with_quote("''")), "'"),
        lambda: T("{\"level\":\"debug\",\"msg\":\"vault write\",\"body\":\"{\\\"password\\\":\\\"", E(GS, with_quote("\\\\\\\"")),
                  "\\\"}\"}"),
        lambda: T("{\"service\":\"billing\",\"password\":\"", E(GS, with_quote("\\\"")), "\",\"port\":5432}"),
        lambda: T("security:\n  user:\n    name: actuator\n    password: \"{noop}", E(GS, password(r, "#%+-.=@^_~!")), "\""),
        lambda: T("# /etc/dovecot/users\n", user(r), ":{PLAIN}", E(GS, password(r, "#%+-.=@^_~!")), ":1001:1001::/home/vmail::"),
    ]


def f_build_cache_ci(r):
    return [
        lambda: T("NX_CLOUD_ACCESS_TOKEN=", E(GS, b64(r, 48)), "\nNX_BRANCH=main\nNX_VERBOSE_LOGGING=false"),
        lambda: T("- run: npx turbo run build --team=acme --token=", E(GS, b62(r, 24)), "\n  env:\n    TURBO_REMOTE_ONLY: true"),
        lambda: T("$ cat .runner\n{\n  \"WARNING\": \"This file is automatically generated by act-runner. Do not edit it manually unless you know what you are doing.\",\n"
                  "  \"id\": ", str(r.randrange(2, 90)), ",\n  \"uuid\": \"", uuid(r), "\",\n  \"name\": \"runner-", str(r.randrange(1, 9)),
                  "\",\n  \"token\": \"", E(GS, hexs(r, 40)), "\",\n  \"address\": \"https://code.example.org\"\n}"),
        lambda: T("buildCache {\n    remote(HttpBuildCache) {\n        url = 'https://cache.example.net/cache/'\n        push = true\n        credentials {\n"
                  "            username = 'gradle'\n            password = '", E(GS, password(r, "#%+-.=@^_~!")), "'\n        }\n    }\n}"),
        lambda: T("export CCACHE_REMOTE_STORAGE=\"http://", E(UC, "ccache:" + password(r, "-._~")), "@cache.example.net:8080/ccache\"\nccache -s"),
        lambda: T("[2026-12-07T09:14:02Z] SCCACHE_REDIS=redis://:", E(CS, b62(r, 24)), "@cache-redis:6379/2 sccache --start-server"),
        lambda: T("build --remote_cache=grpcs://cache.example.net\nbuild --remote_header=x-buildbuddy-api-key=", E(GS, b62(r, 20))),
    ]


def f_lang_dumps(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    return [
        lambda: T("Array\n(\n    [driver] => pdo_mysql\n    [host] => db.example.net\n    [user] => shop\n    [password] => ", E(GS, sp()),
                  "\n    [dbname] => shop_prod\n)"),
        lambda: T("#<DB::Config:0x00007f3a1c2b8e40 @host=\"db.example.net\", @port=5432, @user=\"ledger\", @password=\"", E(GS, sp()), "\">"),
        lambda: T("utop # config ;;\n- : Config.t =\n{Config.host = \"db.example.net\"; port = 5432; user = \"ledger\"; password = \"", E(GS, sp()),
                  "\"}"),
        lambda: T("(host: \"db.example.net\", port: 5432, user: \"ledger\", password: \"", E(GS, sp()), "\", tls: true)"),
        lambda: T("% dict get $cfg\nhost db.example.net user ledger password ", E(GS, password(r, "#%+-.=@^_~")), " port 5432"),
        lambda: T("groovy:000> println cfg\n[host:db.example.net, user:ledger, password:", E(GS, password(r, "#%+-.=@^_~")), ", pool:10]"),
        lambda: T("▿ AppConfig\n  - host: \"db.example.net\"\n  - user: \"ledger\"\n  - password: \"", E(GS, sp()), "\"\n  - port: 5432"),
        lambda: T("QVariant(QVariantMap, QMap((\"host\", QVariant(QString, \"db.example.net\"))(\"password\", QVariant(QString, \"", E(GS, sp()),
                  "\"))(\"user\", QVariant(QString, \"ledger\"))))"),
    ]


def f_ai_vendor_keys(r):
    keys = [lambda: "gsk_" + b62(r, 52), lambda: "r8_" + b62(r, 37), lambda: "pplx-" + b62(r, 48), lambda: "xai-" + b62(r, 80),
            lambda: "pcsk_" + b62(r, 6) + "_" + b62(r, 60), lambda: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10),
            lambda: "sgp_" + hexs(r, 16) + "_" + hexs(r, 40), lambda: "HRKU-" + uuid(r), lambda: "aio_" + b62(r, 28),
            lambda: "dt0c01." + chars(r, B32, 24) + "." + chars(r, B32, 64)]
    k = lambda: r.choice(keys)()
    return [
        lambda: T("GROQ_API_KEY=", E(AK, keys[0]()), "\nPINECONE_API_KEY=", E(AK, keys[4]()), "\nLANGSMITH_TRACING=true"),
        lambda: T("model_list:\n  - model_name: grok\n    litellm_params:\n      model: xai/grok-2\n      api_key: ", E(AK, keys[3]())),
        lambda: T("$ curl https://api.perplexity.ai/chat/completions -H 'Authorization: Bearer ", E(AK, keys[2]()), "' -H 'Content-Type: application/json'"),
        lambda: T("replicate.exceptions.ReplicateError: 401 Unauthorized (token ", E(AK, keys[1]()), ")"),
        lambda: T("os.environ[\"LANGSMITH_API_KEY\"] = \"", E(AK, keys[5]()), "\"\nos.environ[\"LANGSMITH_PROJECT\"] = \"rag-eval\""),
        lambda: T("$ src login https://sourcegraph.example.com --access-token ", E(AK, keys[6]())),
        lambda: T("$ heroku authorizations:create -d ci\nCreating OAuth Authorization... done\nClient:      <none>\nID:          ", uuid(r),
                  "\nDescription: ci\nScope:       global\nToken:       ", E(AK, keys[7]()), "\nUpdated at:  Mon Dec 07 2026"),
        lambda: T("[adafruit]\nusername = greenhouse\nkey = ", E(AK, keys[8]())),
        lambda: T("oneagent:\n  apiUrl: https://abc12345.live.dynatrace.com/api\n  apiToken: ", E(AK, keys[9]())),
        lambda: T("WARN client: request failed status=401 key=", E(AK, k()), " retry=3"),
    ]


BIP39 = ("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire "
         "across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid "
         "again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha already also "
         "alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another").split()


def f_wallet_seeds(r):
    words = lambda n: " ".join(r.choice(BIP39) for _ in range(n))
    return [
        lambda: T("!!!YOU MUST WRITE DOWN THIS SEED TO BE ABLE TO RESTORE THE WALLET!!!\n\n---------------BEGIN LND CIPHER SEED---------------\n",
                  E(GS, words(24)), "\n---------------END LND CIPHER SEED-----------------"),
        lambda: T("customer: I restored on the new phone and it says invalid. my recovery phrase is ", E(GS, words(12)),
                  " is something wrong with it?\nagent: Please never share your recovery phrase with anyone, including us."),
        lambda: T("$ cat /var/lib/headscale/private.key\nprivkey:", E(GS, hexs(r, 64))),
        lambda: T("$ cat /data/matrix.example.org.signing.key\ned25519 a_", b62(r, 4), " ", E(GS, b64(r, 32).rstrip("="))),
        lambda: T("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"", b64url(r, 32), "\",\"d\":\"", E(GS, b64url(r, 32)), "\",\"kid\":\"sig-2026-11\"}"),
        lambda: T("Electrum seed for the hot wallet (old laptop): ", E(GS, words(12))),
    ]


PROSE = [
    ("sr", "Лозинка за сервер је ", "."), ("bg", "Паролата за VPN е ", " – смени я след първия вход."), ("lt", "Laikinas slaptažodis: ", ""),
    ("ca", "La contrasenya del router és ", ", no la compartiu."), ("et", "Ajutine parool on ", ", palun muuda see kohe."),
    ("da", "Din midlertidige adgangskode er ", ""), ("nb", "Passordet til wifi er ", " (gjelder til fredag)."),
    ("sl", "Geslo za dostop: ", ""), ("is", "Lykilorðið er ", ""), ("sq", "Fjalëkalimi i ri: ", ""), ("gl", "O contrasinal novo é ", "."),
    ("ms", "Kata laluan sementara anda ialah ", "."), ("mn", "Түр нууц үг: ", ""), ("km", "ពាក្យសម្ងាត់ថ្មី៖ ", ""), ("lo", "ລະຫັດຜ່ານ: ", ""),
    ("my", "စကားဝှက်မှာ ", " ဖြစ်ပါတယ်။"), ("bn", "আপনার অস্থায়ী পাসওয়ার্ড ", ""), ("ur", "عارضی پاس ورڈ: ", ""),
]


def f_prose_passwords(r):
    def one():
        lang, a, b = r.choice(PROSE)
        return T(r.choice(["[helpdesk] ", "> ", "Re: reset — ", "14:02 ", ""]), a, E(GS, password(r, "#%+-=@^_~!", style=r.choice([0, 1, 3, 5]))), b)
    return [one] * 8


def f_wire_decodes(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    return [
        lambda: T("Lightweight Directory Access Protocol\n    LDAPMessage bindRequest(1) \"cn=", user(r), ",ou=svc,dc=example,dc=net\" simple\n"
                  "        messageID: 1\n        protocolOp: bindRequest (0)\n            bindRequest\n                version: 3\n"
                  "                name: cn=", user(r), ",ou=svc,dc=example,dc=net\n                authentication: simple (0)\n                    simple: ",
                  E(GS, sp())),
        lambda: T("Short Message Peer to Peer, Command: Bind_transceiver, Seq: 1, Len: 38\n    Command: Bind_transceiver (0x00000009)\n    System ID: smppclient1\n"
                  "    Password: ", E(GS, password(r, "#%+-=@", style=1)[:8]), "\n    System type: VMA\n    Interface version: 0x34"),
        lambda: T("Tabular Data Stream\n    Type: TDS7 login (16)\n    TDS7 Login Packet\n        Client name: BUILD07\n        Username: sa\n        Password: ",
                  E(GS, sp()), "\n        App name: sqlcmd"),
        lambda: T("MQ Telemetry Transport Protocol, Connect Command\n    Header Flags: 0x10, Message Type: Connect Command\n    Protocol Name: MQTT\n"
                  "    Connect Flags: 0xc2, User Name Flag, Password Flag, QoS Level: At most once delivery (Fire and Forget), Clean Session Flag\n"
                  "    Client ID: plc-line-4\n    User Name: plc\n    Password: ", E(GS, sp())),
        lambda: T("Socks Protocol\n    Version: 5\n    [Command: Connect (1)]\n    Username: proxyuser\n    Password: ", E(GS, sp())),
        lambda: T("Session Initiation Protocol (REGISTER)\n    Request-Line: REGISTER sip:pbx.example.net SIP/2.0\n    Message Header\n"
                  "        Authorization: Basic ", E(BA, base64.b64encode(("1%03d:" % r.randrange(1000) + password(r, "#%+-.=@^_~!")).encode()).decode())),
    ]


def f_pkg_publish(r):
    return [
        lambda: T("$ luarocks upload mylib-1.2.0-1.rockspec --api-key=", E(GS, b62(r, 40))),
        lambda: T("$ cat ~/.pause\nuser ", r.choice(["CPANOPS", "NETPROBE", "LEDGERX"]), "\npassword ", E(GS, password(r, "#%+-.=@^_~!"))),
        lambda: T("$ swift package-registry login https://packages.example.com --username ci --password '", E(GS, password(r, "#%+-.=@^_~!")), "'"),
        lambda: T("$ npx @vscode/vsce publish -p ", E(GS, b62(r, 52))),
        lambda: T("$ npx ovsx publish extension.vsix -p ", E(GS, uuid(r))),
        lambda: T("$ echo ", E(GS, b62(r, 40)), " | dart pub token add https://pub.example.com"),
        lambda: T("$ mix hex.publish --yes\n** (Mix) HEX_API_KEY=", E(GS, hexs(r, 32)), " was rejected: key revoked"),
    ]


def f_pki_tokens(r):
    pin = lambda: str(r.randrange(100000, 99999999))
    return [
        lambda: T("$ softhsm2-util --init-token --slot 0 --label \"signing\" --so-pin ", E(GS, pin()), " --pin ", E(GS, pin()),
                  "\nThe token has been initialized and is reassigned to slot ", str(r.randrange(10**8, 10**9))),
        lambda: T("$ EASYRSA_PASSIN=pass:", E(GS, password(r, "#%+-.=@^_~")), " ./easyrsa sign-req server vpn01"),
        lambda: T("$ ykman piv access change-management-key --management-key ", E(GS, hexs(r, 48)), " --generate --protect"),
        lambda: T("$ pkcs11-tool --module /usr/lib/opensc-pkcs11.so --login --pin ", E(GS, pin()), " --list-objects --type privkey"),
        lambda: T("$ /usr/libexec/gpg-preset-passphrase --preset -P '", E(GS, password(r, "#%+-.=@^_~!")), "' ", hexs(r, 40, True)),
        lambda: T("$ ykman piv access change-pin --pin ", E(GS, pin()[:6]), " --new-pin ", E(GS, pin()[:8])),
    ]


def f_serialisations(r):
    sp = lambda: password(r, "#%+-.=@^_~!")
    def php():
        v = sp()
        return T('a:3:{s:4:"host";s:14:"db.example.net";s:4:"user";s:6:"ledger";s:8:"password";s:', str(len(v)), ':"', E(GS, v), '";}')
    def bencode():
        v = password(r, "#%+-.=@^_~!")
        return T("d4:host14:db.example.net8:password", str(len(v)), ":", E(GS, v), "4:user6:ledgere")
    def textproto():
        return T("# proto-file: config.proto\n# proto-message: DatabaseConfig\nhost: \"db.example.net\"\nuser: \"ledger\"\npassword: \"", E(GS, sp()),
                 "\"\npool_size: 10")
    def urljson():
        v = password(r, "", style=r.choice([0, 1, 5]))
        return T("GET /oauth/callback?state=%7B%22user%22%3A%22ledger%22%2C%22password%22%3A%22", E(GS, v), "%22%7D&code=", b62(r, 20), " HTTP/1.1")
    def double_pct():
        w = r.choice(WORDS).capitalize() + "%2521" + str(r.randrange(100, 9999)) + "%2523" + r.choice(WORDS)
        return T("proxy: forwarding /login?next=%2Fapi%3Fuser%3Dledger%26password%3D", E(GS, w), " upstream=auth-svc")
    def uniesc():
        w = r.choice(WORDS) + "\\u00e4" + str(r.randrange(100, 9999)) + "\\u0021" + r.choice(WORDS).capitalize()
        return T("# messages.properties style escaping\nmail.smtp.user=alerts\nmail.smtp.password=", E(GS, w))
    def charref():
        w = r.choice(WORDS).capitalize() + "&#x21;" + str(r.randrange(100, 9999)) + "&amp;" + r.choice(WORDS)
        return T("<connection name=\"erp\" user=\"sync\" password=\"", E(GS, w), "\" timeout=\"30\"/>")
    def lisp():
        return T("(setq smtpmail-auth-credentials '((\"smtp.example.net\" 587 \"alerts\" \"", E(GS, password(r, "#%+-.=@^_~!")), "\")))")
    return [php, bencode, textproto, urljson, double_pct, uniesc, charref, lisp]


FAMILIES = [f_unattended_install, f_apple_plist, f_linux_wifi, f_mail_sync, f_media_servers, f_directory_admin, f_win_deploy,
            f_game_servers, f_selfhost_apps, f_firewall_router, f_virt_hosts, f_heredoc_stores, f_xml_typed, f_escaped_quoting,
            f_build_cache_ci, f_lang_dumps, f_ai_vendor_keys, f_wallet_seeds, f_prose_passwords, f_wire_decodes, f_pkg_publish,
            f_pki_tokens, f_serialisations]
