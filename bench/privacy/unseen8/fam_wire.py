"""Secret families, part 3: JWTs in new places, signed URLs, webhook URLs, credentials in URLs of many schemes, non-PEM private keys,
TOTP seeds and recovery codes, password-manager and browser exports."""
import gen as g
from people import person, email_for

E = lambda t, v: (t, v)
GS = "GENERIC_SECRET"


def f_jwt_places(r):
    t = g.jwt(r)
    k = r.randrange(8)
    if k == 0:
        return ["GET /ws/v2/stream HTTP/1.1\nHost: rt.example.com\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Key: ", g.b64s(r, 16), "\nSec-WebSocket-Protocol: access_token, ", E("JWT", t), "\nSec-WebSocket-Version: 13"]
    if k == 1:
        return ["$ kubectl --server https://", E("IPV4", g.ipv4(r, True)), ":6443 --token=", E("JWT", t), " -n payments get pods\nNAME                      READY   STATUS    RESTARTS   AGE\napi-6d9c7b5f4-2xkq8       1/1     Running   0          3d"]
    if k == 2:
        return ["x-goog-iap-jwt-assertion: ", E("JWT", t), "\nx-goog-authenticated-user-email: accounts.google.com:", E("EMAIL", email_for(r, person(r))), "\nx-forwarded-for: ", E("IPV4", g.ipv4(r, False))]
    if k == 3:
        return ["<form method=\"post\" action=\"https://app.example.com/auth/callback\">\n  <input type=\"hidden\" name=\"id_token\" value=\"", E("JWT", t), "\"/>\n  <input type=\"hidden\" name=\"state\" value=\"", g.hexs(r, 16), "\"/>\n</form>"]
    if k == 4:
        return ["> localStorage.getItem('auth')\n'{\"user\":\"ops\",\"jwt\":\"", E("JWT", t), "\",\"exp\":1765012345}'"]
    if k == 5:
        return ["ts=2026-12-06T10:02:11Z level=debug msg=\"upstream auth ok\" route=/api/orders jwt=", E("JWT", t), " latency_ms=41"]
    if k == 6:
        return ["Cookie: theme=dark; __Secure-authjs.session-token=", E("JWT", t), "; _ga=GA1.1.", str(r.randrange(10**9, 10**10)), ".1765000000"]
    return ["mosquitto_pub -h mqtt.example.com -p 8883 -u device-", str(r.randrange(100, 999)), " -P ", E("JWT", t), " -t telemetry/up -m '{\"t\":21.4}'"]


def f_signed_urls(r):
    k = r.randrange(6)
    if k == 0:
        sig = g.pick(r, g.ALNUM + "~-", 170)
        return ["GET https://d1x2y3z4.cloudfront.net/media/2026/q4-report.mp4?Expires=", str(1765000000 + r.randrange(90000)), "&Signature=", E(GS, sig), "&Key-Pair-Id=K", g.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 13), " 403 AccessDenied"]
    if k == 1:
        return ["https://erp-exports.oss-eu-central-1.aliyuncs.com/dump/orders.csv.gz?OSSAccessKeyId=", E("API_KEY", "LTAI5t" + g.pick(r, g.ALNUM, 18)), "&Expires=", str(1765000000 + r.randrange(90000)), "&Signature=", E(GS, g.pick(r, g.ALNUM, 27) + "%3D")]
    if k == 2:
        return ["curl -o backup.tar 'https://f003.backblazeb2.com/file/erp-backups/2026-12-05.tar?Authorization=", E(GS, "3_" + g.pick(r, g.ALNUM, 20) + "_" + g.hexs(r, 24) + "_0003_" + g.pick(r, g.ALNUM, 40))]
    if k == 3:
        return ["Pre-authenticated request created:\n  https://objectstorage.eu-frankfurt-1.oraclecloud.com/p/", E(GS, g.pick(r, g.ALNUM + "-_", 64)), "/n/frx8abc/b/erp-dumps/o/orders-2026-12-05.dmp\n  expires 2026-12-13T00:00:00Z"]
    if k == 4:
        return ["https://erp-1250000000.cos.ap-singapore.myqcloud.com/report.pdf?q-sign-algorithm=sha1&q-ak=", E("API_KEY", "AKID" + g.pick(r, g.ALNUM, 32)), "&q-sign-time=1765000000;1765003600&q-key-time=1765000000;1765003600&q-header-list=host&q-url-param-list=&q-signature=", E(GS, g.hexs(r, 40))]
    return ["https://prod-27.westeurope.logic.azure.com:443/workflows/", g.hexs(r, 32), "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=", E(GS, g.pick(r, g.ALNUM + "-_", 43))]


def f_webhooks(r):
    k = r.randrange(6)
    if k == 0:
        return ["mattermost:\n  webhook_url: https://chat.example.com/hooks/", E(GS, g.pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 26)), "\n  channel: ops-alerts"]
    if k == 1:
        return ["POST https://rocket.example.com/hooks/", g.pick(r, g.ALNUM, 17), "/", E(GS, g.pick(r, g.ALNUM, 48)), " -> 200 {\"success\":true}"]
    if k == 2:
        return ["curl -X POST https://maker.ifttt.com/trigger/deploy_done/with/key/", E(GS, g.pick(r, g.ALNUM + "-_", 22)), " -d value1=prod"]
    if k == 3:
        return ["curl -X POST --fail -F token=", E("API_KEY", "glptt-" + g.hexs(r, 40)), " -F ref=main https://gitlab.example.com/api/v4/projects/412/trigger/pipeline"]
    if k == 4:
        return ["Triggering remote build: https://ci.example.com/job/deploy-prod/buildWithParameters?token=", E(GS, g.pick(r, g.ALNUM, 24)), "&ENV=prod\nWaiting for remote build to start..."]
    return ["alertmanager receiver 'zapier': POST https://hooks.zapier.com/hooks/catch/", str(r.randrange(10**6, 10**7)), "/", E(GS, g.pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 7)), "/ failed: context deadline exceeded"]


def f_url_schemes(r):
    pw = g.password(r, safe=True)
    ip = g.ipv4(r, True)
    k = r.randrange(7)
    if k == 0:
        return ["ffmpeg -rtsp_transport tcp -i rtsp://", E("URL_CREDENTIALS", "admin:" + pw), "@", E("IPV4", ip), ":554/Streaming/Channels/101 -frames:v 1 snap.jpg\n[rtsp @ 0x55d1c2] method DESCRIBE failed: 401 Unauthorized"]
    if k == 1:
        return ["export ALL_PROXY=socks5h://", E("URL_CREDENTIALS", "tunnel:" + pw), "@", E("IPV4", ip), ":1080\ncurl: (97) Can't complete SOCKS5 connection to api.example.com. (4)"]
    if k == 2:
        return ["smbclient: mount error for smb://", E("URL_CREDENTIALS", "CORP;scanner:" + pw), "@fs01.corp.example.com/scans (NT_STATUS_LOGON_FAILURE)"]
    if k == 3:
        em = email_for(r, person(r)).replace("@", "%40")
        return ["fetchmail: imaps://", E("URL_CREDENTIALS", em + ":" + pw), "@imap.example.com:993/INBOX -> 0 new messages"]
    if k == 4:
        return ["rclone lsd :webdav: --webdav-url \"davs://", E("URL_CREDENTIALS", "nextcloud:" + pw), "@cloud.example.com/remote.php/dav/files/nextcloud\"\n          -1 2026-12-01 10:00:00        -1 Documents"]
    if k == 5:
        return ["xtightvncviewer vnc://:", E("URL_CREDENTIALS", pw), "@", E("IPV4", ip), ":5901\nConnected to RFB server, using protocol version 3.8\nPerforming standard VNC authentication\nAuthentication failed"]
    return ["obs: Output 'rtmp://", E("URL_CREDENTIALS", "live:" + pw), "@", E("IPV4", ip), "/app/stream' failed to connect (code -2)"]


def f_nonpem_keys(r):
    k = r.randrange(5)
    if k == 0:
        pub = g.b64s(r, 51)
        priv = g.b64s(r, 48)
        return ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ops@jump01\nPublic-Lines: 2\n", pub[:64], "\n", pub[64:], "\nPrivate-Lines: 1\n", E("PRIVATE_KEY", priv), "\nPrivate-MAC: ", g.hexs(r, 64)]
    if k == 1:
        return ["{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"", g.hexs(r, 8), "\",\"use\":\"sig\",\"x\":\"", g.b64s(r, 32, True, False), "\",\"y\":\"", g.b64s(r, 32, True, False), "\",\"d\":\"", E("PRIVATE_KEY", g.b64s(r, 32, True, False)), "\"}]}"]
    if k == 2:
        return ["$ cat ~/.config/sops/age/keys.txt\n# created: 2026-11-30T09:12:44Z\n# public key: age1", g.pick(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "\n", E("PRIVATE_KEY", "AGE-SECRET-KEY-1" + g.pick(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58))]
    if k == 3:
        return ["$ cat ~/.minisign/minisign.key\nuntrusted comment: minisign encrypted secret key\n", E("PRIVATE_KEY", "RWRTY0Iy" + g.b64s(r, 152)[:204])]
    return ["{\n  \"primaryKeyId\": ", str(r.randrange(10**8, 10**9)), ",\n  \"key\": [{\n    \"keyData\": {\n      \"typeUrl\": \"type.googleapis.com/google.crypto.tink.AesGcmKey\",\n      \"value\": \"", E("PRIVATE_KEY", "GiA" + g.b64s(r, 32)[3:]), "\",\n      \"keyMaterialType\": \"SYMMETRIC\"\n    },\n    \"status\": \"ENABLED\"\n  }]\n}"]


def f_totp(r):
    sec = g.base32_secret(r, 32)
    p = person(r)
    k = r.randrange(5)
    if k == 0:
        return ["otpauth://totp/Acme%20VPN:", E("EMAIL", email_for(r, p)), "?secret=", E(GS, sec), "&issuer=Acme%20VPN&algorithm=SHA1&digits=6&period=30"]
    if k == 1:
        grouped = " ".join(sec.lower()[i:i + 4] for i in range(0, 32, 4))
        return ["Can't scan the QR code? Enter this setup key in your authenticator app:\n", E(GS, grouped), "\nThen enter the 6-digit code it shows."]
    if k == 2:
        codes = ["%s-%s" % (g.hexs(r, 5), g.hexs(r, 5)) for _ in range(6)]
        out = ["Your GitHub recovery codes (keep them somewhere safe):\n"]
        for c in codes:
            out += ["  ", E(GS, c), "\n"]
        return out + ["Generated 2026-12-06 for @ops-admin"]
    if k == 3:
        out = ["$ cat ~/.google_authenticator\n", E(GS, g.base32_secret(r, 26)), "\n\" RATE_LIMIT 3 30\n\" WINDOW_SIZE 17\n\" TOTP_AUTH\n"]
        for _ in range(4):
            out += [E(GS, str(r.randrange(10**7, 10**8))), "\n"]
        return out[:-1]
    return ["$ oathtool --totp -b ", E(GS, sec), "\n", str(r.randrange(100000, 999999))]


def f_pwmgr_export(r):
    p = person(r)
    pw = g.password(r, safe=True)
    k = r.randrange(5)
    if k == 0:
        return ["folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\nInfra,,login,Grafana prod,,,0,https://grafana.example.com,",
                E("EMAIL", email_for(r, p)), ",", E(GS, pw), ",\nInfra,1,login,iDRAC r740-07,,,0,https://", E("IPV4", g.ipv4(r, True)), ",root,", E(GS, g.password(r, True)), ","]
    if k == 1:
        return ["name,url,username,password,note\njira.example.com,https://jira.example.com/login.jsp,", E("EMAIL", email_for(r, p)), ",", E(GS, pw), ",\nvcenter,https://vcenter.corp.example.com/ui/,administrator,", E(GS, g.password(r, True)), ","]
    if k == 2:
        return ["\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\",\"guid\",\"timeCreated\",\"timeLastUsed\",\"timePasswordChanged\"\n\"https://admin.example.com\",\"",
                E("EMAIL", email_for(r, p)), "\",\"", E(GS, pw), "\",,\"https://admin.example.com\",\"{", g.uuid(r), "}\",\"1733000000000\",\"1765000000000\",\"1733000000000\""]
    if k == 3:
        return ["url,username,password,totp,extra,name,grouping,fav\nhttps://pfsense.corp.example.com,admin,", E(GS, pw), ",", E(GS, g.base32_secret(r, 16)), ",,pfSense,Network,0"]
    return ["<Entry>\n  <String><Key>Title</Key><Value>SQL sa</Value></String>\n  <String><Key>UserName</Key><Value>sa</Value></String>\n  <String><Key>Password</Key><Value ProtectInMemory=\"True\">", E(GS, pw), "</Value></String>\n  <String><Key>URL</Key><Value>mssql://", E("IPV4", g.ipv4(r, True)), "</Value></String>\n</Entry>"]
