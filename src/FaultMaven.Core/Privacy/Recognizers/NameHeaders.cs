using System.Collections.Frozen;

namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Reads a column header or a field's key as words (<c>first_name</c>, <c>lastName</c>, <c>Nombre del cliente</c>,
/// <c>Adres e-mail</c>) and says whether it names a person's name, names something else that has a name (a product, a city, a
/// host), or neither (issue 18). Words are compared whole, so <c>hostname</c> is not <c>name</c>; compound words of the languages
/// that join them (<c>Kundenname</c>, <c>achternaam</c>, <c>efternamn</c>) are read as a stem and a name word.</summary>
internal static class NameHeaders
{
    /// <summary>The header names a person's name (or a part of one): <c>Nachname</c>, <c>first_name</c>, <c>名前</c>.</summary>
    public const int Person = 2;

    /// <summary>The header names a person's role (<c>customer</c>, <c>owner</c>, <c>contact</c>): its cells may as well be a
    /// company's or a team's name, so the cells must show a person too.</summary>
    public const int Role = 1;

    /// <summary>The header names the name of something else (<c>Produkt</c>, <c>company_name</c>, <c>Stadt</c>).</summary>
    public const int Other = -1;

    // Words that alone name a person's name or a part of it, in the languages exports arrive in (given name, surname, full name,
    // and the person a row is about). Japanese, Chinese and Korean headers are whole cells (名, 姓, 氏名, 이름).
    private static readonly FrozenSet<string> PersonWords = FrozenSet.ToFrozenSet(
    [
        "name", "names", "fullname", "displayname", "firstname", "lastname", "givenname", "familyname", "surname", "forename", "middlename", "maidenname",
        "surnames", "fn", "sn", "cn", "fname", "lname", "gecos", "realname", "legalname", "cardholder", "accountholder",
        // German, Dutch, the Scandinavian languages, Finnish.
        "vorname", "nachname", "familienname", "rufname", "geburtsname", "naam", "voornaam", "achternaam", "tussenvoegsel",
        "namn", "fornamn", "förnamn", "efternamn", "navn", "fornavn", "etternavn", "efternavn", "mellemnavn", "nimi", "etunimi", "sukunimi",
        // French, Spanish, Portuguese, Italian, Catalan, Romanian.
        "nom", "prenom", "prénom", "noms", "prenoms", "prénoms", "nombre", "nombres", "apellido", "apellidos",
        "nome", "sobrenome", "apelido", "cognome", "nume", "prenume",
        // Polish, Czech, Slovak, Hungarian, Turkish, Greek, Russian, Ukrainian.
        "imię", "imie", "nazwisko", "jméno", "jmeno", "příjmení", "prijmeni", "meno", "priezvisko", "név", "keresztnév", "vezetéknév",
        "utónév", "adı", "soyad", "soyadı", "soyadi", "isim", "όνομα", "επώνυμο", "ονοματεπώνυμο", "имя", "фамилия", "отчество", "фио",
        "ім'я", "прізвище",
        // Japanese, Chinese, Korean (whole cells: these scripts write no blanks between words).
        "名", "姓", "氏名", "名前", "お名前", "姓名", "氏", "名字", "이름", "성", "성명", "성함",
    ], StringComparer.Ordinal);

    // Words that name a person's role: the column holds a person's name or an organisation's.
    private static readonly FrozenSet<string> RoleWords = FrozenSet.ToFrozenSet(
    [
        "customer", "employee", "contact", "person", "holder", "owner", "recipient", "patient", "member", "applicant", "beneficiary", "payee", "client",
        "author", "assignee", "reporter", "requester", "signer", "attendee", "guest", "student", "teacher", "driver", "agent", "caller", "titulaire",
        "kunde", "mitarbeiter", "ansprechpartner", "inhaber", "kontoinhaber", "klant", "medewerker", "asiakas", "titular", "intestatario", "cliente",
        "empleado", "funcionario", "dipendente", "klient", "pracownik", "ügyfél", "müşteri", "клиент", "сотрудник",
        // The person in charge, the handler and the reporter of a ticket in Japanese, Chinese and Korean (whole cells).
        "担当者", "担当", "负责人", "負責人", "经办人", "經辦人", "处理人", "處理人", "报告人", "報告人", "作成者", "報告者", "起票者", "담당자", "책임자",
        "작성자", "보고자", "처리자",
    ], StringComparer.Ordinal);

    // Words that make a header name something other than a person: the name of a product, a place, a company, a machine, a file.
    private static readonly FrozenSet<string> OtherWords = FrozenSet.ToFrozenSet(
    [
        "product", "produkt", "producto", "produto", "prodotto", "produit", "item", "artikel", "article", "articulo", "sku", "brand", "marke", "marca",
        "company", "firma", "empresa", "entreprise", "societe", "société", "azienda", "organisation", "organization", "org", "bedrijf", "företag", "yritys",
        "team", "group", "gruppe", "grupo", "groupe", "department", "abteilung", "departamento", "service", "app", "application", "project", "projekt",
        "proyecto", "projet", "host", "hostname", "server", "node", "pod", "cluster", "namespace", "container", "image", "bucket", "table", "database", "db",
        "schema", "queue", "topic", "file", "filename", "datei", "dateiname", "path", "user", "username", "login", "benutzer", "benutzername", "account",
        "region", "city", "stadt", "ort", "ciudad", "ville", "città", "citta", "cidade", "miasto", "stad", "kaupunki", "country", "land", "pais", "país",
        "pays", "paese", "kraj", "state", "province", "street", "strasse", "straße", "calle", "rue", "via", "address", "adresse", "dirección", "direccion",
        "endereço", "indirizzo", "adres", "category", "kategorie", "categoria", "catégorie", "plan", "tier", "device", "model", "modell", "modelo",
        "role", "rolle", "rol", "title", "titel", "titulo", "job", "position", "branch", "store", "shop", "filiale", "tienda", "magasin", "negozio",
        "metric", "label", "tag", "key", "field", "column", "class", "method", "function", "module", "package", "library", "job", "task", "event",
        "vendor", "supplier", "lieferant", "proveedor", "fournisseur", "bank", "merchant", "händler", "comercio", "campaign", "kampagne", "domain",
        "produktname", "firmenname", "artikelname", "bedrijfsnaam", "productnaam", "företagsnamn", "produktnamn", "firmanavn", "produktnavn",
    ], StringComparer.Ordinal);

    // The endings of a compound header whose first part says whose name it is (Kundenname, klantnaam, kundnamn, asiakasnimi).
    private static readonly string[] NameEndings = ["name", "namen", "naam", "namn", "navn", "nimi"];

    /// <summary>Classifies a header cell or a key: <see cref="Person"/>, <see cref="Other"/> or 0. A word of another thing wins
    /// (<c>product name</c>, <c>Firmenname</c>); labels of more than six words are sentences, not headers.</summary>
    public static int Classify(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || label.Length > 64)
        {
            return 0;
        }

        Span<char> word = stackalloc char[64];
        var result = 0;
        var words = 0;
        var n = 0;
        for (var i = 0; i <= label.Length; i++)
        {
            var c = i < label.Length ? label[i] : ' ';
            // A word ends at anything but a letter or an apostrophe inside it, and before a capital that follows a small letter (lastName).
            var boundary = !(char.IsLetter(c) || c is '\'' or '’' && n > 0)
                || char.IsUpper(c) && i > 0 && char.IsLower(label[i - 1]);
            if (boundary && n > 0)
            {
                var verdict = ClassifyWord(word[..n]);
                if (verdict == Other)
                {
                    return Other;
                }

                result = Math.Max(result, verdict);
                n = 0;
                if (++words > 6)
                {
                    return 0;
                }
            }

            if (char.IsLetter(c) || c is '\'' or '’' && n > 0)
            {
                word[n++] = char.ToLowerInvariant(c);
            }
        }

        // "Last" and "first" are no person words: last_login and first_seen name no one, first_name does by its "name".
        return result;
    }

    private static int ClassifyWord(ReadOnlySpan<char> word)
    {
        var key = word.ToString();
        if (OtherWords.Contains(key))
        {
            return Other;
        }

        if (PersonWords.Contains(key))
        {
            return Person;
        }

        if (RoleWords.Contains(key))
        {
            return Role;
        }

        // Compounds: Kundenname, klantnaam, asiakasnimi name a person; Produktname, Dateiname were listed above as another thing's.
        foreach (var ending in NameEndings)
        {
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = key[..^ending.Length].TrimEnd('s', 'n', '-');
                return OtherWords.Contains(stem) ? Other : PersonWords.Contains(stem) || PersonStems.Contains(stem) ? Person : 0;
            }
        }

        return 0;
    }

    // The first parts of compound name headers that say the name is a person's (vor-name, nach-name, familien-name, kunde-n-name).
    private static readonly FrozenSet<string> PersonStems = FrozenSet.ToFrozenSet(
        ["vor", "nach", "familie", "familien", "ruf", "kunde", "mitarbeiter", "voor", "achter", "klant", "för", "for", "efter", "etter", "mellem",
         "etu", "suku", "asiakas", "full", "display", "real", "first", "last", "given", "family", "sur", "middle", "kund", "kunden", "person"],
        StringComparer.Ordinal);
}
