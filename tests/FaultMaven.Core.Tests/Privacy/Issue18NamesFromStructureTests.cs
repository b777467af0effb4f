using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: people's names read from structure, not from label words — a table's columns (a delimited export with a
/// header in any language or none, SQL rows with or without a column list, a vCard), and a name's neighbours in prose (an e-mail
/// address that spells it, the same first name said alone, a chat export's speaker, a signature). Each with a near-miss of the same
/// shape it must leave: product, place and company columns, capitalised error phrases, headers themselves. All names and tables are
/// made up for these tests, in layouts and languages of my own choosing.</summary>
public sealed class Issue18NamesFromStructureTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    [Fact]
    public void Csv_with_a_header_in_another_language_reads_first_and_last_name_columns_as_two_spans_per_row()
    {
        // Dutch headers; surnames and given names no list holds.
        const string text = "Voornaam;Achternaam;E-mailadres;Plaats\nTjitske;Hoekstra;t.hoekstra@voorbeeld.nl;Leeuwarden\nWubbo;Zijlstra;wubbo.z@voorbeeld.nl;Sneek\n";
        Assert.Equal(["Tjitske", "Hoekstra", "Wubbo", "Zijlstra"], People(text));
    }

    [Fact]
    public void Csv_without_a_header_takes_the_name_columns_from_their_cells()
    {
        // No header: the first column's cells are given names, the second is the surname column beside it, the e-mail spells both.
        const string text = "Emma,Kowalczyk,emma.kowalczyk@example.org,2026-01-04\nDaniel,Ferreira,dferreira@example.org,2026-02-11\nSara,Lindqvist,sara.l@example.org,2026-03-09\n";
        Assert.Equal(["Emma", "Kowalczyk", "Daniel", "Ferreira", "Sara", "Lindqvist"], People(text));
    }

    [Fact]
    public void Table_of_products_places_and_companies_is_left_alone()
    {
        // Capitalised cells, even a place named like a person (Victoria), under headers naming other things.
        const string text = "Region;Produkt;Stadt;Umsatz\nNord;Widget Pro;Hamburg;1200\nSüd;Cloud Backup;München;800\nWest;Victoria Station;Köln;450\n";
        Assert.Empty(People(text));
        const string companies = "company_name,country,plan\nNorthwind Traders,Spain,gold\nContoso Pharma,Chile,silver\nFabrikam Works,Peru,gold\n";
        Assert.Empty(People(companies));
    }

    [Fact]
    public void Headers_themselves_are_not_names()
    {
        const string text = "Vorname,Nachname,Ort\nJonas,Albrecht,Kiel\nMarta,Brenner,Ulm\n";
        var people = People(text);
        Assert.DoesNotContain("Vorname", people);
        Assert.DoesNotContain("Nachname", people);
        Assert.Contains("Albrecht", people);
        Assert.DoesNotContain("Kiel", people);
    }

    [Fact]
    public void Psql_output_with_a_rule_line_reads_its_header()
    {
        const string text = " id | given_name | family_name | status\n----+------------+-------------+--------\n  1 | Oskar      | Wieczorek   | active\n  2 | Ilse       | Vandamme    | locked\n";
        Assert.Equal(["Oskar", "Wieczorek", "Ilse", "Vandamme"], People(text));
    }

    [Fact]
    public void Insert_with_a_column_list_reports_each_name_cell()
    {
        const string text = "INSERT INTO staff (id, first_name, last_name, team) VALUES (7, 'Kasimir', 'Olejnik', 'Payments'), (8, 'Renske', 'de Wit', 'Search');";
        Assert.Equal(["Kasimir", "Olejnik", "Renske", "de Wit"], People(text));
    }

    [Fact]
    public void Dump_rows_without_a_column_list_take_the_name_columns_from_their_values()
    {
        // mysqldump's extended insert: only the values say which column holds names; the e-mail in each row spells them.
        const string text = "INSERT INTO `members` VALUES (31,'Bogumiła','Sierakowska','b.sierakowska@example.com','2026-04-01'),(32,'Teodor','Wasilewski','teodor.w@example.com','2026-04-02');";
        Assert.Equal(["Bogumiła", "Sierakowska", "Teodor", "Wasilewski"], People(text));
    }

    [Fact]
    public void Dump_rows_of_products_are_left_alone()
    {
        const string text = "INSERT INTO `catalog` VALUES (1,'Trail Runner','Footwear','2026-04-01'),(2,'Summit Pack','Outdoor','2026-04-02'),(3,'Harbor Lamp','Home','2026-04-03');";
        Assert.Empty(People(text));
    }

    [Fact]
    public void VCard_structured_name_parts_and_formatted_name_are_reported()
    {
        const string text = "BEGIN:VCARD\nVERSION:4.0\nN:ter Horst;Wieteke;;;\nFN:Wieteke ter Horst\nORG:Example Freight\nEND:VCARD\n";
        Assert.Equal(["ter Horst", "Wieteke", "Wieteke ter Horst"], People(text));
    }

    [Fact]
    public void Pair_spelled_by_a_nearby_mail_address_is_a_person_and_an_unspelled_pair_is_not()
    {
        Assert.Equal(["Radomir Kostić"], People("Ticket 4410: refund approved for Radomir Kostić; reply sent to r.kostic@example.net."));
        // The same shape with a team's mailbox that spells nothing.
        Assert.Empty(People("Ticket 4411: refund approved for Gold Tier; reply sent to billing@example.net."));
    }

    [Fact]
    public void First_name_said_alone_to_the_person_confirms_the_pair_and_is_reported()
    {
        const string text = "[09:12] Kundin: Guten Tag, hier spricht Gesine Möhring, meine Lieferung fehlt.\n[09:13] Support: Danke, Gesine, ich schaue nach.";
        Assert.Equal(["Gesine Möhring", "Gesine"], People(text));
        // A capitalised pair whose first word is never said alone stays.
        Assert.Empty(People("[09:12] Kunde: Guten Tag, die Deutsche Bahn meldet Verspätung.\n[09:13] Support: Danke, ich schaue nach."));
    }

    [Fact]
    public void Chat_export_speaker_lines_are_people_and_a_dotted_label_is_not()
    {
        Assert.Contains("Ifeoluwa Ogunleye", People("Ifeoluwa Ogunleye  14:02\nis the cron still failing?\n"));
        Assert.Empty(People("   Default Route . . . . . . . . . : 10.0.0.1\n   Link Speed . . . . . . . . . : 1000"));
    }

    [Fact]
    public void Transcript_speakers_are_one_column_once_one_of_them_is_a_person()
    {
        const string text = "Maria Lopes: is the sync job still down?\nTorvald Hesketh: yes, restarting it now\n";
        Assert.Equal(["Maria Lopes", "Torvald Hesketh"], People(text));
        // Labels that open lines, with no person among them.
        Assert.Empty(People("Build Status: failed\nRetry Policy: exponential\n"));
    }

    [Fact]
    public void Given_name_alone_after_a_closing_is_a_signature()
    {
        Assert.Equal(["Wendeline"], People("> the token expires tonight\n>\n> Regards,\n> Wendeline\n"));
        Assert.Equal(["Oddny"], People("the printer queue is back. Cheers, Oddny"));
        Assert.Empty(People("the printer queue is back. Cheers, Team"));
    }

    [Fact]
    public void Reply_signed_with_a_full_name_on_its_last_line_is_a_person_and_a_status_line_is_not()
    {
        Assert.Equal(["Radka Pospíšilová"], People("> > can you rotate the key?\n> Rotated.\nThanks.\nRadka Pospíšilová"));
        // The same shape in a tool's output: a Title Case status after a sentence, and a reply whose last line is a status.
        Assert.Empty(People("WARNING! Using --password via the CLI is insecure.\nLogin Succeeded"));
        Assert.Empty(People("> deploy it?\nDone.\nBuild Finished"));
    }

    [Fact]
    public void Pair_before_a_personal_identifier_label_is_a_person()
    {
        Assert.Equal(["Ludovica Sarti"], People("HR-1188 | benefits sync failed for Ludovica Sarti ssn=123-45-6789 plan=gold"));
        Assert.Empty(People("HR-1189 | benefits sync failed for Gold Plan tier=2"));
    }

    [Fact]
    public void A_value_cell_is_not_a_header_and_does_not_hide_a_name_field()
    {
        // Lines of one comma each look like a two-column table; the first is a value (an id call), not a header naming a "db".
        const string text = "{\n  _id: ObjectId('64b0c0ffee0db0000000abcd'),\n  name: 'Ximena Quiroga',\n  email: 'xq@example.org',\n}";
        Assert.Equal(["Ximena Quiroga"], People(text));
    }

    [Fact]
    public void Name_read_in_a_table_is_known_elsewhere_in_the_record()
    {
        const string text = "first_name,last_name\nYngvild,Strandberg\n\nNote: Strandberg asked for the export.";
        Assert.Equal(2, People(text).Count(p => p == "Strandberg"));
    }

    [Theory]
    [InlineData("Nachname", NameHeaders.Person)]
    [InlineData("first_name", NameHeaders.Person)]
    [InlineData("lastName", NameHeaders.Person)]
    [InlineData("Nombre del cliente", NameHeaders.Person)]
    [InlineData("Kundenname", NameHeaders.Person)]
    [InlineData("姓", NameHeaders.Person)]
    [InlineData("customer", NameHeaders.Role)]
    [InlineData("Produktname", NameHeaders.Other)]
    [InlineData("company_name", NameHeaders.Other)]
    [InlineData("hostname", NameHeaders.Other)]
    [InlineData("last_login", NameHeaders.Other)]
    [InlineData("first_seen", 0)]
    public void Header_words_are_read_as_words(string label, int expected) => Assert.Equal(expected, NameHeaders.Classify(label));

    [Fact]
    public void Wide_and_long_tables_are_read_in_one_pass_each()
    {
        // Not timed: the reader must finish and still find the names in a table of 200 columns and one of 20,000 rows.
        var wide = string.Join(",", Enumerable.Range(0, 200).Select(i => $"c{i}")) + "\n"
            + string.Join("\n", Enumerable.Range(0, 20).Select(r => string.Join(",", Enumerable.Range(0, 200).Select(i => i == 5 ? "Anna" : i == 6 ? "Quist" : $"v{r}x{i}"))));
        Assert.Contains("Anna", People(wide));
        var longTable = "first_name;code\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Ingrid;{i}\n"));
        Assert.Equal(20_000, People(longTable).Count);
    }
}
