"""Families with personal data (unseen3): support mail and chat in several languages, CI/GitOps logs naming people,
network inventories, HR and billing tickets."""
from gen import Rec


def phone(v):
    """A phone number in one of many countries' national or international forms."""
    d = lambda n: v.s("0123456789", n)
    forms = [
        lambda: f"+49 {v.pick(['30', '89', '40', '221'])} {d(7)}", lambda: f"0{v.pick(['30', '89'])} {d(4)} {d(4)}",
        lambda: f"+49 151 {d(8)}", lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
        lambda: f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"+39 02 {d(4)} {d(4)}", lambda: f"+39 3{d(2)} {d(3)} {d(4)}",
        lambda: f"06-{d(8)}", lambda: f"+31 20 {d(3)} {d(4)}", lambda: f"+48 5{d(2)} {d(3)} {d(3)}",
        lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"(21) 9{d(4)}-{d(4)}", lambda: f"+52 55 {d(4)} {d(4)}",
        lambda: f"+91 9{d(4)} {d(5)}", lambda: f"090-{d(4)}-{d(4)}", lambda: f"03-{d(4)}-{d(4)}", lambda: f"+81 3-{d(4)}-{d(4)}",
        lambda: f"+27 82 {d(3)} {d(4)}", lambda: f"+41 44 {d(3)} {d(2)} {d(2)}", lambda: f"070-{d(3)} {d(2)} {d(2)}",
        lambda: f"+65 9{d(3)} {d(4)}", lambda: f"010-{d(4)}-{d(4)}", lambda: f"+86 138 {d(4)} {d(4)}",
        lambda: f"+1 ({v.r.randint(201, 989)}) 555-{d(4)}", lambda: f"+44 7700 900{d(3)}", lambda: f"+353 87 {d(3)} {d(4)}",
        lambda: f"+61 4{d(2)} {d(3)} {d(3)}", lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", lambda: f"+234 803 {d(3)} {d(4)}",
    ]
    return v.pick(forms)()


def support_mail(v):
    t = Rec()
    name, lang = v.name(), v.r.randrange(7)
    greet, body, sign, tel = [
        ("Hallo Support-Team,", "seit heute Morgen schlägt die Zahlung fehl. Meine IBAN ist ", "Viele Grüße", "Tel.: "),
        ("Bonjour,", "le prélèvement est refusé depuis hier. Voici mon IBAN : ", "Cordialement", "Tél. : "),
        ("Hola,", "no puedo cambiar la cuenta de cobro. Mi IBAN es ", "Un saludo", "Teléfono: "),
        ("Olá,", "a cobrança falhou de novo. Minha conta (IBAN) é ", "Atenciosamente", "Telefone: "),
        ("Ciao,", "il pagamento non va a buon fine. IBAN: ", "Grazie", "Cell: "),
        ("Dzień dobry,", "płatność została odrzucona. Mój numer IBAN to ", "Pozdrawiam", "tel. "),
        ("Hi team,", "our direct debit keeps bouncing. The account is ", "Thanks", "Phone: "),
    ][lang]
    t(f"From: ").e("PERSON", name)(" <").e("EMAIL", v.email(name))(">\nSubject: Re: [#" + str(v.r.randint(10000, 99999)) + "] \n\n" + greet + "\n" + body)
    t.e("IBAN", v.iban(v.r.random() < 0.5))(".\n\n" + sign + "\n").e("PERSON", name)("\n" + tel).e("PHONE", phone(v))("\n")
    return t, "synthetic/support-mail"


def support_chat(v):
    t = Rec()
    agent, cust = v.name(), v.name()
    t(f"[{v.r.randint(10, 23)}:{v.r.randint(10, 59)}] ").e("PERSON", agent)(": ")
    k = v.r.randrange(4)
    if k == 0:
        t("customer ").e("PERSON", cust)(" pasted their card into the chat (").e("CREDIT_CARD", v.card())(") — please purge the transcript\n")
    elif k == 1:
        t("カード番号が表示されています: ").e("CREDIT_CARD", v.card(False))(" — 削除をお願いします (").e("PERSON", cust)(")\n")
    elif k == 2:
        t("caller ").e("PERSON", cust)(" verified with SSN ").e("US_SSN", v.ssn(v.pick(["-", " "])))(", callback ").e("PHONE", phone(v))("\n")
    else:
        t("rappel demandé par ").e("PERSON", cust)(" au ").e("PHONE", phone(v))(", mail ").e("EMAIL", v.email(cust))("\n")
    return t, "synthetic/support-chat"


def ci_people(v):
    t = Rec()
    name = v.name()
    k = v.r.randrange(3)
    sha = v.hexs(40)
    if k == 0:
        t(f"Run actions/checkout@v4\nHEAD is now at {sha[:7]} fix: retry on 503\n  author: ").e("PERSON", name)(" <").e("EMAIL", v.email(name))(">\n")
    elif k == 1:
        t(f"time=\"2026-11-30T10:22:01Z\" level=info msg=\"sync initiated\" application={v.pick(v.SVC)} initiatedBy=").e("EMAIL", v.email(name))(f" revision={sha}\n")
    else:
        t(f"Incident #{v.r.randint(1000, 9999)} acknowledged by ").e("PERSON", name)(" (escalation: Platform On-Call, level 2)\n")
    return t, "synthetic/ci-gitops-people"


def net_inventory(v):
    t = Rec()
    k = v.r.randrange(4)
    if k == 0:
        t("$ nmcli device show eth0\nGENERAL.DEVICE:                         eth0\nGENERAL.HWADDR:                         ").e("MAC", v.mac(":").upper())("\nIP4.ADDRESS[1]:                         ").e("IPV4", v.ipv4())("/24\nIP4.GATEWAY:                            ").e("IPV4", v.ipv4())("\n")
    elif k == 1:
        t("C:\\> getmac /v\nConnection Name Network Adapter Physical Address    Transport Name\nEthernet        Intel(R) I219-LM ").e("MAC", v.mac("-").upper())("   \\Device\\Tcpip_{" + v.uuid().upper() + "}\n")
    elif k == 2:
        t(f"$ kubectl get pods -o wide\nNAME             READY   STATUS    IP             NODE\napi-6f7c9d-x8k2  1/1     Running   ").e("IPV4", v.ipv4())("    node-3\n")
    else:
        t("$ cat ~/.ssh/known_hosts\n").e("IPV4", v.ipv4())(" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + v.alnum(43) + "\n[bastion.corp.lan]:2222,[").e("IPV6", v.ipv6())("]:2222 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI" + v.alnum(100) + "=\n")
    return t, "synthetic/net-inventory"


def hr_billing(v):
    t = Rec()
    name = v.name()
    k = v.r.randrange(3)
    if k == 0:
        t(f"HR-{v.r.randint(1000, 9999)} | payroll sync failed for ").e("PERSON", name)(" ssn=").e("US_SSN", v.ssn())(f" employee_id=E{v.r.randint(10000, 99999)}\n")
    elif k == 1:
        t("stripe.error.CardError: Your card was declined. card=").e("CREDIT_CARD", v.card(False))(" customer=cus_" + v.alnum(14) + " email=").e("EMAIL", v.email(name))("\n")
    else:
        t("Rechnung " + str(v.r.randint(2024000, 2026999)) + ": Lastschrift von ").e("IBAN", v.iban(True))(" zurückgegeben (Kontoinhaber: ").e("PERSON", name)(")\n")
    return t, "synthetic/hr-billing"


FAMILIES = [(support_mail, 20), (support_chat, 18), (ci_people, 12), (net_inventory, 14), (hr_billing, 12)]
