"""Secrets and personal data in message queues, VPN and Wi-Fi configs, network gear and SIP logs."""
import gen as g
import people as pp
from gen import rec

GS, CS = "GENERIC_SECRET", "CONNECTION_STRING"


def mq(r):
    k = r.randrange(5)
    if k == 0:
        return rec("2026-12-06 07:41:12.004 [main] INFO  o.s.a.r.c.CachingConnectionFactory - Attempting to connect to: [amqps://",
                   (CS, f"billing:{g.pw(r, url_safe=True)}"), "@", ("IPV4", g.ipv4(r, True)), ":5671/prod]")
    if k == 1:
        return rec("$ mosquitto_pub -h broker.iot.example -p 8883 --cafile ca.crt -u sensor-gw -P '", (GS, g.pw(r)),
                   "' -t 'plant/7/temp' -m '21.4'\nError: Connection refused: not authorised.")
    if k == 2:
        return rec("bootstrap.servers=pkc-", g.s(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5), ".eu-west-1.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\n"
                   "sasl.mechanisms=PLAIN\nsasl.username=", g.s(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "\nsasl.password=",
                   (GS, g.s(r, g.ALNUM + "+/", 64)))
    if k == 3:
        return rec("%7|1765003011.221|SASL|rdkafka#producer-1| [thrd:sasl_ssl://", ("IPV4", g.ipv4(r, True)),
                   ":9093/bootstrap]: Send SASL PLAIN frame: user=orders-producer password=", (GS, g.pw(r)))
    return rec("listener 8883\nallow_anonymous false\n# bridge to cloud\nconnection cloud-bridge\naddress mqtt.cloud.example:8883\nremote_username edge-", str(r.randrange(10, 99)),
               "\nremote_password ", (GS, g.pw(r)), "\ntopic telemetry/# out 1")


def vpn(r):
    k = r.randrange(4)
    if k == 0:
        return rec("[Interface]\nPrivateKey = ", (GS, g.b64(r, 32)), "\nAddress = ", ("IPV4", g.ipv4(r, True)), "/32\nDNS = ", ("IPV4", "1.1.1.1"), "\n\n[Peer]\nPublicKey = ",
                   g.b64(r, 32), "\nPresharedKey = ", (GS, g.b64(r, 32)), "\nAllowedIPs = 0.0.0.0/0, ::/0\nEndpoint = vpn.example.net:51820")
    if k == 1:
        return rec("# /etc/ipsec.secrets\n", ("IPV4", g.ipv4(r, False)), " ", ("IPV4", g.ipv4(r, False)), " : PSK \"", (GS, g.pw(r)), "\"")
    if k == 2:
        return rec("conn site-b\n    keyexchange=ikev2\n    left=%defaultroute\n    right=", ("IPV4", g.ipv4(r, False)),
                   "\n    authby=secret\n# crypto isakmp key ", (GS, g.pw(r)), " address ", ("IPV4", g.ipv4(r, False)))
    return rec("$ cat /etc/openvpn/client/auth.txt\nvpn-svc\n", (GS, g.pw(r)), "\n$ openvpn --config corp.ovpn --auth-user-pass /etc/openvpn/client/auth.txt")


def wifi(r):
    k = r.randrange(3)
    ssid = r.choice(["CorpNet", "Plant-Floor-5G", "Warehouse_IoT", "Guest-Lobby"])
    if k == 0:
        return rec(f"ctrl_interface=/run/wpa_supplicant\nnetwork={{\n    ssid=\"{ssid}\"\n    psk=\"", (GS, g.pw(r)), "\"\n    key_mgmt=WPA-PSK\n}")
    if k == 1:
        return rec(f"network={{\n\tssid=\"{ssid}\"\n\t#psk=\"hidden\"\n\tpsk=", (GS, g.hexs(r, 64)), "\n}")
    return rec(f"network={{\n  ssid=\"{ssid}\"\n  key_mgmt=WPA-EAP\n  eap=PEAP\n  identity=\"", ("EMAIL", pp.email(r)), "\"\n  password=\"", (GS, g.pw(r)),
               "\"\n  phase2=\"auth=MSCHAPV2\"\n}")


def netgear(r):
    k = r.randrange(5)
    if k == 0:
        return rec("hostname core-sw-01\n!\nenable secret 5 ", (GS, "$1$" + g.s(r, g.ALNUM, 4) + "$" + g.s(r, g.ALNUM + "./", 22)),
                   "\n!\nusername netops privilege 15 password 7 ", (GS, g.cisco7(r)), "\n!")
    if k == 1:
        return rec("snmp-server community ", (GS, g.pw(r, kind=r.choice([1, 2]))), " RO 10\nsnmp-server location DC2-Row4\nsnmp-server contact noc-team")
    if k == 2:
        return rec("tacacs server ISE-1\n address ipv4 ", ("IPV4", g.ipv4(r, True)), "\n key 0 ", (GS, g.pw(r)), "\n!\nline vty 0 4\n transport input ssh")
    if k == 3:
        return rec("set system root-authentication encrypted-password \"", (GS, "$6$" + g.s(r, g.ALNUM, 8) + "$" + g.s(r, g.ALNUM + "./", 86)),
                   "\"\nset snmp community ", (GS, g.s(r, g.ALNUM, 12)), " authorization read-only")
    return rec("interface GigabitEthernet1/0/24\n description uplink\n ip ospf authentication-key 7 ", (GS, g.cisco7(r)),
               "\n ip address ", ("IPV4", g.ipv4(r, True)), " 255.255.255.252")


def sip(r):
    k = r.randrange(3)
    if k == 0:
        who = pp.name(r)
        ph = pp.phone(r, r.choice(["DE", "UK", "FR", "US", "NL", "ES"]))
        e164 = "+" + "".join(c for c in ph if c.isdigit()) if ph.startswith("+") else None
        if e164:
            uri = ("sip:", ("PHONE", e164), "@pbx.example.net")
        else:
            uri = ("sip:", "1" + str(r.randrange(100, 999)), "@pbx.example.net")
        return rec("INVITE sip:2001@pbx.example.net SIP/2.0\nVia: SIP/2.0/UDP ", ("IPV4", g.ipv4(r, False)), f":5060;branch=z9hG4bK{g.hexs(r, 10)}\n"
                   "From: \"", ("PERSON", who), "\" <", *uri, f">;tag={g.hexs(r, 8)}\nTo: <sip:2001@pbx.example.net>\nCall-ID: {g.hexs(r, 16)}@pbx.example.net\n"
                   "CSeq: 102 INVITE\nP-Asserted-Identity: <tel:", ("PHONE", ph), ">")
    if k == 1:
        return rec("[1001]\ntype=friend\nhost=dynamic\nsecret=", (GS, g.pw(r)), "\ncontext=internal\ncallerid=\"", ("PERSON", pp.name(r)), "\" <1001>")
    return rec("[6001-auth]\ntype=auth\nauth_type=userpass\nusername=6001\npassword=", (GS, g.pw(r)), "\n\n[6001]\ntype=aor\nmax_contacts=1")


FAMILIES = [(mq, 12), (vpn, 10), (wifi, 8), (netgear, 12), (sip, 9)]
