"""Families for extra.jsonl: personal data the shared vocabulary has no type for (national ids written with separators, dates
of birth in many formats, postal addresses of many countries, domestic bank account numbers), next to in-vocabulary PII.
Scored type-blind and separately: a redactor with no recognizer for a kind is out of scope, not wrong."""
from gen import pick
from people import email, name, phone


def _d(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def _it_cf(r):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(pick(r, a) for _ in range(6)) + _d(r, 2) + pick(r, "ABCDEHLMPRST") + _d(r, 2) + pick(r, a) + _d(r, 3) + pick(r, a)


def _pesel(r):
    body = [r.randrange(10) for _ in range(10)]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return "".join(map(str, body)) + str((10 - sum(a * b for a, b in zip(body, w)) % 10) % 10)


def _se_pnr(r):
    y, m, d = r.randrange(50, 99), r.randrange(1, 13), r.randrange(1, 29)
    body = f"{y:02d}{m:02d}{d:02d}{_d(r, 3)}"
    s = 0
    for i, c in enumerate(body):
        x = int(c) * (2 if i % 2 == 0 else 1)
        s += x - 9 if x > 9 else x
    return f"{body[:6]}-{body[6:]}{(10 - s % 10) % 10}"


def _cl_rut(r):
    n = r.randrange(5_000_000, 25_000_000)
    s, f = 0, 2
    for c in reversed(str(n)):
        s += int(c) * f
        f = 2 if f == 7 else f + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    return f"{n // 1000000}.{n // 1000 % 1000:03d}.{n % 1000:03d}-{dv}"


IDS = [("IT codice fiscale", _it_cf), ("PL PESEL", _pesel), ("SE personnummer", _se_pnr), ("CL RUT", _cl_rut),
       ("BE numéro national", lambda r: f"{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}-{_d(r, 3)}.{_d(r, 2)}"),
       ("CH AHV", lambda r: f"756.{_d(r, 4)}.{_d(r, 4)}.{_d(r, 2)}"), ("MX CURP", lambda r: "GOMA" + _d(r, 6) + "HDFRRN0" + _d(r, 1)),
       ("AT SV-Nummer", lambda r: f"{_d(r, 4)} {_d(r, 6)}"), ("DK CPR", lambda r: f"{_d(r, 6)}-{_d(r, 4)}"),
       ("AR DNI", lambda r: f"{r.randrange(20, 45)}.{_d(r, 3)}.{_d(r, 3)}"), ("ZA ID", lambda r: f"{_d(r, 6)} {_d(r, 4)} {_d(r, 3)}"),
       ("UK NI", lambda r: f"{pick(r, ['AB', 'JG', 'NP', 'SK'])} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {pick(r, 'ABCD')}")]

DOB = [lambda r, y, m, d: f"{d:02d}.{m:02d}.{y}", lambda r, y, m, d: f"{y}-{m:02d}-{d:02d}", lambda r, y, m, d: f"{m:02d}/{d:02d}/{y}",
       lambda r, y, m, d: f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}",
       lambda r, y, m, d: f"{d:02d}/{m:02d}/{str(y)[2:]}", lambda r, y, m, d: f"{y}年{m}月{d}日", lambda r, y, m, d: f"{d}-{m}-{y}"]

ADDR = [lambda r: f"Via {pick(r, ['Garibaldi', 'Roma', 'dei Mille'])} {r.randrange(1, 200)}, {r.randrange(10, 99)}100 {pick(r, ['Torino', 'Milano'])} TO",
        lambda r: f"ul. {pick(r, ['Marszałkowska', 'Długa', 'Piękna'])} {r.randrange(1, 200)}/{r.randrange(1, 40)}, {_d(r, 2)}-{_d(r, 3)} Warszawa",
        lambda r: f"Rua {pick(r, ['Augusta', 'do Ouro', 'das Flores'])} {r.randrange(1, 300)}, {r.randrange(1000, 9999)}-{_d(r, 3)} Lisboa",
        lambda r: f"{pick(r, ['Storgatan', 'Drottninggatan'])} {r.randrange(1, 90)}, {_d(r, 3)} {_d(r, 2)} Stockholm",
        lambda r: f"{r.randrange(1, 9)}-{r.randrange(1, 30)}-{r.randrange(1, 20)} {pick(r, ['Jingumae', 'Shibuya', 'Umeda'])}, {pick(r, ['Shibuya-ku', 'Kita-ku'])}, Tokyo {_d(r, 3)}-{_d(r, 4)}",
        lambda r: f"{r.randrange(10, 999)} {pick(r, ['George St', 'Collins Street'])}, {pick(r, ['Sydney NSW', 'Melbourne VIC'])} {r.randrange(2000, 3999)}",
        lambda r: f"Av. {pick(r, ['Insurgentes Sur', 'Reforma'])} {r.randrange(100, 3000)}, Col. Roma Norte, {_d(r, 5)} CDMX",
        lambda r: f"{r.randrange(100, 9999)} {pick(r, ['Elm St', 'Market Street'])} Apt {r.randrange(1, 40)}, {pick(r, ['Austin, TX', 'Denver, CO'])} {_d(r, 5)}-{_d(r, 4)}"]

BANK = [lambda r: ("sort code", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", "account", _d(r, 8)),
        lambda r: ("routing", "0" + _d(r, 8), "account", _d(r, 10)),
        lambda r: ("BSB", f"{_d(r, 3)}-{_d(r, 3)}", "account", _d(r, 9)),
        lambda r: ("transit", f"{_d(r, 5)}-{_d(r, 3)}", "account", _d(r, 7))]


def hr_record(r):
    f, l_ = name(r)
    label, gen = pick(r, IDS)
    y, m, d = r.randrange(1955, 2004), r.randrange(1, 13), r.randrange(1, 29)
    return "hr/onboarding", [f"HR-{r.randrange(1000, 9999)} onboarding: ", ("PERSON", f"{f} {l_}"), ", born ", ("DATE_OF_BIRTH", pick(r, DOB)(r, y, m, d)),
                             f", {label} ", ("NATIONAL_ID", gen(r)), ". Reach at ", ("PHONE", phone(r)), "."]


def shipping_label(r):
    f, l_ = name(r)
    return "shipping/label", [f"SHIP TO:\n", ("PERSON", f"{f} {l_}"), "\n", ("ADDRESS", pick(r, ADDR)(r)), "\nTel. ", ("PHONE", phone(r)),
                              f"\nTracking: 1Z{r.randrange(10**15, 10**16)}  Weight 2.4 kg"]


def invoice(r):
    f, l_ = name(r)
    return "invoice/header", [f"INVOICE INV-2026-{r.randrange(1000, 9999)}\nBill to: ", ("PERSON", f"{f} {l_}"), ", ", ("ADDRESS", pick(r, ADDR)(r)),
                              "\nE-mail: ", ("EMAIL", email(r, f, l_)), "\nPayment due within 14 days."]


def bank_domestic(r):
    f, l_ = name(r)
    k1, v1, k2, v2 = pick(r, BANK)(r)
    return "ticket/bank-domestic", [f"Refund for ", ("PERSON", f"{f} {l_}"), f": {k1} ", ("BANK_ACCOUNT", v1), f", {k2} ", ("BANK_ACCOUNT", v2),
                                    ", BIC not needed (domestic)."]


FAMILIES = [hr_record, shipping_label, invoice, bank_domestic]
