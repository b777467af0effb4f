using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18: the kinds of failure the fourth blind set (bench/privacy/unseen4) found that are not base64, wrapping, versions
/// or national ids — each written here in other words: text the redactor must act on and text of the same shape it must leave alone.
/// Values are made up for these tests.</summary>
public sealed class Issue18RedactionKinds4bTests
{
    private static readonly PiiDetector Detector = new();

    [Theory]
    // A password as a positional argument: at a key-value store's prompt, an IMAP login, a mapped drive, a remote task, a literal
    // turned into a secure string.
    [InlineData("cache-7:6380> AUTH Lk4-Wq9zTr2m\nOK", "Lk4-Wq9zTr2m")]
    [InlineData("cache-7:6380> AUTH replicator Lk4-Wq9zTr2m", "Lk4-Wq9zTr2m")]
    [InlineData("* OK IMAP4rev1 ready\nx17 LOGIN \"svc.mail\" \"Pq7#rT2vLm\"\nx17 OK done", "Pq7#rT2vLm")]
    [InlineData("C:\\> NET USE \\\\nas2\\media Qz8&Wm3kTr /user:LAB\\render", "Qz8&Wm3kTr")]
    [InlineData("schtasks /Create /S app3 /U LAB\\ops /P Hv5!Rz8Qw /TN sync /TR c:\\sync.cmd", "Hv5!Rz8Qw")]
    [InlineData("$cred = ConvertTo-SecureString -String \"amber-falcon-2291\" -AsPlainText -Force", "amber-falcon-2291")]
    // Passwords placed by a format: a .pgpass line, an auth-plugin clause, an Oracle thin URL.
    [InlineData("$ cat ~/.pgpass\ndb-reports.internal:6432:reports:ro_user:Tk2$zQ9wLm", "Tk2$zQ9wLm")]
    [InlineData("ALTER USER 'bi'@'%' IDENTIFIED WITH caching_sha2_password BY 'Wx3!nR7pQz';", "Wx3!nR7pQz")]
    // Chat that puts the value before its name, keeps it "still", or writes user and password as a pair.
    [InlineData("[11:02] kim: just use Gh7-Lp2x-Wq9 as the vpn password for now", "Gh7-Lp2x-Wq9")]
    [InlineData("the grafana pass is still Mv8Qt2Lz9Wr4, rotate it", "Mv8Qt2Lz9Wr4")]
    [InlineData("creds for the jump host: user admin / saffron-kettle-48", "saffron-kettle-48")]
    // A secret a command prints alone on the next line.
    [InlineData("$ vault kv get -field=password secret/ci/deployer\nR8qLw2Zx7Tk4Mn\n$ ", "R8qLw2Zx7Tk4Mn")]
    // A secret in a CSV column its header names.
    [InlineData("login,api token,created\nreports,Qw7Ty2Lp9Zx4Mk8Rv3N,2024-02-01", "Qw7Ty2Lp9Zx4Mk8Rv3N")]
    public void Finds_the_secret(string text, string secret)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type.IsSecret() && text[e.Start..e.End] == secret);
    }

    [Theory]
    // A person's name where its field or column says so, though the given name is in no list.
    [InlineData("{ \"id\" : 7, \"fullName\" : \"Teodora Vasquez\" }", PiiType.Person, "Teodora Vasquez")]
    [InlineData("{\\\"uid\\\":\\\"tv\\\",\\\"name\\\":\\\"Teodora Vasquez\\\"}", PiiType.Person, "Teodora Vasquez")]
    [InlineData("dn: uid=tv,ou=staff,dc=example,dc=org\ncn: Teodora Vasquez\nmail: tv@example.org", PiiType.Person, "Teodora Vasquez")]
    [InlineData("payroll sync: employee=Teodora Vasquez dept=finance", PiiType.Person, "Teodora Vasquez")]
    [InlineData("<saml2:Attribute Name=\"displayName\"><saml2:AttributeValue>Teodora Vasquez</saml2:AttributeValue>", PiiType.Person, "Teodora Vasquez")]
    [InlineData("<contact><displayName>Teodora Vasquez</displayName></contact>", PiiType.Person, "Teodora Vasquez")]
    [InlineData("Case 4411 opened by Teodora Vasquez (t.vasquez@example.org)", PiiType.Person, "Teodora Vasquez")]
    [InlineData("Med venlig hilsen\nTeodora Vasquez", PiiType.Person, "Teodora Vasquez")]
    [InlineData("id|customer name|city\n17|Teodora Vasquez|Porto", PiiType.Person, "Teodora Vasquez")]
    [InlineData("COPY crm.leads (lead_id, contact_name, score) FROM stdin;\n88\tTeodora Vasquez\t0.7\n\\.", PiiType.Person, "Teodora Vasquez")]
    // A national phone number its column names; an IPv6 client with its port and no brackets.
    [InlineData("ref;name;mobile\nA1;Teodora Vasquez;912 345 678", PiiType.Phone, "912 345 678")]
    [InlineData("{ \"email\" : \"tv@example.org\", \"mobile_number\" : \"912 345 678\" }", PiiType.Phone, "912 345 678")]
    [InlineData("[09:12] Teodora O'Hanlon: rebooting the primary", PiiType.Person, "Teodora O'Hanlon")]
    [InlineData("proxy[41]: 2001:db8:a1:7::1f:50211 [06/Dec/2026:10:00:00.000] fe be/s1", PiiType.IPv6, "2001:db8:a1:7::1f")]
    [InlineData("client 2001:db8:a1:7:2:3:4:1f:443 reset", PiiType.IPv6, "2001:db8:a1:7:2:3:4:1f")]
    [InlineData("url=jdbc:oracle:thin:hr/Pm3#qT8zWv@//db9:1521/HRPDB", PiiType.ConnectionString, "Pm3#qT8zWv")]
    [InlineData("user,group,Secret Access Key\nci,deploy,Zt4kQ8mW2xR7pL9vN3bY6cH1jF5gD0sA/eU+iO7q", PiiType.AwsSecretKey, "Zt4kQ8mW2xR7pL9vN3bY6cH1jF5gD0sA/eU+iO7q")]
    public void Finds_the_value_with_its_type(string text, PiiType type, string value)
    {
        var entities = Detector.Detect(text);

        Assert.Contains(entities, e => e.Type == type && text[e.Start..e.End] == value);
    }

    [Theory]
    // Positional shapes that hold no password: a mechanism after AUTH, a prose line after a prompt, a prompt for the password, a
    // drive mapped with "*", a switch without its tool, a secure string read from a variable.
    [InlineData("S: 250-AUTH PLAIN LOGIN XOAUTH2\n> auth failed\nx17 LOGIN alice retrying")]
    [InlineData("C:\\> net use \\\\nas2\\media * /user:LAB\\render /persistent:no")]
    [InlineData("robocopy c:\\src d:\\dst /P 4 /MIR")]
    [InlineData("$cred = ConvertTo-SecureString $env:SVC_PW -AsPlainText -Force")]
    // Colon-separated lines that are no .pgpass entry; a plugin clause without a literal; value-before-name prose without a value.
    [InlineData("localhost:5432:*:postgres:*\nroot:x:0:0:root:/root:/bin/bash")]
    [InlineData("CREATE USER 'bi'@'%' IDENTIFIED WITH auth_socket;")]
    [InlineData("please use vault-prod2 as the password store")]
    // A command naming a secret whose output is a table, not one word; a CSV whose secret column holds only references.
    [InlineData("$ kubectl get secret db-password\nNAME          TYPE     DATA   AGE\ndb-password   Opaque   1      3d")]
    [InlineData("name,password_file,owner\nreports,/run/secrets/db_pw,ops")]
    // Names that are not people: a service in a name field, an element naming a product, a table of hosts.
    [InlineData("{ \"name\" : \"Payments Gateway\", \"replicas\" : 3 }")]
    [InlineData("hostname;rack;owner\nweb-1;r12;platform")]
    [InlineData("{ \"tel_no\" : \"2024-01-31\", \"cell\" : \"B4\" }")]
    // Evidence: a keyword argument passing a variable, an ARN's secret segment, a placeholder webhook, a public key token, a
    // Java object's identity, a template value, a password-policy time, a word after "token:", a YAML tag.
    [InlineData("    conn = pymysql.connect(host=host, user=user, password=password)")]
    [InlineData("\"arn:aws:secretsmanager:us-east-2:210987654321:secret:staging/billing/stripe-Qw3rTy\"")]
    [InlineData("webhook_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")]
    [InlineData("Could not load 'Contoso.Data, Version=2.0.0.0, Culture=neutral, PublicKeyToken=9a1b2c3d4e5f6a7b'")]
    [InlineData("IllegalStateException: token com.example.ipc.SessionBinder@4f2a9c1 is stale")]
    [InlineData("MAILJET_API_KEY=your-mailjet-key-here\nAPI_SECRET=YOUR_MAILJET_SECRET_HERE")]
    [InlineData("pwdLastSetTime: 20250301120000Z\npasswordChangedDate: 2025-03-01")]
    [InlineData("ERROR gateway: refresh token: unparseable (2 retries)")]
    [InlineData("smtp_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  3961326437")]
    public void Leaves_evidence_alone(string text)
    {
        var entities = Detector.Detect(text);

        Assert.True(entities.Count == 0, string.Join(", ", entities.Select(e => $"{e.Type} '{text[e.Start..e.End]}'")));
    }
}
