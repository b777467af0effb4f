"""Secret families, part 1: Windows shells, database CLIs and connection strings, network gear, BMCs, RADIUS/TACACS, SNMP."""
import gen as g
from people import person

E = lambda t, v: (t, v)
GS = "GENERIC_SECRET"
HOSTS = ["web01", "sql02", "fs01", "dc01", "app-prod-3", "erp-db", "bastion", "mgmt01"]


def f_ps_transcript(r):
    pw = g.password(r, safe=True)
    head = ["**********************\nWindows PowerShell transcript start\nStart time: 2026120%d%02d%02d%02d\nUsername: CORP\\%s\n"
            "Machine: %s (Microsoft Windows NT 10.0.20348.0)\nHost Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\n"
            "Process ID: %d\n**********************\n" % (r.randrange(1, 6), r.randrange(24), r.randrange(60), r.randrange(60),
                                                          r.choice(["adm-ops", "svc_deploy", "t1-admin"]), r.choice(HOSTS).upper(), r.randrange(1000, 9999))]
    k = r.randrange(5)
    if k == 0:
        body = ["PS C:\\> $pw = ConvertTo-SecureString -String \"", E(GS, pw), "\" -AsPlainText -Force\nPS C:\\> $cred = New-Object "
                "System.Management.Automation.PSCredential ('CORP\\svc_sql', $pw)\nPS C:\\> Invoke-Command -ComputerName ", E("IPV4", g.ipv4(r, True)),
                " -Credential $cred -ScriptBlock { Get-Service MSSQLSERVER }\n\nStatus   Name               DisplayName\n------   ----               -----------\nRunning  MSSQLSERVER        SQL Server (MSSQLSERVER)"]
    elif k == 1:
        body = ["PS C:\\> $c = New-Object PSCredential 'CORP\\backup', (ConvertTo-SecureString '", E(GS, pw), "' -AsPlainText -Force)\n"
                "PS C:\\> New-PSDrive -Name B -PSProvider FileSystem -Root \\\\", r.choice(HOSTS), "\\backups -Credential $c\n\nName   Used (GB)  Free (GB) Provider\n----   ---------  --------- --------\nB          412.3     1187.9 FileSystem"]
    elif k == 2:
        body = ["PS C:\\> Set-ADAccountPassword -Identity svc_web -Reset -NewPassword (ConvertTo-SecureString -AsPlainText \"", E(GS, pw),
                "\" -Force)\nPS C:\\> Get-ADUser svc_web -Properties PasswordLastSet | Select PasswordLastSet\n\nPasswordLastSet\n---------------\n06/12/2026 10:14:52"]
    elif k == 3:
        sec = g.pick(r, g.ALNUM + "~.-_", 40)
        body = ["PS C:\\> $env:ARM_CLIENT_ID = \"", g.uuid(r), "\"\nPS C:\\> $env:ARM_CLIENT_SECRET = \"", E(GS, sec), "\"\nPS C:\\> terraform plan -out tf.plan\n"
                "Acquiring state lock. This may take a few moments..."]
    else:
        body = ["PS C:\\> $secure = Read-Host -AsSecureString\nPS C:\\> $plain = '", E(GS, pw), "'\nPS C:\\> $Credential = [PSCredential]::new('CORP\\svc_iis', "
                "(ConvertTo-SecureString $plain -AsPlainText -Force))\nPS C:\\> Set-ItemProperty IIS:\\AppPools\\Orders -Name processModel -Value @{userName='CORP\\svc_iis';password=$plain;identitytype=3}"]
    return head + body + ["\n**********************\nWindows PowerShell transcript end\nEnd time: 20261206101733\n**********************"]


def f_win_cmds(r):
    pw = g.password(r, safe=True)
    ip = g.ipv4(r, True)
    k = r.randrange(5)
    if k == 0:
        return ["C:\\Users\\adm-ops> net user svc_backup ", E(GS, pw), " /add /domain /passwordchg:no\nThe request will be processed at a domain controller for domain corp.example.com.\n\nThe command completed successfully."]
    if k == 1:
        return ["C:\\> wmic /node:", E("IPV4", ip), " /user:CORP\\adm-ops /password:", E(GS, pw), " os get Caption,LastBootUpTime\nCaption                                   LastBootUpTime\nMicrosoft Windows Server 2022 Standard    20261201031522.500000+060"]
    if k == 2:
        return ["C:\\> winrs -r:http://", r.choice(HOSTS), ".corp.example.com:5985 -u:Administrator -p:", E(GS, pw), " ipconfig /all\n\nWindows IP Configuration\n   IPv4 Address. . . . . . . . . . . : ", E("IPV4", ip), "(Preferred)"]
    if k == 3:
        return ["C:\\> sc.exe config OrdersWorker obj= \"CORP\\svc_orders\" password= \"", E(GS, pw), "\"\n[SC] ChangeServiceConfig SUCCESS\nC:\\> sc.exe start OrdersWorker\nSERVICE_NAME: OrdersWorker\n        STATE              : 2  START_PENDING"]
    return ["C:\\> net use \\\\", E("IPV4", ip), "\\IPC$ ", E(GS, pw), " /user:CORP\\adm-ops\nThe command completed successfully.\n\nC:\\> net view \\\\", E("IPV4", ip), "\nShared resources at \\\\", E("IPV4", ip), "\nShare name  Type  Used as  Comment\nbackups     Disk"]


def f_db_cli(r):
    pw = g.password(r, safe=True)
    ip = g.ipv4(r, True)
    k = r.randrange(8)
    if k == 0:
        return ["[oracle@erp-db ~]$ sqlplus system/", E("CONNECTION_STRING", pw), "@ORCLPDB1\n\nSQL*Plus: Release 19.0.0.0.0 - Production on Sun Dec 6 10:14:02 2026\nERROR:\nORA-28002: the password will expire within 7 days"]
    if k == 1:
        return ["$ rman target sys/", E("CONNECTION_STRING", pw), "@prod catalog rcat/", E("CONNECTION_STRING", g.password(r, True)), "@rcatdb\n\nRecovery Manager: Release 19.0.0.0.0 - Production\nconnected to target database: PROD (DBID=3920145871)"]
    if k == 2:
        return ["$ expdp hr/", E("CONNECTION_STRING", pw), "@pdb1 directory=DATA_PUMP_DIR dumpfile=hr_%U.dmp parallel=4 logfile=hr_exp.log\nExport: Release 19.0.0.0.0 - Production on Sun Dec 6 02:00:01 2026\nORA-39002: invalid operation"]
    if k == 3:
        return ["db2inst1@db2host:~$ db2 connect to SAMPLE user db2inst1 using ", E(GS, pw), "\n\n   Database Connection Information\n\n Database server        = DB2/LINUXX8664 11.5.9.0\n SQL authorization ID   = DB2INST1\n Local database alias   = SAMPLE"]
    if k == 4:
        return ["> bcp dbo.Orders out C:\\exports\\orders.dat -S ", E("IPV4", ip), " -U sa -P ", E(GS, pw), " -c -t,\nStarting copy...\n1000 rows successfully bulk-copied to host-file. Total received: 48211"]
    if k == 5:
        return ["$ mysqlsh --uri ", E("CONNECTION_STRING", "clusteradmin:" + pw), "@", E("IPV4", ip), ":3306 -- cluster status\nMySQL Shell 8.0.40\nWARNING: Using a password on the command line interface can be insecure."]
    if k == 6:
        return ["$ isql-fb -user SYSDBA -password ", E(GS, pw), " ", E("IPV4", ip), ":/var/lib/firebird/data/erp.fdb\nDatabase: ", E("IPV4", ip), ":/var/lib/firebird/data/erp.fdb, User: SYSDBA\nSQL> show version;"]
    return ["$ dbisql -c \"UID=dba;PWD=", E("CONNECTION_STRING", pw), ";Server=demo17;Host=", E("IPV4", ip), ":2638\" -nogui \"select @@version\"\n@@version\n17.0.11.7672"]


def f_conn_strings_win(r):
    pw = g.password(r, safe=True)
    ip = g.ipv4(r, True)
    k = r.randrange(6)
    if k == 0:
        s = ["\"OracleDb\": \"User Id=scott;Password=", E("CONNECTION_STRING", pw), ";Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=", E("IPV4", ip), ")(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCLPDB1)));\""]
    elif k == 1:
        s = ["<add name=\"Db2\" connectionString=\"Server=", E("IPV4", ip), ":50000;Database=SAMPLE;UID=db2inst1;PWD=", E("CONNECTION_STRING", pw), ";CurrentSchema=APP;\" providerName=\"IBM.Data.Db2\" />"]
    elif k == 2:
        s = ["ConnectionString = \"Provider=Microsoft.ACE.OLEDB.12.0;Data Source=\\\\fs01\\finance\\ledger.accdb;Jet OLEDB:Database Password=", E("CONNECTION_STRING", pw), ";\""]
    elif k == 3:
        s = ["DSN-less: Driver={ODBC Driver 18 for SQL Server};Server=tcp:", E("IPV4", ip), ",1433;Database=Billing;Uid=billing_rw;Pwd=", E("CONNECTION_STRING", pw), ";Encrypt=yes;TrustServerCertificate=no;"]
    elif k == 4:
        s = ["firebird: \"User=SYSDBA;Password=", E("CONNECTION_STRING", pw), ";Database=/data/erp.fdb;DataSource=", E("IPV4", ip), ";Port=3050;Dialect=3;Charset=UTF8;\""]
    else:
        s = ["cassandra.connection=\"Contact Points=", E("IPV4", ip), ";Port=9042;Username=app_rw;Password=", E("CONNECTION_STRING", pw), ";Default Keyspace=orders\""]
    pre = r.choice(["System.InvalidOperationException: Timeout expired while opening connection\n   at Orders.Data.Open()\nconfig dump:\n", "appsettings.Production.json (excerpt)\n", "web.config:\n"])
    return [pre] + s


def f_snmp(r):
    c = g.pick(r, g.ALNUM, r.randrange(10, 18))
    ip = g.ipv4(r, True)
    k = r.randrange(5)
    if k == 0:
        return ["# /etc/snmp/snmpd.conf\nsysLocation    DC2 row 4 rack 12\nsysContact     noc\nrocommunity ", E(GS, c), " ", E("IPV4", ip), "\nrocommunity6 ", E(GS, c), " ", E("IPV6", g.ipv6(r)), "\nview systemonly included .1.3.6.1.2.1.1"]
    if k == 1:
        return ["$ snmpget -v2c -c ", E(GS, c), " ", E("IPV4", ip), " SNMPv2-MIB::sysUpTime.0 IF-MIB::ifHCInOctets.3\nSNMPv2-MIB::sysUpTime.0 = Timeticks: (1840221) 5:06:42.21\nIF-MIB::ifHCInOctets.3 = Counter64: 88123771"]
    if k == 2:
        return ["net-snmp-create-v3-user -ro -A ", E(GS, g.password(r, True)), " -a SHA -X ", E(GS, g.password(r, True)), " -x AES monitor\nadding the following line to /var/lib/net-snmp/snmpd.conf:\n   createUser monitor SHA \"****\" AES \"****\""]
    if k == 3:
        return ["com2sec   readonly  ", E("IPV4", ip), "   ", E(GS, c), "\ngroup     MyROGroup v2c readonly\naccess    MyROGroup \"\" any noauth exact all none none"]
    return ["Zabbix item test failed: snmpwalk -v 2c -c ", E(GS, c), " ", E("IPV4", ip), " .1.3.6.1.2.1.2.2.1.8\nTimeout: No Response from ", E("IPV4", ip)]


def f_bmc(r):
    pw = g.password(r, safe=True)
    ip = g.ipv4(r, True)
    k = r.randrange(6)
    if k == 0:
        return ["<RIBCL VERSION=\"2.0\">\n <LOGIN USER_LOGIN=\"Administrator\" PASSWORD=\"", E(GS, pw), "\">\n  <SERVER_INFO MODE=\"read\"><GET_HOST_POWER_STATUS/></SERVER_INFO>\n </LOGIN>\n</RIBCL>\n$ hponcfg -f power.xml\nHOST_POWER=\"ON\""]
    if k == 1:
        return ["$ curl -sk -u ", E("BASIC_AUTH", "root:" + pw), " https://", E("IPV4", ip), "/redfish/v1/Systems/System.Embedded.1 | jq .PowerState\n\"On\""]
    if k == 2:
        return ["racadm>> racadm set iDRAC.Users.3.Password ", E(GS, pw), "\n[Key=iDRAC.Embedded.1#Users.3]\nObject value modified successfully"]
    if k == 3:
        return ["# SMCIPMITool ", E("IPV4", ip), " ADMIN ", E(GS, pw), " ipmi power status\nCurrent power status is on"]
    if k == 4:
        return ["</>hpiLO-> create /map1/accounts1 username=opsbot password=", E(GS, pw), " name=opsbot group=admin,config\nstatus=0\nstatus_tag=COMMAND COMPLETED"]
    return ["PATCH https://", E("IPV4", ip), "/redfish/v1/AccountService/Accounts/4\nContent-Type: application/json\n\n{\"UserName\": \"opsbot\", \"Password\": \"", E(GS, pw), "\", \"RoleId\": \"Operator\", \"Enabled\": true}\n\nHTTP/1.1 200 OK"]


def f_netos(r):
    pw = g.password(r, safe=True)
    ip = g.ipv4(r, False)
    k = r.randrange(7)
    if k == 0:
        return ["# dec/06/2026 10:02:11 by RouterOS 7.16.2\n/user add group=full name=noc password=", E(GS, pw), "\n/ppp secret add name=branch2 password=", E(GS, g.password(r, True)), " profile=vpn remote-address=", E("IPV4", g.ipv4(r, True))]
    if k == 1:
        return ["/interface wifi security add authentication-types=wpa2-psk,wpa3-psk name=corp passphrase=", E(GS, pw), "\n/ip ipsec identity add peer=hq secret=", E(GS, g.password(r, True))]
    if k == 2:
        return ["vyos@edge1# show configuration commands | grep -E 'login|ipsec'\nset system login user vyos authentication plaintext-password '", E(GS, pw), "'\nset vpn ipsec site-to-site peer ", E("IPV4", ip), " authentication pre-shared-secret '", E(GS, g.password(r, True)), "'"]
    if k == 3:
        h = "$6$" + g.pick(r, g.ALNUM + "./", 16) + "$" + g.pick(r, g.ALNUM + "./", 86)
        return ["set system login user ops authentication encrypted-password '", E(GS, h), "'\nset system host-name 'edge2'\nset interfaces ethernet eth0 address '", E("IPV4", ip), "/29'"]
    if k == 4:
        return ["config user local\n    edit \"vpn-contractor\"\n        set type password\n        set passwd ", E(GS, pw), "\n    next\nend"]
    if k == 5:
        enc = "ENC " + g.b64s(r, 60)
        return ["config vpn ipsec phase1-interface\n    edit \"to-azure\"\n        set interface \"wan1\"\n        set remote-gw ", E("IPV4", ip), "\n        set psksecret ", E(GS, enc), "\n    next\nend"]
    ph = "$5$" + g.pick(r, g.ALNUM, 8) + "$" + g.pick(r, g.ALNUM + "./", 43)
    return ["admin@PA-3220# show mgt-config users admin\nadmin {\n  phash ", E(GS, ph), ";\n  permissions {\n    role-based {\n      superuser yes;\n    }\n  }\n}"]


def f_radius_tacacs(r):
    s = g.password(r, safe=True)
    ip = g.ipv4(r, True)
    k = r.randrange(6)
    if k == 0:
        return ["client nas-", str(r.randrange(1, 40)), " {\n\tipaddr = ", E("IPV4", ip), "\n\tsecret = ", E(GS, s), "\n\tnas_type = cisco\n\tshortname = sw-access\n}"]
    if k == 1:
        return ["# /etc/freeradius/3.0/mods-config/files/authorize\nwifi-guest   Cleartext-Password := \"", E(GS, s), "\"\n             Reply-Message := \"Hello, %{User-Name}\""]
    if k == 2:
        return ["$ radtest alice ", E(GS, s), " ", E("IPV4", ip), " 0 ", E(GS, g.password(r, True)), "\nSent Access-Request Id 73 from 0.0.0.0:41522 to ", E("IPV4", ip), ":1812 length 75\nReceived Access-Accept Id 73"]
    if k == 3:
        return ["key = \"", E(GS, s), "\"\naccounting file = /var/log/tac_plus.acct\nuser = netops {\n    login = cleartext \"", E(GS, g.password(r, True)), "\"\n    member = admins\n}"]
    if k == 4:
        return ["radius server ISE-PSN01\n address ipv4 ", E("IPV4", ip), " auth-port 1812 acct-port 1813\n key ", E(GS, s), "\n!\naaa group server radius ISE\n server name ISE-PSN01"]
    return ["(0) Received Access-Request Id 12 from ", E("IPV4", ip), ":51312 to ", E("IPV4", g.ipv4(r, True)), ":1812 length 72\n(0)   User-Name = \"svc-vpn\"\n(0)   User-Password = \"", E(GS, s), "\"\n(0)   NAS-IP-Address = ", E("IPV4", ip)]
