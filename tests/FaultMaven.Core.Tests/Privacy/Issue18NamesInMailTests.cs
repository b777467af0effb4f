using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: display names in pasted mail headers (quoted <c>"Last, First"</c>, RFC 2047 encoded words, address lists), names
/// after on-call and review role labels and in an HTML label cell's neighbour, and the values shaped like addresses that name no
/// mailbox (message identifiers, Kerberos service principals, systemd unit instances). Each case has a near miss of the same shape
/// that must be left. Every name and address here is made up for these tests.</summary>
public sealed class Issue18NamesInMailTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> Found(string text, PiiType type) =>
        [.. Detector.Detect(text).Where(e => e.Type == type).Select(e => text[e.Start..e.End])];

    [Fact]
    public void Encoded_word_display_name_is_a_person_as_written()
    {
        const string text = "From: =?UTF-8?Q?Szab=C3=B3_Ildik=C3=B3?= <ildiko.szabo@bank.example>\nSubject: Re: cert expiry\n";
        Assert.Equal(["=?UTF-8?Q?Szab=C3=B3_Ildik=C3=B3?="], Found(text, PiiType.Person));
        const string base64 = "From: =?utf-8?B?U2XDoW4gw5MgQnJpYWlu?= <sean.obriain@corp.example>\n";
        Assert.Equal(["=?utf-8?B?U2XDoW4gw5MgQnJpYWlu?="], Found(base64, PiiType.Person));
    }

    [Fact]
    public void Encoded_words_decode_and_join_across_blanks()
    {
        Assert.Equal("Seán Ó Briain", FaultMaven.Core.Privacy.Recognizers.PersonRecognizer.DecodeEncodedWords("=?UTF-8?Q?Se=C3=A1n?= =?UTF-8?Q?_=C3=93_Briain?="));
        Assert.Equal("Zoë Quill", FaultMaven.Core.Privacy.Recognizers.PersonRecognizer.DecodeEncodedWords("=?ISO-8859-1?Q?Zo=EB?= Quill"));
    }

    [Fact]
    public void Quoted_last_comma_first_in_an_address_list_is_a_person_each()
    {
        const string text = "To: \"Ndlovu, Thembeka\" <t.ndlovu@corp.example>,\n \"Varga-Horvat, Eszter\" <eszter.varga-horvat@corp.example>\nCc: \"Ilunga, Patrice\" <pilunga@corp.example>\n";
        Assert.Equal(["Ndlovu, Thembeka", "Varga-Horvat, Eszter", "Ilunga, Patrice"], Found(text, PiiType.Person));
    }

    [Fact]
    public void Quoted_display_name_spelled_by_its_mailbox_is_a_person()
    {
        const string text = "Reply-To: \"Quillon Abernathy\" <qabernathy@corp.example>\n";
        Assert.Equal(["Quillon Abernathy"], Found(text, PiiType.Person));
    }

    [Fact]
    public void Team_product_and_bot_display_names_are_left()
    {
        const string text = "From: \"Jenkins\" <ci@build.example>\nTo: \"Release Train\" <release@corp.example>\nCc: \"Opsgenie Integration\" <og@corp.example>, "
            + "PagerDuty Alerts <no-reply@pagerduty.example>\nSender: \"Acme, Inc.\" <billing@acme.example>\nReply-To: \"Status, Page\" <status@corp.example>\n"
            // A job or a relay written "Last, First" is no person; the comma alone is no signal.
            + "From: \"Backup, Nightly\" <backup@example.com>\nTo: \"Relay, Postfix\" <postfix@example.com>\nCc: \"Uptime, Kuma\" <kuma@example.com>\n";
        Assert.Empty(Found(text, PiiType.Person));
    }

    [Fact]
    public void A_header_name_inside_a_line_is_no_header()
    {
        Assert.Equal(["Ndlovu, Thembeka"], Found("To: \"Ndlovu, Thembeka\" <t.ndlovu@corp.example>\n", PiiType.Person));
        Assert.Empty(Found("retrying connect to: \"Ndlovu, Thembeka\" <t.ndlovu@corp.example> failed\n", PiiType.Person));
    }

    [Fact]
    public void Message_identifiers_are_no_mailboxes_and_the_mailboxes_beside_them_stay()
    {
        const string text = "From: ops@corp.example\nMessage-ID: <CAF1FImu9W8BA2cn9njfRYglGI3CYpNL9@mail.example.com>\nIn-Reply-To: <qx71.note@mx.example.org>\n"
            + "References: <a1.b2@mx.example.org>\n <CAHk-zz91@mail.example.com>\nTo: ana.lima@corp.example\n"
            + "Dec  6 10:02:11 mx postfix/cleanup[811]: 4Q2: message-id=<20261206.kq@mx.example.org>\n";
        Assert.Equal(["ops@corp.example", "ana.lima@corp.example"], Found(text, PiiType.Email));
    }

    [Fact]
    public void Kerberos_service_principals_are_no_mailboxes_but_a_user_principal_is()
    {
        const string keytab = "   3 HTTP/web01.corp.example.com@CORP.EXAMPLE.COM\n   3 host/web01.corp.example.com@CORP.EXAMPLE.COM\n"
            + "krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM\n";
        Assert.Empty(Found(keytab, PiiType.Email));
        Assert.Equal(["ana.lima@CORP.EXAMPLE.COM"], Found("Default principal: ana.lima@CORP.EXAMPLE.COM\n", PiiType.Email));
        Assert.Single(Found("kadmin: Authenticated as ana/admin@CORP.EXAMPLE.COM\n", PiiType.Email));
        Assert.Equal(["ANA@CORP.EXAMPLE.COM"], Found("GET https://idp.example.com/users/ANA@CORP.EXAMPLE.COM 200\n", PiiType.Email));
    }

    [Fact]
    public void Systemd_unit_instances_are_no_mailboxes()
    {
        const string text = "systemd[1]: Started openvpn-client@office.service - OpenVPN tunnel.\nsystemd[1]: getty@tty1.service: Succeeded.\n";
        Assert.Empty(Found(text, PiiType.Email));
        Assert.Equal(["desk@office.services"], Found("mail desk@office.services for access\n", PiiType.Email));
    }

    [Fact]
    public void Names_after_incident_role_labels_are_persons_but_rota_labels_are_no_cue()
    {
        const string text = "Escalated to: Aroha Te Rangi (+250 725 492 769)\n";
        Assert.Equal(["Aroha Te Rangi"], Found(text, PiiType.Person));
        Assert.Empty(Found("Secondary: Redis Cluster\nPrimary: Postgres Replica\nEscalated to: Database Team\n", PiiType.Person));
        // Rota and review labels are followed by regions, products and boards as often as by people.
        Assert.Empty(Found("secondary: Pacific Northwest\nprimary: North Virginia\nagent: Fluent Bit\non-call: Round Robin\n"
            + "reviewed by: Change Advisory Board\nprimary: Hot Standby\n", PiiType.Person));
    }

    [Fact]
    public void Name_in_the_cell_after_a_role_label_cell_is_a_person()
    {
        const string text = "<table><tr><td>Reporter:</td><td>Hayk Grigoryan</td></tr><tr><td>Assignee:</td><td>Otabek Yusupov</td></tr></table>";
        Assert.Equal(["Hayk Grigoryan", "Otabek Yusupov"], Found(text, PiiType.Person));
        Assert.Empty(Found("<table><tr><td>Status:</td><td>Rolled Back</td></tr><tr><td>Region:</td><td>North Europe</td></tr></table>", PiiType.Person));
    }

    [Fact]
    public void A_font_family_beside_a_fhir_patient_is_no_surname()
    {
        const string text = "{\"patient\": {\"name\": [{\"family\": \"Thorvaldsen\", \"given\": [\"Ingrid\"]}]}, \"theme\": {\"font\": {\"family\": \"Roboto\", \"size\": 12}}}";
        var people = Found(text, PiiType.Person);
        Assert.Contains("Thorvaldsen", people);
        Assert.DoesNotContain("Roboto", people);
    }

    [Fact]
    public void Bounce_address_that_encodes_its_recipient_is_one_address_and_a_key_before_an_address_is_not_part_of_it()
    {
        Assert.Equal(["bounce+351ce4f8=ana.lima=example.org@mg.example.com"], Found("Return-Path: <bounce+351ce4f8=ana.lima=example.org@mg.example.com>\n", PiiType.Email));
        Assert.Equal(["SRS0=HHH=TT=example.org=ana@relay.example.net"], Found("Return-Path: <SRS0=HHH=TT=example.org=ana@relay.example.net>\n", PiiType.Email));
        Assert.Equal(["ana@example.org"], Found("login ok user=ana@example.org src=10.0.0.1\n", PiiType.Email));
    }
}
