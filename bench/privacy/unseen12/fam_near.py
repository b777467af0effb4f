"""Near-miss families of unseen12: no entity may be labelled in any of their records."""
from gen import T, R, pick, digits, hexs, alnum, b64, b32, luhn_ok, WORDS
import base64, string
import people
from fam_sec import host


def uuid():
    return "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), "4" + hexs(3), pick("89ab") + hexs(3), hexs(12))


def not_luhn(n, prefix=""):
    while True:
        s = prefix + digits(n - len(prefix))
        if not luhn_ok(s):
            return s


def f_nm_vault_game():
    k = R.randrange(8)
    if k == 0:
        return T("$ vault status\nKey                Value\n---                -----\nSeal Type          shamir\nInitialized        true\nSealed             true\nTotal Shares       5\nThreshold          3\nUnseal Progress    2/3\nUnseal Nonce       ", uuid(), "\nVersion            1.18.2\n")
    if k == 1:
        return T("$ vault token lookup\nKey                 Value\naccessor            ", alnum(24), "\ncreation_ttl        768h\ndisplay_name        token-ci\nentity_id           ", uuid(), "\npolicies            [default deploy]\nid                  n/a (use -format=json with -field=id to see it)\n")
    if k == 2:
        return T("# server.properties\nenable-rcon=false\nrcon.port=25575\nrcon.password=\nenable-query=false\nserver-port=25565\n")
    if k == 3:
        return T('{\n  "name": "factorio-lan",\n  "game_password": "",\n  "token": "",\n  "require_user_verification": false,\n  "max_players": 0\n}\n')
    if k == 4:
        return T("$ consul acl token read -id ", uuid(), "\nAccessorID:       ", uuid(), "\nSecretID:         <hidden>\nDescription:      agent token\nLocal:            false\nPolicies:\n   ", uuid(), " - node-write\n")
    if k == 5:
        return T("ERROR: ** Connection attempt from node 'rabbit@", host(), "' rejected. Invalid challenge reply. **\nHINT: the .erlang.cookie files on the two nodes differ (cookie hash: ", b64(16), ")\n")
    if k == 6:
        return T("2026-12-06 15:04:11 [INFO] gossip encryption: enabled (keyring: 2 keys, primary key installed at ", digits(10), ")\n")
    return T("ENV RELEASE_COOKIE_FILE=/run/secrets/erlang_cookie\nCMD [\"sh\", \"-c\", \"RELEASE_COOKIE=$(cat $RELEASE_COOKIE_FILE) exec bin/app start\"]\n")


def f_nm_pagination_tokens():
    k = R.randrange(8)
    if k == 0:
        return T('{\n  "items": [ ... 100 items ... ],\n  "nextPageToken": "', b64(24, urlsafe=True, pad=False), '"\n}\n')
    if k == 1:
        cont = base64.b64encode(('{"v":"meta.k8s.io/v1","rv":%s,"start":"%s/\\u0000"}' % (digits(8), pick(WORDS))).encode()).decode().rstrip("=")
        return T('  "metadata": {\n    "resourceVersion": "', digits(8), '",\n    "continue": "', cont, '",\n    "remainingItemCount": ', digits(3), '\n  }\n')
    if k == 2:
        return T("POST /v1/charges HTTP/1.1\nIdempotency-Key: ", uuid(), "\nContent-Type: application/x-www-form-urlencoded\n")
    if k == 3:
        return T('change stream event: {"_id": {"_data": "82', hexs(60, True), '"}, "operationType": "update", "ns": {"db": "shop", "coll": "orders"}}\n')
    if k == 4:
        return T("GET /odata/Orders?$top=500&$skiptoken=Id-", digits(7), " HTTP/1.1\n")
    if k == 5:
        return T("HTTP/1.1 200 OK\nLock-Token: <opaquelocktoken:", uuid(), ">\nContent-Type: application/xml\n")
    if k == 6:
        return T("2026-12-06T15:04:11Z lease acquired: holder=", host(), " fencing_token=", digits(3), " ttl=15s\n")
    return T('{"kind":"calendar#events","nextSyncToken":"CP', alnum(22), '=","items":[]}\n')


def f_nm_lockfiles():
    k = R.randrange(7)
    if k == 0:
        return T('[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "', hexs(64), '"\n')
    if k == 1:
        return T('[[package]]\nname = "urllib3"\nversion = "2.2.3"\nfiles = [\n    {file = "urllib3-2.2.3-py3-none-any.whl", hash = "sha256:', hexs(64), '"},\n]\n')
    if k == 2:
        return T("  http:\n    dependency: transitive\n    description:\n      name: http\n      sha256: ", hexs(64), "\n      url: \"https://pub.dev\"\n    source: hosted\n    version: \"1.2.2\"\n")
    if k == 3:
        return T('      "locked": {\n        "lastModified": 17330', digits(5), ',\n        "narHash": "sha256-', b64(32), '",\n        "owner": "NixOS",\n        "repo": "nixpkgs",\n        "rev": "', hexs(40), '",\n        "type": "github"\n      },\n')
    if k == 4:
        return T("SPEC CHECKSUMS:\n  Alamofire: ", hexs(40), "\n  Firebase: ", hexs(40), "\n\nPODFILE CHECKSUM: ", hexs(40), "\n\nCOCOAPODS: 1.16.2\n")
    if k == 5:
        return T('      "Newtonsoft.Json": {\n        "type": "Direct",\n        "requested": "[13.0.3, )",\n        "resolved": "13.0.3",\n        "contentHash": "', b64(64), '"\n      },\n')
    return T('    {\n      "identity" : "swift-nio",\n      "kind" : "remoteSourceControl",\n      "location" : "https://github.com/apple/swift-nio.git",\n      "state" : {\n        "revision" : "', hexs(40), '",\n        "version" : "2.77.0"\n      }\n    },\n')


def f_nm_public_ids():
    k = R.randrange(7)
    if k == 0:
        return T("$ tailscale debug netmap | head -4\nSelfNode.Key: nodekey:", hexs(64), "\nMachineKey:   mkey:", hexs(64), "\nDiscoKey:     discokey:", hexs(64), "\n")
    if k == 1:
        return T("; /etc/duo/pam_duo.conf (public part only)\nikey = DI", alnum(18, string.ascii_uppercase + string.digits), "\nhost = api-", hexs(8), ".duosecurity.com\nfailmode = safe\n")
    if k == 2:
        return T("ceph fsid ", uuid(), "\nmon_host = [v2:", "127.0.0.1", ":3300/0,v1:127.0.0.1:6789/0]\nkeyring = /etc/ceph/ceph.client.admin.keyring\n")
    if k == 3:
        return T("Receive address: bc1q", alnum(38, "023456789acdefghjklmnpqrstuvwxyz"), "\nxpub: xpub6", alnum(105, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"), "\n")
    if k == 4:
        return T("$ radosgw-admin user info --uid=backup | jq '.keys[].access_key'\n\"", alnum(20, string.ascii_uppercase + string.digits), "\"\n")
    if k == 5:
        return T("iSCSI initiator name: iqn.1994-05.com.redhat:", hexs(12), "\ntarget: iqn.2003-01.org.linux-iscsi.", host(), ".x8664:sn.", hexs(12), "\n")
    return T("Stream ID: ", uuid(), "  ingest: rtmp://a.rtmp.youtube.com/live2  (key stored in OBS profile)\n")


def wwn():
    return ":".join("%02x" % x for x in [0x50, 0x01, 0x43, 0x80] + [R.randrange(256) for _ in range(4)])


def f_nm_storage_ids():
    k = R.randrange(6)
    if k == 0:
        return T("$ cat /sys/class/fc_host/host*/port_name\n0x", wwn().replace(":", ""), "\n0x", wwn().replace(":", ""), "\n")
    if k == 1:
        return T("zone name z_esx01_array1 vsan 10\n  member pwwn ", wwn(), "\n  member pwwn ", wwn(), "\n")
    if k == 2:
        return T("$ ls -l /dev/disk/by-id/ | grep wwn\nlrwxrwxrwx 1 root root  9 Dec  6 15:04 wwn-0x5000c500", hexs(8), " -> ../../sda\nlrwxrwxrwx 1 root root  9 Dec  6 15:04 nvme-eui.", hexs(16), " -> ../../nvme0n1\n")
    if k == 3:
        return T("Port GUID: 0x", hexs(16), "\nNode GUID: 0x", hexs(16), "\nSM lid: 1  Base lid: ", digits(2), "\n")
    if k == 4:
        return T("naa.600508b1001c", hexs(16), "  Local HP Disk (naa.600508b1001c", hexs(16), ")\n")
    return T("subnqn: nqn.2014-08.org.nvmexpress:uuid:", uuid(), "\nhostnqn: nqn.2014-08.org.nvmexpress:uuid:", uuid(), "\n")


def f_nm_measurements():
    k = R.randrange(6)
    if k == 0:
        return T("sha256:\n  0 : 0x", hexs(64, True), "\n  7 : 0x", hexs(64, True), "\n")
    if k == 1:
        return T("10 ", hexs(40), " ima-ng sha256:", hexs(64), " /usr/bin/", pick(["bash", "kubelet", "containerd"]), "\n")
    if k == 2:
        ski = ":".join(hexs(2, True) for _ in range(20))
        return T("            X509v3 Subject Key Identifier: \n                ", ski, "\n            X509v3 Authority Key Identifier: \n                ", ":".join(hexs(2, True) for _ in range(20)), "\n")
    if k == 3:
        return T("SHA1 Fingerprint=", ":".join(hexs(2, True) for _ in range(20)), "\n")
    if k == 4:
        return T("[key 1]\nSHA1 Fingerprint: ", ":".join(hexs(2) for _ in range(20)), "\n        Subject: CN=", pick(["Canonical Ltd. Master Certificate Authority", "Microsoft Corporation UEFI CA 2011"]), "\n")
    return T("/nix/store/", alnum(32, "0123456789abcdfghijklmnpqrsvwxyz"), "-openssl-3.3.2/lib/libssl.so.3\n")


def f_nm_payment_ids():
    k = R.randrange(6)
    if k == 0:
        return T("ISO8583 0210\n  DE002 (LLVAR) 16 ", digits(6), "******", digits(4), "\n  DE011 (N6)    ", digits(6), "\n  DE037 (AN12)  ", digits(12), "\n  DE038 (AN6)   ", alnum(6, string.ascii_uppercase + string.digits), "\n  DE039 (AN2)   00\n  DE041 (ANS8)  TID", digits(5), "\n")
    if k == 1:
        return T("chargeback ARN ", not_luhn(23), " posted; network_transaction_id=", not_luhn(15), "\n")
    if k == 2:
        return T('{"card":{"brand":"visa","last4":"', digits(4), '","fingerprint":"', alnum(16), '","exp_month":', str(R.randrange(1, 13)), ',"exp_year":20', str(R.randrange(27, 31)), '}}\n')
    if k == 3:
        return T("BIN lookup: bin=", digits(6), " brand=", pick(["AURA", "SOROCRED", "ARGENCARD", "CODENSA"]), " issuer_country=", pick(["BR", "AR", "CO"]), "\n")
    if k == 4:
        return T("settlement batch ", not_luhn(16), " closed: 412 tx, merchant MID ", not_luhn(15), "\n")
    return T("track2 equivalent data (tag 57): <masked by kernel>\nEMV TLV: 5A 08 <masked>\n")


def f_nm_health_codes():
    k = R.randrange(5)
    if k == 0:
        return T("OBX|1|NM|2345-7^Glucose^LN||", digits(2), "|mg/dL|70-99|N|||F\rDG1|1||E11.9^Type 2 diabetes mellitus^I10\r\n")
    if k == 1:
        return T("(0020,000d) UI [1.2.840.113619.2.", str(R.randrange(100, 400)), ".", str(R.randrange(1, 9)), ".", digits(10), ".", digits(3), ".", digits(10), "] # 56, 1 StudyInstanceUID\n(0008,0016) UI =CTImageStorage   # 26, 1 SOPClassUID\n")
    if k == 2:
        return T("PID|1||", digits(7), "^^^GENHOSP^MR||ANONYMIZED^^^^^^U||19000101|U\r\n")
    if k == 3:
        return T("ordering provider NPI 1", digits(9), ", accession ", alnum(10, string.ascii_uppercase + string.digits), "\n")
    return T("Transfer syntax 1.2.840.10008.1.2.4.90, SOP class 1.2.840.10008.5.1.4.1.1.4, implementation 1.2.276.0.7230010.3.0.3.6.8\n")


def f_nm_travel_codes():
    k = R.randrange(5)
    if k == 0:
        return T("PNR ", alnum(6, string.ascii_uppercase + string.digits), " ticketed: ETKT 235", not_luhn(10), "  EMD 235", not_luhn(10), "\n")
    if k == 1:
        return T("bag tag 0", digits(9), " short-checked at LIS, rerouted via FRA (flight TP", digits(4), ")\n")
    if k == 2:
        return T("fare basis YLOW", alnum(2, string.ascii_uppercase), "  booking class Y  seat 34C  coupon 1 of 2  status OK\n")
    if k == 3:
        return T("Waybill ", digits(10), " — exception: consignee not available (code OK)\n")
    return T("SSCC (00)", not_luhn(18), " scanned at dock 4, GTIN (01)0", digits(13), "\n")


EPONYMS = ["Hamad International Airport", "Jomo Kenyatta International", "Kotoka International", "O. R. Tambo International", "Julius Nyerere International",
           "Kenneth Kaunda International", "Félix Houphouët-Boigny Airport", "Blaise Diagne International", "Nnamdi Azikiwe International",
           "Sabiha Gökçen Airport", "Lech Wałęsa Airport", "Marco Polo Airport", "Galileo Galilei Airport", "Soekarno–Hatta", "Indira Gandhi International",
           "Chhatrapati Shivaji Maharaj International", "Jorge Chávez International", "Benito Juárez International"]
ALGOS = ["Needleman–Wunsch", "Smith–Waterman", "Knuth–Morris–Pratt", "Boyer–Moore", "Fisher–Yates", "Cooley–Tukey", "Bellman–Ford", "Floyd–Warshall", "Hopcroft–Karp"]


def f_nm_eponyms():
    k = R.randrange(4)
    if k == 0:
        return T("Latency spike for users routed via the ", pick(EPONYMS), " edge PoP between 14:00 and 14:20.\n")
    if k == 1:
        return T("perf: ", pick(ALGOS), " step takes 71% of CPU in the matcher after the 3.2 upgrade\n")
    if k == 2:
        return T("flight diverted from ", pick(EPONYMS), " to ", pick(EPONYMS), "; crew scheduling job re-ran\n")
    return T("node pool '", pick(["noether", "ramanujan", "hypatia", "euler", "kovalevskaya"]), "' drained; using '", pick(["lovelace", "turing", "shannon"]), "' pool meanwhile\n")


def _sc(words, table):
    return " ".join(people._translit(w, table) for w in words)


def f_nm_script_orgs():
    k = R.randrange(6)
    if k == 0:
        return T("Locale chr-US (", "".join(people.CHEROKEE[s] for s in ["tsa", "la", "gi"]), ") strings missing in build ", digits(4), "; fallback to en-US\n")
    if k == 1:
        return T("font fallback: ", _sc(["nko"], people.NKO_MAP), " text rendered with Noto Sans NKo (", digits(2), " glyphs missing)\n")
    if k == 2:
        return T("keyboard layout ", _sc(["santali"], people.OLCHIKI_MAP), " (sat-Olck) added to image ", digits(8), "\n")
    if k == 3:
        return T("region label ", people._translit(pick(["monggol", "kökeqota", "ordos", "qayilar"]), people.MONG_MAP), " shown vertically in map tile z", str(R.randrange(5, 15)), "/", digits(3), "\n")
    if k == 4:
        return T(pick(["Грозный", "Дьокуускай", "Өфө", "Шупашкар", "Дзæуджыхъæу"]), ": new PoP goes live on 12/", "%02d" % R.randrange(8, 31), "\n")
    return T("Thanks — ", "".join(people.CHEROKEE[s] for s in ["wa", "do"]), "! (sent from the chr-US build)\n")


def f_nm_lookalike_numbers():
    k = R.randrange(5)
    if k == 0:
        return T("IMO ", "9", digits(6), " vessel position report delayed; AIS gap 42 min\n")
    if k == 1:
        return T("ISSN 2049-3630 journal feed failed to parse\n")
    if k == 2:
        return T("1Z", alnum(6, string.ascii_uppercase + string.digits), digits(10), " delivered to parcel locker\n")
    if k == 3:
        return T("GS1-128: (01)0", digits(13), "(17)2712", "%02d" % R.randrange(1, 29), "(10)LOT", digits(4), "\n")
    return T("USPS tracking 9400 1", digits(3), " ", digits(4), " ", digits(4), " ", digits(4), " ", digits(2), " status: in transit\n")


def f_nm_placeholders():
    k = R.randrange(10)
    return T([
        "vault operator unseal <unseal-key-1>\n",
        "erl -sname debug -setcookie <your-erlang-cookie> -remsh rabbit@host\n",
        "rcon_password \"CHANGEME\"   // set before going public\n",
        "otpauth://totp/ACME:alice?secret=<BASE32_SECRET>&issuer=ACME\n",
        "ikey = <integration key>\nskey = <secret key>\n",
        "StoragePass=<password>\n",
        "OVESETUP_CONFIG/adminPassword=str:<admin_password>\n",
        "ffmpeg ... -f flv rtmp://a.rtmp.youtube.com/live2/${STREAM_KEY}\n",
        "cookie_secret = \"REPLACE_WITH_32_BYTES_BASE64\"\n",
        "GOVC_PASSWORD=$(pass show vsphere/admin)\n",
    ][k])


def f_nm_secret_locations():
    k = R.randrange(12)
    return T([
        "StoragePassScript=/etc/slurm/get_dbpass.sh\n",
        "cookie_secret_file = \"/run/secrets/oauth2_proxy_cookie\"\n",
        "node.session.auth.password_file = /etc/iscsi/chap.secret\n",
        "Environment=MEILI_MASTER_KEY_FILE=/run/credentials/meili.service/master_key\n",
        "stream_key_env: YOUTUBE_STREAM_KEY\n",
        "keyring = /etc/ceph/ceph.client.cinder.keyring\n",
        "passwordCommand: \"secret-tool lookup service bmc user ADMIN\"\n",
        "snmp_auth_password_ref: vault:secret/data/snmp#auth\n",
        "GAME_PASSWORD_FILE=/srv/factorio/.game_password\n",
        "client_secret_path: /var/run/dex/argocd-client-secret\n",
        "totp_secret_column: users.otp_seed_enc\n",
        "erlang_cookie_path = \"/var/lib/rabbitmq/.erlang.cookie\"\n",
    ][k])


def f_nm_lang_prose():
    k = R.randrange(10)
    return T([
        "Hasło wygasło — użytkownik musi je zmienić przy następnym logowaniu.\n",
        "Het wachtwoord is gisteren gewijzigd; de sessies zijn ongeldig gemaakt.\n",
        "Mật khẩu đã được đặt lại, vui lòng kiểm tra email.\n",
        "Kata sandi salah sebanyak 5 kali, akun dikunci 15 menit.\n",
        "A jelszó lejárt (jelszó_kor=91 nap).\n",
        "Heslo musí mít alespoň 12 znaků.\n",
        "Salasana vanhentunut: 2026-11-30\n",
        "パスワードが違います（残り 2 回）\n",
        "密码错误，请重试（错误码 1045）\n",
        "Nenosiri limebadilishwa na msimamizi.\n",
    ][k])


def f_nm_dumps_nulls():
    k = R.randrange(12)
    return T([
        "$VAR1 = {\n          'user' => 'report',\n          'password' => undef,\n          'host' => 'db'\n        };\n",
        "ghci> cfg\nConfig {dbUser = \"report\", dbPassword = Nothing, dbPort = 5432}\n",
        "1> Cfg.\n#{user => <<\"report\">>,password => undefined,port => 5432}\n",
        "▿ Credentials\n  - username: \"report\"\n  - password: nil\n  - token: nil\n",
        "> str(cfg)\nList of 3\n $ user    : chr \"report\"\n $ password: NULL\n $ port    : num 5432\n",
        "julia> cfg\nDict{String, Any} with 2 entries:\n  \"password\" => nothing\n  \"user\"     => \"report\"\n",
        "scala> conf\nval res0: DbConf = DbConf(report,None,5432)\n",
        "DbSettings(user=report, password=[FILTERED], host=db, port=5432)\n",
        "iex> cfg\n%{password: nil, user: \"report\", port: 5432}\n",
        "irb> cfg\n=> #<struct Cfg user=\"report\", password=nil, port=5432>\n",
        "Debug: Config { user: \"report\", password: None, port: 5432 }\n",
        ">>> cfg\nConfig(user='report', password=SecretStr('**********'), port=5432)\n",
    ][k])


def f_nm_enc_values():
    k = R.randrange(5)
    if k == 0:
        return T("spring.datasource.password=ENC(", b64(48), ")\njasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}\n")
    if k == 1:
        return T("spec:\n  encryptedData:\n    password: AgB", alnum(300, string.ascii_letters + string.digits + "+/"), "==\n")
    if k == 2:
        return T("db_password: >\n    ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw\n    DQYJKoZIhvcNAQEBBQAEggEA", alnum(60, string.ascii_letters + string.digits + "+/"), "]\n")
    if k == 3:
        return T('{\n  "id": "db",\n  "password": {\n    "encrypted_data": "', b64(48), '",\n    "iv": "', b64(12), '",\n    "auth_tag": "', b64(16), '",\n    "version": 3,\n    "cipher": "aes-256-gcm"\n  }\n}\n')
    return T("value: \"vault:v1:", b64(40), "\"  # transit-encrypted\n")


def f_nm_stream_meta():
    k = R.randrange(5)
    return T([
        "Stream key: ********  (click to reveal)\nServer: rtmp://live.twitch.tv/app\n",
        '{"settings":{"key":"","server":"auto","service":"YouTube - RTMPS"},"type":"rtmp_common"}\n',
        "srt://ingest.corp.internal:9000?streamid=#!::r=live/studio,m=request&latency=200\n",
        "stream live_" + digits(9) + "_???  (key rotated, old one revoked)\n",
        "hls: wrote seg_" + hexs(12) + "_" + digits(5) + ".ts (6.0s, 2.1 MB)\n",
    ][k])


def f_nm_versions():
    k = R.randrange(12)
    return T([
        "iDRAC9 firmware 7.00.00.171 installed, reboot pending\n",
        "FortiOS v7.2.8 build1639 (GA.M)\n",
        "ESXi 8.0.2 build-22380479 on host; VMware Tools 12.4.5.23787635\n",
        "NVIDIA driver 535.183.01, CUDA 12.2\n",
        "JUNOS 21.4R3-S5.4 Kernel 64-bit\n",
        "ceph version 18.2.4 (e7ad5345525c7aa95470c26863873b581076945d) reef (stable)\n",
        "Android 14 build UP1A.231005.007, security patch 2026-11-05\n",
        "BMC firmware 1.73.14, BIOS 2.19.1, CPLD 1.0.4.2\n",
        "PAN-OS 10.2.9-h1 content 8912-9031\n",
        "Cisco IOS XE 17.9.4a, ROMMON 17.6.1r\n",
        "MikroTik RouterOS 7.14.3 (stable), firmware 7.14.3\n",
        "Unity 2022.3.21f1, Gradle 8.7, AGP 8.3.1\n",
    ][k])


FAMILIES = [f_nm_vault_game, f_nm_pagination_tokens, f_nm_lockfiles, f_nm_public_ids, f_nm_storage_ids, f_nm_measurements, f_nm_payment_ids,
            f_nm_health_codes, f_nm_travel_codes, f_nm_eponyms, f_nm_script_orgs, f_nm_lookalike_numbers, f_nm_placeholders, f_nm_secret_locations,
            f_nm_lang_prose, f_nm_dumps_nulls, f_nm_enc_values, f_nm_stream_meta, f_nm_versions]
