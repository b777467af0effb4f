"""extra.jsonl families of unseen18: personal data with no type in the shared vocabulary, in dumps — Portuguese Cartão de Cidadão
numbers (NATIONAL_ID, the civil number's mod-11 digit and the document check digit), Greek tax numbers ΑΦΜ (NATIONAL_ID, mod-11 check
digit), dates of birth (DATE_OF_BIRTH), postal addresses of Portugal, Greece, Ukraine, the Philippines and Bangladesh (ADDRESS); the
names beside them are PERSON."""
from gen import hexs, ipv4_private, s, ts, uuid
import people

AL = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def pt_cc(r, spaced=True):
    d = [r.randint(0, 9) for _ in range(8)]
    c = (11 - sum(x * (9 - i) for i, x in enumerate(d)) % 11) % 11
    num = "".join(map(str, d)) + str(0 if c == 10 else c) + r.choice(["ZZ", "ZY", "ZX", "ZW"])
    tot = sum((lambda x: x - 9 if x > 9 else x)(AL.index(ch) * 2) if i % 2 == 0 else AL.index(ch) for i, ch in enumerate(num[::-1]))
    num += str((10 - tot) % 10)
    return "%s %s %s" % (num[:8], num[8], num[9:]) if spaced else num


def gr_afm(r):
    d = [r.randint(0, 9) for _ in range(8)]
    d[0] = r.choice([0, 1, 7, 8, 9])
    return "".join(map(str, d)) + str(sum(x * 2 ** (8 - i) for i, x in enumerate(d)) % 11 % 10)


def dob(r, fmt):
    y, m, dd = r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)
    return fmt.format(y=y, m=m, d=dd)


def address(r, reg):
    if reg == "pt":
        return "%s %s, %d, %d-%03d %s" % (r.choice(["Rua", "Avenida", "Travessa"]), r.choice(["da Boavista", "de Santa Catarina", "Almirante Reis", "do Carmo"]), r.randint(1, 400), r.randint(1000, 4999), r.randint(0, 999), r.choice(["Porto", "Lisboa", "Braga", "Coimbra"]))
    if reg == "gr":
        return "%s %d, %03d %02d %s" % (r.choice(["Οδός Ερμού", "Λεωφόρος Αλεξάνδρας", "Οδός Τσιμισκή", "Οδός Πανεπιστημίου"]), r.randint(1, 200), r.randint(100, 851), r.randint(0, 99), r.choice(["Αθήνα", "Θεσσαλονίκη", "Πάτρα"]))
    if reg == "ua":
        return "вул. %s, %d, кв. %d, %s, %05d" % (r.choice(["Хрещатик", "Шевченка", "Сагайдачного", "Грушевського"]), r.randint(1, 120), r.randint(1, 300), r.choice(["Київ", "Львів", "Одеса", "Харків"]), r.randint(1000, 79999))
    if reg == "ph":
        return "%d %s St., Brgy. %s, %s %04d" % (r.randint(1, 999), r.choice(["Mabini", "Rizal", "Bonifacio", "Del Pilar"]), r.choice(["San Antonio", "Poblacion", "Malanday", "Kapitolyo"]), r.choice(["Makati City", "Pasig City", "Quezon City", "Cebu City"]), r.randint(1000, 6999))
    return "House %d, Road %d, %s, %s-%04d" % (r.randint(1, 120), r.randint(1, 40), r.choice(["Dhanmondi", "Gulshan 2", "Uttara Sector 7", "Mirpur 10"]), r.choice(["Dhaka", "Chattogram"]), r.randint(1000, 4999))


def x_fhir_patient_export(r, k):
    name, g, f, _ = people.person(r, "pt")
    return ['{"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {"resourceType": "Patient", "id": "%s", "identifier": [{"system": "urn:oid:2.16.620.1.101.10.1.1.1", "value": "' % uuid(r), ("NATIONAL_ID", pt_cc(r, k % 2 == 0)),
            '"}], "name": [{"text": "', ("PERSON", name), '", "family": "', ("PERSON", f), '", "given": ["', ("PERSON", g), '"]}], "birthDate": "', ("DATE_OF_BIRTH", dob(r, "{y:04d}-{m:02d}-{d:02d}")), '", "address": [{"text": "', ("ADDRESS", address(r, "pt")), '"}], "meta": {"versionId": "%d", "lastUpdated": "%sZ"}}}]}\n' % (r.randint(1, 20), ts(r))]


def x_greek_hr_csv(r, k):
    out = ["$ psql -At -F';' -c 'select full_name, afm, birth_date, address from hr.employees where site = $$ATH$$'\n"]
    for _ in range(r.randint(1, 3)):
        name = people.person(r, "gr", r.random() < 0.5)[0]
        out += [("PERSON", name), ";", ("NATIONAL_ID", gr_afm(r)), ";", ("DATE_OF_BIRTH", dob(r, "{d:02d}/{m:02d}/{y:04d}")), ";", ("ADDRESS", address(r, "gr")), "\n"]
    return out


def x_shipping_dump(r, k):
    out = ["INSERT INTO `shipments` (`id`,`recipient`,`date_of_birth`,`address`,`courier`) VALUES "]
    rows = []
    for i in range(r.randint(1, 3)):
        reg = r.choice(["ua", "ph", "bd", "pt"])
        name = people.person(r, reg, reg in ("ua", "bd") and r.random() < 0.5)[0]
        rows.append(["(%d,'" % r.randint(10**5, 10**6), ("PERSON", name), "','", ("DATE_OF_BIRTH", dob(r, "{y:04d}-{m:02d}-{d:02d}")), "','", ("ADDRESS", address(r, reg)), "','%s')" % r.choice(["nova-poshta", "lbc", "pathao", "ctt"])])
    for i, row in enumerate(rows):
        out += ([","] if i else []) + row
    return out + [";\n"]
