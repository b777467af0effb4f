"""Personal-data families of unseen13."""
import json
from gen import E, T, J, s, hexs, ip4, ip6, mac, card, group, iban, iban_grouped, phone, email, LOW, UP, DIG
from people import latin_name, cyr_name, script_name, LATIN, CYRILLIC, PATRONYMIC

P = "PERSON"


def ts(r):
    return "2026-12-%02d %02d:%02d" % (r.randrange(1, 8), r.randrange(24), r.randrange(60))


def full(r, culture=None):
    c, g, f = latin_name(r, culture)
    return c, g, f, g + " " + f


# ------------------------------------------------------------------ names in Sundanese, Buginese, Meetei Mayek and Coptic script
def f_names_scripts(r, k):
    sc = ["sundanese", "buginese", "meetei", "coptic"][k % 4]
    _, nm, latin = script_name(r, sc)
    v = (k // 4 + r.randrange(3)) % 4
    if sc == "sundanese":
        heads = [T("Nami: ", E(P, nm), "\nAlamat surélék: ", E("EMAIL", email(r, *latin.split()[:2])), "\nKaluhan: teu bisa login ka portal\n"),
                 T("[", ts(r), "] ", E(P, nm), ": punten, VPN abdi pareum deui ti énjing\n"),
                 T("pelapor,kontak,kategori\n\"", E(P, nm), "\",", E("PHONE", phone(r, "PH", "intl")), ",jaringan\n"),
                 T("Dear ", E(P, latin.split()[0]), ",\nyour badge reprint is ready. (Printed name: ", E(P, nm), ")\n")]
    elif sc == "buginese":
        heads = [T("Nama (aksara Lontara): ", E(P, nm), "\nNama (Latin): ", E(P, latin), "\n"),
                 T("{\"display_name\": \"", E(P, nm), "\", \"locale\": \"bug-Bugi-ID\", \"role\": \"member\"}\n"),
                 T("Undangan pernikahan — tamu: ", E(P, nm), ", meja ", str(r.randrange(1, 40)), "\n"),
                 T("card printed for ", E(P, nm), " (", E(P, latin), ")\n")]
    elif sc == "meetei":
        heads = [T("ꯃꯃꯤꯡ: ", E(P, nm), "\nPhone: ", E("PHONE", phone(r, "MM", "intl")), "\n"),
                 T("Assigned to ", E(P, nm), " (", E(P, latin), ") — shift B\n"),
                 T("[", ts(r), "] ", E(P, nm), " joined the group\n"),
                 T("name_mni=\"", E(P, nm), "\" name_en=\"", E(P, latin), "\" status=verified\n")]
    else:
        heads = [T("Baptismal register, St. Mark — godparent: ", E(P, nm), " (", E(P, latin), ")\n"),
                 T("سجل الشمامسة: ", E(P, nm), " — الخدمة: قداس الأحد\n"),
                 T("Deacon roster 2026\n- ", E(P, nm), "\n- ", E(P, script_name(r, "coptic")[1]), "\n"),
                 T("{\"name_cop\": \"", E(P, nm), "\", \"parish\": \"Anba Bishoy\"}\n")]
    return "synthetic/names-" + sc, heads[v]


# ------------------------------------------------------------------ names in Tuvan, Buryat, Kalmyk, Abkhaz, Udmurt, Komi and Avar Cyrillic
def f_cyrillic_minor(r, k):
    lang = sorted(CYRILLIC)[k % len(CYRILLIC)]
    _, g, f = cyr_name(r, lang)
    pat = r.choice(PATRONYMIC)
    v = r.randrange(7)
    if v == 0:
        return "synthetic/form-ru", T("ФИО: ", E(P, f.upper() + " " + g + " " + pat), "\nДолжность: инженер АСУ ТП\n")
    if v == 1:
        return "synthetic/ticket-ru", T("Ответственный: ", E(P, f + " " + g[0] + ". " + pat[0] + "."), "\nСтатус: в работе\n")
    if v == 2:
        return "synthetic/order-ru", T("Исполнитель — ", E(P, g[0] + ". " + pat[0] + ". " + f), ", согласовано с ", E(P, cyr_name(r)[2] + " " + cyr_name(r)[1]), ".\n")
    if v == 3:
        return "synthetic/hr-csv", T("tab_no;fio;dept\n", str(r.randrange(1000, 9999)), ";", E(P, f + " " + g + " " + pat), ";ОЭ-", str(r.randrange(1, 9)), "\n")
    if v == 4:
        return "synthetic/chat-ru", T("[", ts(r), "] ", E(P, g + " " + f), ": перезапустил брокер, смотрите графики\n")
    if v == 5:
        return "synthetic/1c-log", T("Пользователь: ", E(P, f + " " + g), "; Компьютер: WS-", str(r.randrange(100, 999)), "; Событие: Сеанс.Начало\n")
    return "synthetic/signature-ru", T("С уважением,\n", E(P, g + " " + f), "\nслужба поддержки, тел. ", E("PHONE", phone(r, "UA", "intl")), "\n")


# ------------------------------------------------------------------ names after a label, labels in many languages
LABELS = ["Ansprechpartner: ", "Responsable : ", "Sorumlu: ", "Ügyintéző: ", "Yhteyshenkilö: ", "Kontaktperson: ", "Osoba kontaktowa: ",
          "Atsakingas asmuo: ", "Vastutaja: ", "Odgovorna oseba: ", "Persona de contacto: ", "Referente: ", "Contactpersoon: ",
          "Ansvarlig: ", "Zodpovedná osoba: ", "Pessoa de contato: ", "Υπεύθυνος: ", "Persoană de contact: ", "Tengiliður: ", "Kontaktna osoba: "]


def f_label_names(r, k):
    lab = LABELS[(k * 3 + r.randrange(2)) % len(LABELS)]
    c, g, f, n = full(r)
    v = r.randrange(4)
    if v == 0:
        return "synthetic/vendor-sheet", T(lab, E(P, n), "\nE-mail: ", E("EMAIL", email(r, g, f)), "\n")
    if v == 1:
        return "synthetic/change-record", T("CHG", str(r.randrange(100000, 999999)), " | ", lab, E(P, n), " | window 22:00–23:30\n")
    if v == 2:
        return "synthetic/yaml-owner", T("service: billing-api\n", lab.strip().rstrip(":").lower().replace(" ", "_"), ": \"", E(P, n), "\"\ntier: 1\n")
    return "synthetic/ticket-field", T(lab, E(P, f.upper() + " " + g), "\n")


# ------------------------------------------------------------------ Latin-script names of cultures not used before, in the forms people write them
TITLES = ["Chief", "Hon.", "Dr.", "Mme", "Fr.", "Sr.", "Elder", "Alhaji", "Hajia", "Pastor", "Mrs.", "Mr."]


def f_latin_forms(r, k):
    c = sorted(LATIN)[(k * 7 + r.randrange(3)) % len(LATIN)]
    _, g, f, n = full(r, c)
    v = r.randrange(7)
    if v == 0:
        return "synthetic/roster", T("ON-CALL  ", E(P, f.upper() + ", " + g), "  primary\n")
    if v == 1:
        return "synthetic/letter", T(r.choice(TITLES), " ", E(P, n), "\n", "Re: access request for the shared drive\n")
    if v == 2:
        return "synthetic/csv-export", T("last_name,first_name,site\n", E(P, f), ",", E(P, g), ",", r.choice(["Gitega", "Maseru", "Koror", "Hanga Roa", "Tizi Ouzou", "Cotonou", "Comrat", "Nukus"]), "\n")
    if v == 3:
        return "synthetic/chat", T("[", ts(r), "] <", E(P, latin_name(r)[1]), "> can someone page ", E(P, n), "? the queue is stuck again\n")
    if v == 4:
        return "synthetic/ldap-display", T("displayName: ", E(P, f + ", " + g), "\ndepartment: Field Operations\n")
    if v == 5:
        return "synthetic/signature", T("Thanks,\n", E(P, n), "\nSite Lead, ", r.choice(["Nukus", "Bujumbura", "Barrow", "Bethel", "Koror"]), "\n")
    return "synthetic/meeting-notes", T("Attendees: ", E(P, n), ", ", E(P, " ".join(latin_name(r)[1:])), ", ops-bridge\n")


# ------------------------------------------------------------------ names in identity documents and payment wire formats
def mrz_name(f, g, width):
    out = (f.upper().replace(" ", "<").replace("'", "").replace("-", "<") + "<<" + g.upper().replace(" ", "<").replace("-", "<"))
    import unicodedata
    out = "".join(c for c in unicodedata.normalize("NFKD", out) if c.isascii() and (c.isalpha() or c == "<"))
    return out[:width]


def f_mrz_wire(r, k):
    c, g, f, n = full(r)
    v = k % 6
    if v == 0:
        nm = mrz_name(f, g, 39)
        cc = r.choice(["BDI", "LSO", "PLW", "VUT", "BEN", "GHA"])
        line1 = "P<" + cc + nm
        line1 = line1 + "<" * (44 - len(line1))
        return "synthetic/kyc-mrz", T("ocr.result mrz_type=TD3 lines=\nP<", cc, E(P, nm), line1[2 + 3 + len(nm):], "\n", s(r, 9, UP + DIG), str(r.randrange(10)), cc,
                                      "8", str(r.randrange(10)), "0", str(r.randrange(1, 10)), "1", str(r.randrange(1, 3)), "F" if r.random() < .5 else "M", "3", str(r.randrange(10)), "0", str(r.randrange(1, 10)), "1", str(r.randrange(1, 3)), str(r.randrange(10)), "<<<<<<<<<<<<<<0", str(r.randrange(10)), "\n")
    if v == 1:
        nm = mrz_name(f, g, 30)
        return "synthetic/kyc-json", T("{\"document\":{\"type\":\"ID\",\"mrz_line3\":\"", E(P, nm), "<" * (30 - len(nm)), "\",\"checks\":{\"mrz\":\"pass\"}}}\n")
    if v == 2:
        return "synthetic/mt103", T("{4:\n:20:PAY", str(r.randrange(10 ** 8, 10 ** 9)), "\n:23B:CRED\n:32A:261207EUR", str(r.randrange(100, 9999)), ",00\n:50K:/",
                                    E("IBAN", iban(r, r.choice(["PT", "RO", "PL"]))), "\n", E(P, (g + " " + f).upper()), "\n", str(r.randrange(1, 99)), " RUA DAS FLORES\n:71A:SHA\n-}\n")
    if v == 3:
        return "synthetic/vcard", T("BEGIN:VCARD\nVERSION:4.0\nN:", E(P, f + ";" + g), ";;;\nFN:", E(P, n), "\nTEL;TYPE=cell:", E("PHONE", phone(r, "KE", "intl")), "\nEND:VCARD\n")
    if v == 4:
        return "synthetic/pain001", T("<Cdtr>\n  <Nm>", E(P, n), "</Nm>\n</Cdtr>\n<CdtrAcct>\n  <Id>\n    <IBAN>", E("IBAN", iban(r, r.choice(["HU", "ME", "BA"]))), "</IBAN>\n  </Id>\n</CdtrAcct>\n")
    return "synthetic/boarding-manifest", T("SEQ 0", str(r.randrange(10, 99)), "  ", E(P, f.upper() + "/" + g.upper()),
                                            " ", r.choice(["MR", "MS", "MRS"]), "  SEAT ", str(r.randrange(1, 40)), r.choice("ABCDEF"), "  BAG 1\n")


# ------------------------------------------------------------------ IBANs in other layouts
def f_ibans(r, k):
    cc = ["ME", "BA", "MR", "PK", "TR", "AE", "SA", "IL", "HU", "RO", "PL", "PT"][(k + r.randrange(12)) % 12]
    v_ = iban(r, cc)
    c, g, f, n = full(r)
    v = k % 8
    if v == 0:
        v_ = iban(r, r.choice(["PT", "RO", "PL", "HU"]))  # an EPC QR code carries a SEPA account
        return "synthetic/epc-qr-payload", T("decoded QR:\nBCD\n002\n1\nSCT\n", s(r, 8, UP), "\n", E(P, n), "\n", E("IBAN", v_), "\nEUR", str(r.randrange(10, 999)), ".00\n\n\nInvoice ", str(r.randrange(1000, 9999)), "\n")
    if v == 1:
        return "synthetic/camt053", T("<Ntry><Amt Ccy=\"EUR\">", str(r.randrange(10, 9999)), ".00</Amt><NtryDtls><TxDtls><RltdPties><DbtrAcct><Id><IBAN>", E("IBAN", v_),
                                      "</IBAN></Id></DbtrAcct></RltdPties></TxDtls></NtryDtls></Ntry>\n")
    if v == 2:
        g_ = iban_grouped(v_)
        cut = 14 if len(g_) > 20 else 10
        while g_[cut - 1] == " " or g_[cut] == " ":
            cut += 1
        return "synthetic/pdf-text", T("Beneficiary account (IBAN): ", E("IBAN", g_[:cut] + "\n" + g_[cut:].lstrip()), "\nReference: INV-", str(r.randrange(1000, 9999)), "\n")
    if v == 3:
        return "synthetic/payout-log", T(ts(r), " payout.failed reason=account_closed iban=", E("IBAN", v_.lower()), " amount=", str(r.randrange(10, 999)), "\n")
    if v == 4:
        return "synthetic/iban-dotted", T("IBAN: ", E("IBAN", ".".join(v_[i:i + 4] for i in range(0, len(v_), 4))), "\n")
    if v == 5:
        local = {"TR": "Hesap sahibi: ", "PL": "Odbiorca: ", "HU": "Kedvezményezett: ", "RO": "Beneficiar: ", "PT": "Titular: ", "ME": "Primalac: ",
                 "BA": "Primalac: ", "IL": "מוטב: ", "AE": "المستفيد: ", "SA": "المستفيد: ", "MR": "Bénéficiaire : ", "PK": "Account title: "}[cc]
        return "synthetic/bank-details-" + cc.lower(), T(local, E(P, n), "\nIBAN ", E("IBAN", iban_grouped(v_)), "\n")
    if v == 6:
        return "synthetic/mt103-59", T(":59:/", E("IBAN", v_), "\n", E(P, (f + " " + g).upper()), "\n:70:/INV/", str(r.randrange(10000, 99999)), "\n")
    return "synthetic/sql-insert", T("INSERT INTO payees (id, holder, iban) VALUES (", str(r.randrange(100, 9999)), ", '", E(P, n), "', '", E("IBAN", iban_grouped(v_, "-")), "');\n")


# ------------------------------------------------------------------ phones of regions not read, in new wrappers
def f_phones(r, k):
    cc = ["CL", "PE", "UA", "CU", "BI", "MM", "PH", "VN", "MY", "AR", "CO", "KE"][(k + r.randrange(12)) % 12]
    v = k % 7
    if v == 0:
        num = phone(r, cc, "intl")
        bare = "".join(ch for ch in num if ch.isdigit())
        return "synthetic/whatsapp-cloud-webhook", T("{\"entry\":[{\"changes\":[{\"value\":{\"contacts\":[{\"profile\":{\"name\":\"", E(P, " ".join(latin_name(r)[1:])),
                                                     "\"},\"wa_id\":\"", E("PHONE", bare), "\"}],\"messages\":[{\"type\":\"text\"}]}}]}]}\n")
    if v == 1:
        return "synthetic/at-commands", T("AT+CMGF=1\r\nOK\r\nAT+CMGS=\"", E("PHONE", phone(r, cc, "intl").replace(" ", "").replace("-", "").replace("(", "").replace(")", "")),
                                          "\"\r\n> generator 2 fault, site ", s(r, 3, UP), "\x1a\r\n+CMGS: ", str(r.randrange(1, 200)), "\r\nOK\n")
    if v == 2:
        return "synthetic/mmcli", T("mmcli -m 0 --messaging-create-sms=\"text='UPS on battery',number='", E("PHONE", phone(r, cc, "intl").replace(" ", "")), "'\"\n")
    if v == 3:
        return "synthetic/adb-call-log", T("Row: ", str(r.randrange(0, 40)), " number=", E("PHONE", phone(r, cc)), ", date=17333", str(r.randrange(10 ** 7, 10 ** 8)),
                                           ", duration=", str(r.randrange(0, 600)), ", type=2, name=", E(P, " ".join(latin_name(r)[1:])), "\n")
    if v == 4:
        return "synthetic/3cx-cdr", T("historyid,callid,duration,time-start,from-no,to-no\n", str(r.randrange(10 ** 5, 10 ** 6)), ",", str(r.randrange(10 ** 5, 10 ** 6)),
                                      ",00:02:14,2026/12/07 09:14:02,", E("PHONE", phone(r, cc, "intl")), ",", str(r.randrange(100, 400)), "\n")
    if v == 5:
        return "synthetic/ticket-callback", T("Callback requested: ", E("PHONE", phone(r, cc)), " (", {"CL": "Santiago", "PE": "Lima", "UA": "Kyiv", "CU": "La Habana", "BI": "Bujumbura",
                                                                                                    "MM": "Yangon", "PH": "Quezon City", "VN": "Hà Nội", "MY": "Kuala Lumpur",
                                                                                                    "AR": "Buenos Aires", "CO": "Medellín", "KE": "Nairobi"}[cc], ")\n")
    return "synthetic/sms-gateway-json", T("{\"msisdn\":\"", E("PHONE", phone(r, cc, "intl")), "\",\"template\":\"otp_login\",\"status\":\"DELIVRD\"}\n")


# ------------------------------------------------------------------ cards in other layouts
def f_cards(r, k):
    v = k % 8
    num = card(r)
    if v == 0:
        return "synthetic/asr-transcript", T("[00:01:", str(r.randrange(10, 59)), "] caller: yes the card is ", E("CREDIT_CARD", " ".join(num[i:i + 2] for i in range(0, len(num), 2))), " expiry twelve twenty eight\n")
    if v == 1:
        return "synthetic/pdf-thin-space", T("Card number\u2009: ", E("CREDIT_CARD", group(num, [4, 4, 4, 4], "\u2009")), "\n")
    if v == 2:
        return "synthetic/apple-narrow-nbsp", T("Payment method: ", E("CREDIT_CARD", group(num, [4, 4, 4, 4], "\u202f")), " (debit)\n")
    if v == 3:
        return "synthetic/json-number", T("{\"order\":", str(r.randrange(10 ** 6, 10 ** 7)), ",\"pan\":", E("CREDIT_CARD", num), ",\"exp\":\"12/28\"}\n")
    if v == 4:
        return "synthetic/url-path", T(E("IPV4", ip4(r, False)), " - - [07/Dec/2026:09:12:44 +0000] \"GET /api/v1/cards/", E("CREDIT_CARD", num), "/verify HTTP/1.1\" 200 41\n")
    if v == 5:
        return "synthetic/pdf-letter-spaced", T("C a r d   N o :   ", E("CREDIT_CARD", "  ".join(" ".join(num[i:i + 4]) for i in range(0, len(num), 4))), "\n")
    if v == 6:
        return "synthetic/asr-triples", T("agent: could you repeat it? caller: ", E("CREDIT_CARD", " ".join(num[i:i + 3] for i in range(0, len(num), 3))), "\n")
    return "synthetic/cobol-fixed-record", T("HDR20261207\nD", "0" * 3, E("CREDIT_CARD", num), "20281200012500EUR", s(r, 6, UP + DIG), "\n")


# ------------------------------------------------------------------ help-desk systems not read
def f_helpdesk(r, k):
    c, g, f, n = full(r)
    em = email(r, g, f)
    v = k % 6
    if v == 0:
        return "synthetic/zammad-api", T("{\"id\":", str(r.randrange(1000, 9999)), ",\"firstname\":\"", E(P, g), "\",\"lastname\":\"", E(P, f), "\",\"email\":\"", E("EMAIL", em),
                                         "\",\"mobile\":\"", E("PHONE", phone(r)), "\",\"organization\":\"Field Ops\"}\n")
    if v == 1:
        return "synthetic/znuny-article", T("From: \"", E(P, f + ", " + g), "\" <", E("EMAIL", em), ">\nTo: ", E("EMAIL", "support@example.com"), "\nSubject: [Ticket#", str(r.randrange(10 ** 9, 10 ** 10)),
                                            "] printer offline\n")
    if v == 2:
        return "synthetic/glpi-followup", T("Suivi ajouté par ", E(P, n), " le 07-12-2026 09:41\nLe demandeur rappelle au ", E("PHONE", phone(r)), ".\n")
    if v == 3:
        return "synthetic/discourse-post-json", T("{\"id\":", str(r.randrange(10 ** 5, 10 ** 6)), ",\"name\":\"", E(P, n), "\",\"username\":\"", g.lower()[:6] + str(r.randrange(10, 99)),
                                                  "\",\"cooked\":\"<p>After the upgrade the runner hangs.</p>\"}\n")
    if v == 4:
        return "synthetic/mbox", T("From ", E("EMAIL", em), " Mon Dec  7 08:12:44 2026\nFrom: ", E(P, n), " <", E("EMAIL", em), ">\nReply-To: ", E("EMAIL", email(r, g, f, "home.example")), "\n")
    return "synthetic/osticket-email", T("New ticket #", str(r.randrange(100000, 999999)), " from ", E(P, n), " <", E("EMAIL", em), ">, phone ", E("PHONE", phone(r)), "\n")


# ------------------------------------------------------------------ mobile and desktop app logs with a profile
def f_app_profile_logs(r, k):
    c, g, f, n = full(r)
    v = k % 6
    if v == 0:
        return "synthetic/logcat-kotlin", T("12-07 09:1", str(r.randrange(10)), ":02.114  4121  4121 D ProfileRepo: loaded UserProfile(id=", str(r.randrange(10 ** 5, 10 ** 6)), ", fullName=",
                                            E(P, n), ", phone=", E("PHONE", phone(r)), ", verified=true)\n")
    if v == 1:
        return "synthetic/lldb-po", T("(lldb) po user\n▿ User\n  - id : ", str(r.randrange(1000, 9999)), "\n  - givenName : \"", E(P, g), "\"\n  - familyName : \"", E(P, f),
                                      "\"\n  - email : \"", E("EMAIL", email(r, g, f)), "\"\n")
    if v == 2:
        return "synthetic/unity-player-log", T("Player.log: [Auth] Signed in as ", E(P, n), " <", E("EMAIL", email(r, g, f)), ">\nUnityEngine.Debug:Log (object)\n")
    if v == 3:
        return "synthetic/godot-print", T("{ \"player\": \"", E(P, n), "\", \"score\": ", str(r.randrange(1000)), ", \"ip\": \"", E("IPV4", ip4(r, False)), "\" }\n")
    if v == 4:
        return "synthetic/dotnet-maui-log", T("[0:] Contact saved: Contact { Name = ", E(P, n), ", Phone = ", E("PHONE", phone(r)), " }\n")
    return "synthetic/electron-console", T("[renderer] %c[store]%c setUser {displayName: '", E(P, n), "', mail: '", E("EMAIL", email(r, g, f)), "'}\n")


# ------------------------------------------------------------------ addresses in other network logs
def f_net_logs(r, k):
    v = k % 7
    if v == 0:
        return "synthetic/keepalived", T("Keepalived_vrrp[", str(r.randrange(100, 9999)), "]: (VI_1) Received advert from ", E("IPV4", ip4(r, True)),
                                         " with lower priority 100, ours 150, forcing new election\n")
    if v == 1:
        return "synthetic/hostapd-logread", T("Mon Dec  7 09:1", str(r.randrange(10)), ":44 2026 daemon.info hostapd: phy0-ap0: AP-STA-CONNECTED ", E("MAC", mac(r)), " auth_alg=sae\n")
    if v == 2:
        return "synthetic/iw-station-dump", T("Station ", E("MAC", mac(r)), " (on wlan0)\n\tinactive time:\t120 ms\n\trx bytes:\t", str(r.randrange(10 ** 5, 10 ** 8)), "\n\tsignal:  \t-5", str(r.randrange(10)), " dBm\n")
    if v == 3:
        return "synthetic/wg-show", T("peer: ", s(r, 43, UP + LOW + DIG) + "=", "\n  endpoint: ", E("IPV4", ip4(r, False)), ":51820\n  allowed ips: ", E("IPV4", "10.8.0." + str(r.randrange(2, 250))), "/32\n  latest handshake: 1 minute, 2 seconds ago\n")
    if v == 4:
        return "synthetic/avahi-browse", T("=  eth0 IPv6 Brother HL-L2350DW              _ipp._tcp            local\n   hostname = [BRN", hexs(r, 12, True), ".local]\n   address = [", E("IPV6", ip6(r)), "]\n   port = [631]\n")
    if v == 5:
        return "synthetic/ip-neigh-json", T("[{\"dst\":\"", E("IPV4", ip4(r, True)), "\",\"dev\":\"br0\",\"lladdr\":\"", E("MAC", mac(r)), "\",\"state\":[\"REACHABLE\"]}]\n")
    return "synthetic/bird-bgp", T("BGP: Neighbor address: ", E("IPV6", ip6(r)), "\n  Neighbor AS: 64", str(r.randrange(500, 999)), "\n  BGP state: Established\n")


# ------------------------------------------------------------------ people in package and build metadata
def f_package_people(r, k):
    c, g, f, n = full(r)
    em = email(r, g, f, r.choice(["example.org", "lists.example.net", "users.noreply.example.com"]))
    v = k % 7
    if v == 0:
        return "synthetic/pkg-info", T("Metadata-Version: 2.1\nName: ", r.choice(["fastlog", "tinyq", "pyrelay"]), "\nVersion: 0.", str(r.randrange(1, 20)), ".0\nAuthor-email: ", E(P, n), " <", E("EMAIL", em), ">\n")
    if v == 1:
        return "synthetic/pom-developer", T("<developer>\n  <id>", g.lower()[:5], "</id>\n  <name>", E(P, n), "</name>\n  <email>", E("EMAIL", em), "</email>\n</developer>\n")
    if v == 2:
        return "synthetic/rpm-changelog", T("%changelog\n* Mon Dec 07 2026 ", E(P, n), " <", E("EMAIL", em), "> - 2.4.1-3\n- Rebuilt against OpenSSL 3.5\n")
    if v == 3:
        return "synthetic/debian-changelog", T("relayd (1.2-1) unstable; urgency=medium\n\n  * New upstream release.\n\n -- ", E(P, n), " <", E("EMAIL", em), ">  Mon, 07 Dec 2026 09:12:01 +0100\n")
    if v == 4:
        return "synthetic/mailmap", T(E(P, n), " <", E("EMAIL", em), "> <", E("EMAIL", email(r, g, f, "old-laptop.example")), ">\n")
    if v == 5:
        return "synthetic/git-shortlog", T("$ git shortlog -sne\n   ", str(r.randrange(10, 400)), "\t", E(P, n), " <", E("EMAIL", em), ">\n")
    return "synthetic/gemspec", T("  spec.authors = [\"", E(P, n), "\"]\n  spec.email   = [\"", E("EMAIL", em), "\"]\n")


# ------------------------------------------------------------------ chat exports not read
def f_chat_exports(r, k):
    c, g, f, n = full(r)
    v = k % 5
    if v == 0:
        vn = r.choice(["Nguyễn Thị Thu Hà", "Trần Văn Khoa", "Lê Hoàng Phúc", "Phạm Minh Thư", "Đặng Quốc Bảo"])
        return "synthetic/zalo-export", T("[07/12/2026 09:1", str(r.randrange(10)), "] ", E(P, vn), ": anh ơi server kế toán lại treo rồi, số em ", E("PHONE", phone(r, "VN")), "\n")
    if v == 1:
        return "synthetic/teams-export-json", T("{\"from\":{\"user\":{\"displayName\":\"", E(P, n), "\",\"id\":\"", s(r, 8, LOW + DIG), "-", s(r, 4, LOW + DIG),
                                                "\"}},\"body\":{\"content\":\"<p>rollback done</p>\"}}\n")
    if v == 2:
        nick = g.lower()[:6] + str(r.randrange(10, 99))
        return "synthetic/twitch-irc", T("@badge-info=;color=#1E90FF;display-name=", nick, ";mod=0 :", nick, "!", nick, "@", nick, ".tmi.twitch.tv PRIVMSG #ops_stream :hi, I'm ",
                                         E(P, n), " from the NOC, stream is lagging\n")
    if v == 3:
        return "synthetic/linkedin-messages-csv", T("CONVERSATION ID,FROM,TO,DATE,CONTENT\n2-", s(r, 20, LOW + DIG), ",", E(P, n), ",", E(P, " ".join(latin_name(r)[1:])),
                                                    ",2026-12-07 09:14:02 UTC,\"Can you share the runbook?\"\n")
    return "synthetic/jami-log", T("[", ts(r), "] ", E(P, n), " (", s(r, 40, "0123456789abcdef"), "): call ended, 12 min\n")


# ------------------------------------------------------------------ incident-management tools
def f_incident_tools(r, k):
    c, g, f, n = full(r)
    v = k % 6
    if v == 0:
        return "synthetic/incident-io-slack", T("⚠ INC-", str(r.randrange(100, 999)), " declared by ", E(P, n), " · Lead: ", E(P, " ".join(latin_name(r)[1:])), " · Severity: Major\n")
    if v == 1:
        return "synthetic/firehydrant-json", T("{\"role\":\"incident_commander\",\"user\":{\"name\":\"", E(P, n), "\",\"email\":\"", E("EMAIL", email(r, g, f)), "\"}}\n")
    if v == 2:
        return "synthetic/rootly-timeline", T(ts(r), " — ", E(P, n), " acknowledged the page (phone: ", E("PHONE", phone(r)), ")\n")
    if v == 3:
        return "synthetic/grafana-oncall", T("Escalation step 2: notify ", E(P, n), " via SMS ", E("PHONE", phone(r, None, "intl")), "\n")
    if v == 4:
        return "synthetic/squadcast-export", T("incident_id,assignee,assignee_email\n", s(r, 24, "0123456789abcdef"), ",", E(P, n), ",", E("EMAIL", email(r, g, f)), "\n")
    return "synthetic/zenduty-note", T("Note by ", E(P, f.upper() + " " + g), ": customer ", E(P, " ".join(latin_name(r)[1:])), " confirmed recovery at 09:40\n")


# ------------------------------------------------------------------ names with initials
def f_initials(r, k):
    c, g, f, n = full(r)
    v = k % 6
    if v == 0:
        return "synthetic/approval", T("Approved: ", E(P, g[0] + ". " + f), "\n")
    if v == 1:
        return "synthetic/timesheet", T("Name (Surname, Initials): ", E(P, f + ", " + g[0] + "."), "\n")
    if v == 2:
        return "synthetic/minutes", T("Action: ", E(P, f.upper() + " " + g[0] + "."), " to renew the certificate before 2026-12-20\n")
    if v == 3:
        _, cg, cf = cyr_name(r)
        return "synthetic/act-ru", T("Акт подписал: ", E(P, cg[0] + ". " + r.choice(PATRONYMIC)[0] + ". " + cf), "\n")
    if v == 4:
        return "synthetic/gitlab-mr", T("Reviewed-by: ", E(P, g[0] + ". " + g2(r) + ". " + f), "\n")
    return "synthetic/shift-board", T("Nights: ", E(P, g[0] + "." + f), " / ", E(P, " ".join(latin_name(r)[1:])), "\n")


def g2(r):
    return r.choice("ABDEKLMNRST")


FAMILIES = [f_names_scripts, f_cyrillic_minor, f_label_names, f_latin_forms, f_mrz_wire, f_ibans, f_phones, f_cards, f_helpdesk,
            f_app_profile_logs, f_net_logs, f_package_people, f_chat_exports, f_incident_tools, f_initials]
