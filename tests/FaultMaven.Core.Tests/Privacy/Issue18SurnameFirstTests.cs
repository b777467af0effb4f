using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, names written surname first in a person's column (<c>"Kowalski, Anna"</c>, quoted for its comma): one person,
/// hidden whole; the same shape in a place's or a company's column (<c>"Berlin, Germany"</c>, <c>"Acme, Inc."</c>) stays. Every value
/// here is made up.</summary>
public sealed class Issue18SurnameFirstTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End]).ToList();

    [Fact]
    public void A_quoted_surname_first_cell_under_a_role_header_is_one_person_and_places_and_companies_stay()
    {
        var text = "id,assignee,location,company,status\n"
            + "1,\"Kowalski, Anna\",\"Berlin, Germany\",\"Acme, Inc.\",open\n"
            + "2,\"SMITH, John R.\",\"Paris, France\",\"Globex, Ltd.\",closed\n"
            + "3,\"Nowak, Maria\",\"Lyon, France\",\"Initech, Inc.\",open\n"
            + "4,\"Schmidt, Peter\",\"Atlanta, Georgia\",\"Umbrella, Corp.\",open\n";
        var redacted = Redactor.Default.Redact(text).Text;

        Assert.Superset(new HashSet<string> { "Kowalski, Anna", "SMITH, John R.", "Nowak, Maria", "Schmidt, Peter" }, People(text).ToHashSet());
        foreach (var part in new[] { "Kowalski", "Anna", "SMITH", "John", "Nowak", "Schmidt", "Peter" })
        {
            Assert.DoesNotContain(part, redacted, StringComparison.Ordinal);
        }

        foreach (var kept in new[] { "\"Berlin, Germany\"", "\"Acme, Inc.\"", "\"Paris, France\"", "\"Globex, Ltd.\"", "\"Atlanta, Georgia\"", "\"Umbrella, Corp.\"" })
        {
            Assert.Contains(kept, redacted, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Surname_first_under_a_name_header_is_hidden_whole_with_names_no_list_knows_and_any_delimiter()
    {
        var text = "id;full_name;city\n1;Oyelaran, Wilhelmina;Berlin, Germany\n2;\"Quist, Bartholomew\";\"Paris, France\"\n3;VANTONGEREN, Cordelia;Lyon, France\n";
        var redacted = Redactor.Default.Redact(text).Text;

        foreach (var part in new[] { "Oyelaran", "Wilhelmina", "Quist", "Bartholomew", "VANTONGEREN", "Cordelia" })
        {
            Assert.DoesNotContain(part, redacted, StringComparison.Ordinal);
        }

        Assert.Contains("Berlin, Germany", redacted, StringComparison.Ordinal);
        Assert.Contains("\"Paris, France\"", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Places_and_companies_written_with_a_comma_in_a_column_no_header_names_as_people_stay()
    {
        // Near miss: the shape alone is no name; a column whose header says nothing of people, or a table without a header, is read
        // by its cells, and a place's second part is no given name's evidence.
        var text = "id,location,vendor\n1,\"Berlin, Germany\",\"Acme, Inc.\"\n2,\"Atlanta, Georgia\",\"Globex, Ltd.\"\n3,\"Florence, Italy\",\"Initech, Inc.\"\n";
        Assert.Equal(text, Redactor.Default.Redact(text).Text);

        var headerless = "1,\"Atlanta, Georgia\",open\n2,\"Paris, France\",closed\n3,\"Savannah, Georgia\",open\n";
        Assert.Equal(headerless, Redactor.Default.Redact(headerless).Text);
    }
}
