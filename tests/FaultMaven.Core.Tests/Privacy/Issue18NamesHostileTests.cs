using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Recognizers;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, the hostile findings on names read from structure: a VALUES list longer than a block, a column beside the
/// name columns under a header the lexicon does not know, a header repeated inside the data, names with several joined parts,
/// and team or bot words signing mail or speaking in a chat. Each rule with one case it must act on and one it must leave alone;
/// every name, table and line here is made up for these tests.</summary>
public sealed class Issue18NamesHostileTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    private static string Rows(int from, int count) =>
        string.Join(",", Enumerable.Range(from, count).Select(i => $"({i},'Wilhelmina{Letters(i)}','Oyelaran{Letters(i)}','w.oyelaran{Letters(i)}@example.net')"));

    // Made-up name endings, so that each row's name is its own and no list of names knows it.
    private static string Letters(int i) => new([(char)('a' + i % 26), (char)('a' + i / 26 % 26), (char)('a' + i / 676 % 26)]);

    [Fact]
    public void Values_list_continued_from_the_block_before_is_read_as_rows_and_a_list_of_codes_is_not()
    {
        // The text opens inside a statement (its head was cut off): the tail of one tuple, then whole tuples, then the cut head of one.
        var text = "kjz@example.net')," + Rows(10, 40) + ",(50,'Wilhelminaxbb','Oyelar";
        var people = People(text);
        Assert.Contains("Wilhelminakaa", people);
        Assert.Contains("Oyelarankaa", people);
        Assert.Contains("Wilhelminaxbb", people); // the head of the tuple the end cut
        Assert.Equal(81, people.Count);

        // A list of tuples of codes and numbers continued the same way holds no one.
        var codes = "7, 'EUR'),(2, 'Berlin Hub', 'DE', 7),(3, 'Lisbon Hub', 'PT', 9),(4, 'Madrid Hub', 'ES', 4);";
        Assert.Empty(People(codes));
    }

    [Fact]
    public async Task Insert_longer_than_a_block_keeps_no_name_beside_a_replaced_address()
    {
        // One statement of 400 rows on one line: with blocks of 1K characters the stream redactor cuts it about every 8K.
        var input = "INSERT INTO contacts (id, first_name, last_name, email) VALUES " + Rows(0, 400) + ";\n";
        var output = new StringWriter();
        await new StreamRedactor(Redactor.Default, blockSize: 1024).RedactAsync(new StringReader(input), output, cancellationToken: TestContext.Current.CancellationToken);
        var redacted = output.ToString();
        Assert.DoesNotContain("@example.net", redacted);
        Assert.DoesNotContain("'Wilhelmina", redacted);
        Assert.DoesNotContain("'Oyelaran", redacted);
    }

    [Fact]
    public void Column_under_an_unknown_header_beside_the_name_columns_is_not_a_surname_column()
    {
        // Czech and Turkish headers: given name, surname, and a city whose header word the lexicon does not hold.
        const string czech = "Jméno;Příjmení;Obec\nVendula;Krpálková;Ostrava\nBořivoj;Šťastný;Olomouc\nRadim;Zedníček;Ostrava\n";
        var people = People(czech);
        Assert.Equal(["Vendula", "Krpálková", "Bořivoj", "Šťastný", "Radim", "Zedníček"], people);
        const string turkish = "Ad,Soyad,Memleket\nBerkay,Özdemir,Trabzon\nSelin,Kılıç,Trabzon\nEmre,Aydoğan,Rize\n";
        Assert.DoesNotContain("Trabzon", People(turkish));
        Assert.DoesNotContain("Rize", People(turkish));
    }

    [Fact]
    public void Headerless_surname_column_beside_given_names_is_read()
    {
        const string surnames = "Emma,Kowalczyk,3\nDaniel,Ferreira,5\nSara,Lindqvist,2\nJonas,Albrecht,9\n";
        Assert.Equal(["Emma", "Kowalczyk", "Daniel", "Ferreira", "Sara", "Lindqvist", "Jonas", "Albrecht"], People(surnames));
    }

    [Fact]
    public async Task Table_longer_than_a_block_keeps_no_repeated_surname()
    {
        // Past the block that holds the header, the rows are a headerless table; surnames that repeat down the column (a family
        // name shared by many rows) are still the surname column beside the given names.
        var rows = string.Concat(Enumerable.Range(0, 400).Select(i => $"{i},{(i % 2 == 0 ? "Anna" : "Bruno")},{(i % 3 == 0 ? "Kowalczyk" : "Lindqvist")},Lyon\n"));
        var output = new StringWriter();
        await new StreamRedactor(Redactor.Default, blockSize: 1024).RedactAsync(new StringReader("id,first_name,last_name,city\n" + rows), output, cancellationToken: TestContext.Current.CancellationToken);
        var redacted = output.ToString();
        Assert.DoesNotContain("Kowalczyk", redacted);
        Assert.DoesNotContain("Lindqvist", redacted);
        Assert.Contains("Lyon", redacted);
    }

    [Fact]
    public void Header_repeated_inside_the_data_is_no_row_and_no_name()
    {
        const string text = "First Name,Last Name,Team\nOlamide,Adeyemi,storage\nFirst Name,Last Name,Team\nTereza,Novotná,network\n";
        var people = People(text);
        Assert.Equal(["Olamide", "Adeyemi", "Tereza", "Novotná"], people);
    }

    [Fact]
    public void Names_with_several_joined_parts_are_name_shaped_and_codes_are_not()
    {
        Assert.True(NameShape.IsName("O'Brien-Smith"));
        Assert.True(NameShape.IsName("Ní Bhriain"));
        Assert.True(NameShape.IsName("van Beethoven"));
        Assert.True(NameShape.IsName("D'Arcy-McKenna"));
        Assert.False(NameShape.IsName("SKU-AbCd"));
        Assert.False(NameShape.IsName("KubeProxyReady"));
        const string text = "1001,Siobhan,O'Brien-Smith,active\n1002,Ludwig,van Beethoven,active\n1003,Aoife,Ní Bhriain,locked\n1004,Daniel,Ferreira,active\n";
        var people = People(text);
        Assert.Contains("O'Brien-Smith", people);
        Assert.Contains("van Beethoven", people);
        Assert.Contains("Ní Bhriain", people);
    }

    [Fact]
    public void Team_and_bot_words_signing_or_speaking_are_not_people_and_a_person_is()
    {
        Assert.Empty(People("Error rates are back to baseline.\n\nRegards,\nSite Reliability\n"));
        Assert.Equal(["Tereza Novotná"], People("Error rates are back to baseline.\n\nRegards,\nTereza Novotná\n"));
        var chat = "[09:14] Deploy Bot: rollout of api-gateway started\n[09:15] Olamide Adeyemi: watching the dashboards\n[09:16] Deploy Bot: rollout finished\n";
        Assert.Equal(["Olamide Adeyemi"], People(chat));
    }
}
