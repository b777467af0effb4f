using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: names read by their position in health and insurance records (HL7 v2 PID-5 and NK1-2, X12 NM1 of a person,
/// FHIR HumanName) and in aligned property listings (PowerShell <c>Format-List</c>), each with a near-miss of the same shape: an
/// organisation's NM1, an empty name field, a font family, a property that is no name. Every record here is made up for these tests.</summary>
public sealed class Issue18NamesInRecordsTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> People(string text) =>
        [.. Detector.Detect(text).Where(e => e.Type == PiiType.Person).Select(e => text[e.Start..e.End])];

    [Fact]
    public void Hl7_patient_and_next_of_kin_name_fields_are_one_span_each_and_an_empty_name_is_nothing()
    {
        const string text = "MSH|^~\\&|LAB|WARD|EHR|HOSP|202611020830||ADT^A01|77120|P|2.5\rPID|1||55120^^^MRN||KOWALCZYK^ZOFIA^M||19720301|F\rNK1|1|KOWALCZYK^TADEUSZ|SPO\r";
        Assert.Equal(["KOWALCZYK^ZOFIA^M", "KOWALCZYK^TADEUSZ"], People(text));
        const string empty = "MSH|^~\\&|LAB|WARD|EHR|HOSP|202611020830||ADT^A01|77121|P|2.5\rPID|1||55121^^^MRN||||19720301|F\r";
        Assert.Empty(People(empty));
    }

    [Fact]
    public void X12_person_names_are_spans_and_are_known_elsewhere_and_an_organisation_is_not()
    {
        const string text = "NM1*85*2*RIVERSIDE CLINIC*****XX*1234567893~\nNM1*IL*1*ABERNATHY*QUILLON****MI*88120034~\nPER*IC*QUILLON*TE*5550104477~\n";
        Assert.Equal(["ABERNATHY", "QUILLON", "QUILLON"], People(text));
    }

    [Fact]
    public void Fhir_human_name_parts_are_names_and_a_font_family_is_not()
    {
        const string text = "{\"resourceType\": \"Patient\", \"name\": [{\"use\": \"official\", \"family\": \"Thorvaldsen\", \"given\": [\"Ingrid\", \"Maja\"]}]}";
        var people = People(text);
        Assert.Contains("Thorvaldsen", people);
        Assert.Contains("Ingrid", people);
        Assert.Contains("Maja", people);
        Assert.Empty(People("{\"fonts\": [{\"family\": \"Noto Sans\", \"weight\": 400}, {\"family\": \"Fira Code\", \"weight\": 500}]}"));
    }

    [Fact]
    public void Aligned_property_listing_gives_name_parts_and_other_properties_are_left()
    {
        const string text = "GivenName         : Wilhelmina\nSurname           : ter Haar\nDepartment        : Payments\n";
        Assert.Equal(["Wilhelmina", "ter Haar"], People(text));
        Assert.Empty(People("GivenName         : (not set)\nSurname           : $null\nEnabled           : True\n"));
    }
}
