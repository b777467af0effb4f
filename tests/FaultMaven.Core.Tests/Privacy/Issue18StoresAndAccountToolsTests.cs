using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, twenty-second session: secrets written into key-value stores and directories (redis-cli writes under a key of
/// one word, MONITOR transcripts, CONFIG SET, AUTH, ACL rules and ACL files, Memcached data under a secret's key, ldappasswd's new
/// and old passwords) and passwords fed to account tools (chpasswd, passwd, smbpasswd, sudo -S, htpasswd -i, kinit, expect's send);
/// and the near-misses of the same shapes: key names without values, counters, ACL rules that are no password, tools shown
/// with nothing fed.</summary>
public sealed class Issue18StoresAndAccountToolsTests
{
    private static readonly PiiDetector Detector = new();

    private static readonly HashSet<PiiType> SecretTypes =
    [
        PiiType.UrlCredentials, PiiType.ConnectionString, PiiType.AwsAccessKey, PiiType.AwsSecretKey, PiiType.GitHubToken, PiiType.SlackToken,
        PiiType.Jwt, PiiType.PrivateKey, PiiType.ApiKey, PiiType.GenericSecret, PiiType.BearerToken, PiiType.BasicAuth,
    ];

    // Each secret is redacted to exactly its span: the user before chpasswd's colon, an ACL rule's sign and MONITOR's quotes stay.
    public static TheoryData<string, string> StoreSecrets() => new()
    {
        // redis-cli writes whose one-word key names a secret
        { "redis-cli -h cache01 -p 6380 SET apikey Kq8vT2mWx9LpZ4rN\n", "Kq8vT2mWx9LpZ4rN" },
        { "redis-cli --no-auth-warning setnx smtp_password 'Fj3#kd9Lq'\n", "Fj3#kd9Lq" },
        { "cache-01:6379[2]> MSET region eu-west-1 webhook_secret Wh7pQ4xN2mZ8vB1c\n", "Wh7pQ4xN2mZ8vB1c" },
        // MONITOR transcripts: writes, AUTH (one or two arguments), HELLO AUTH, CONFIG SET, ACL SETUSER
        { "1700000000.123456 [0 127.0.0.1:6379] \"SET\" \"user:1:password\" \"Zx9cV8bN7mQ1\"\n", "Zx9cV8bN7mQ1" },
        { "1700000012.654321 [2 10.0.3.4:51234] \"SETEX\" \"api:token\" \"3600\" \"tk_9fGh2JkL4mNp6QrS\"\n", "tk_9fGh2JkL4mNp6QrS" },
        { "1712345678.000042 [0 10.1.1.9:40022] \"HSET\" \"svc:billing\" \"region\" \"eu\" \"client_secret\" \"Cs8dF3gH6jK9lZ2x\"\n", "Cs8dF3gH6jK9lZ2x" },
        { "1700000100.000001 [0 127.0.0.1:40000] \"AUTH\" \"Nb3vC5xZ7lK9\"\n", "Nb3vC5xZ7lK9" },
        { "1700000100.000002 [0 127.0.0.1:40000] \"auth\" \"default\" \"Qw2eR4tY6uI8\"\n", "Qw2eR4tY6uI8" },
        { "1700000100.000003 [0 127.0.0.1:40001] \"HELLO\" \"3\" \"AUTH\" \"app\" \"Hl5oW3rL1dX7\"\n", "Hl5oW3rL1dX7" },
        { "1700000200.500000 [0 unix:/run/redis.sock] \"config\" \"set\" \"requirepass\" \"Rq7pA2sS9wD4\"\n", "Rq7pA2sS9wD4" },
        { "1700000300.000001 [0 10.0.0.5:50000] \"ACL\" \"SETUSER\" \"bob\" \"on\" \">Ml4kJ8hG2fD6\" \"~*\" \"+@all\"\n", "Ml4kJ8hG2fD6" },
        // ACL rules: added and removed passwords, a password's SHA-256, an ACL file's user line
        { "ACL SETUSER bob on >Sd5fG7hJ9kL1 ~* +@all\n", "Sd5fG7hJ9kL1" },
        { "redis-cli ACL SETUSER alice on >Mn8bV6cX4zQ2 >Secondpass77 ~cache:* +get\n", "Secondpass77" },
        { "acl setuser bob <OldPassw0rd9 >NewPassw0rd7\n", "OldPassw0rd9" },
        { "ACL SETUSER carol on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* &* +@all\n", "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8" },
        { "# users.acl\nuser worker on >Rt6yU8iO0pA2 ~jobs:* resetchannels +@read +@write\n", "Rt6yU8iO0pA2" },
        // Memcached data under a key naming a secret, and ldappasswd's new and old passwords
        { "set user:42:password 0 900 12\r\nLm3nB4vC5xZ6\r\nSTORED\r\n", "Lm3nB4vC5xZ6" },
        { "ldappasswd -x -D cn=admin,dc=ex,dc=com -W -s Hj5kL6mN7pQ8 uid=bob,ou=people,dc=ex,dc=com\n", "Hj5kL6mN7pQ8" },
        { "ldappasswd -H ldaps://ldap1 -x -D uid=bob,ou=people,dc=ex,dc=com -a 'Old#Pw4x9' -S\n", "Old#Pw4x9" },
    };

    public static TheoryData<string, string> FedPasswords() => new()
    {
        // chpasswd: user:password piped, as a here-string, in a here-document; the user is kept
        { "echo 'bob:Yu8iO9pA0sD1' | chpasswd\n", "Yu8iO9pA0sD1" },
        { "echo \"deploy:Qa1sW2eD3rF4\" | sudo chpasswd\n", "Qa1sW2eD3rF4" },
        { "chpasswd <<< 'alice:Fg2hJ3kL4zX5'\n", "Fg2hJ3kL4zX5" },
        { "printf 'ops:Ce4rV5tB6yN7\\nweb:Dx8cF9vG0bH1\\n' | chpasswd\n", "Dx8cF9vG0bH1" },
        { "sudo chpasswd <<EOF\nbob:Pq9wE8rT7yU6\nEOF\n", "Pq9wE8rT7yU6" },
        // passwd --stdin, passwd and smbpasswd -s given the password twice
        { "echo Rf5tG6yH7uJ8 | passwd --stdin bob\n", "Rf5tG6yH7uJ8" },
        { "echo 'Ik9oL0pM1nB2' | sudo passwd --stdin svc_backup\n", "Ik9oL0pM1nB2" },
        { "printf '%s\\n' Zs1xD2cF3vG4 Zs1xD2cF3vG4 | passwd bob\n", "Zs1xD2cF3vG4" },
        { "printf 'Hy5uJ6iK7oL8\\nHy5uJ6iK7oL8\\n' | passwd alice\n", "Hy5uJ6iK7oL8" },
        { "(echo Ju7iK8oL9pM0; echo Ju7iK8oL9pM0) | smbpasswd -s -a bob\n", "Ju7iK8oL9pM0" },
        { "echo -e \"Wn3mQ8rT2v\\nWn3mQ8rT2v\" | smbpasswd -a -s carol\n", "Wn3mQ8rT2v" },
        { "passwd bob <<< $'Pw4!ab9Q\\nPw4!ab9Q'\n", "Pw4!ab9Q" },
        // sudo -S from a here-string, htpasswd -i and kinit from a pipe
        { "sudo -S <<< Vb3nM4qW5eR6 systemctl restart nginx\n", "Vb3nM4qW5eR6" },
        { "sudo -kS <<< 'Tg7yH8uJ9iK0' apt-get update\n", "Tg7yH8uJ9iK0" },
        { "echo Ht6pW9xK2m | htpasswd -i /etc/nginx/.htpasswd bob\n", "Ht6pW9xK2m" },
        { "echo 'Kr8bR0s!Z' | kinit svc_etl@CORP.EXAMPLE.COM\n", "Kr8bR0s!Z" },
        // expect and pexpect answering a password prompt
        { "expect \"password:\"\nsend \"Nh6bG5vF4cD3\\r\"\n", "Nh6bG5vF4cD3" },
        { "expect -re \"Password: $\" { send -- \"Mj7nH6bG5vF4\\r\" }\n", "Mj7nH6bG5vF4" },
        { "child.expect('[Pp]assphrase for key')\nchild.sendline('Ps9qW2eR5tY8')\n", "Ps9qW2eR5tY8" },
        { "expect \"Enter PEM pass phrase:\"\nsend \"Pe7mP2ss9Q\\r\"\n", "Pe7mP2ss9Q" },
        // further shapes of the same kinds: a quoted key, an escaped quote in MONITOR, chpasswd's options, echo -n, yes, a here-string
        // after sudo's command, and the tools that set or hash a password given as an argument
        { "redis-cli SET \"api_key\" \"Ak4mZ9pQ2wL7\"\n", "Ak4mZ9pQ2wL7" },
        { "1700000400.000001 [0 10.0.0.9:5555] \"SET\" \"auth:token\" \"pa\\\"ss9Kq2Lm\"\n", "pa\\\"ss9Kq2Lm" },
        { "echo \"root:Ro0tPw9x!\" | chpasswd -c SHA512\n", "Ro0tPw9x!" },
        { "echo -n Qy7Lp2Mx9v | passwd --stdin deploy\n", "Qy7Lp2Mx9v" },
        { "yes 'Ys5tR8wQ1z' | passwd bob\n", "Ys5tR8wQ1z" },
        { "sudo -S whoami <<< 'Sw9dF4gH1j'\n", "Sw9dF4gH1j" },
        { "dscl . -passwd /Users/bob Dc7xV2bN9m\n", "Dc7xV2bN9m" },
        { "net user bob Nu8sE4rP2w /add\n", "Nu8sE4rP2w" },
        { "echo Pw2uS7eR5m | pw useradd bob -h 0\n", "Pw2uS7eR5m" },
        { "useradd -m -p \"$(openssl passwd -6 Us3rAdd9Pw)\" bob\n", "Us3rAdd9Pw" },
        { "mkpasswd -m sha-512 Mk7pW3sD9x\n", "Mk7pW3sD9x" },
    };

    public static TheoryData<string> NearMisses() => new()
    {
        // writes that store no secret, reads and deletes of a secret's key, a write naming a secret with a variable or a state
        "redis-cli SET counter 5\nredis-cli SET mode strict\n127.0.0.1:6379> GET user:1:password\n127.0.0.1:6379> DEL user:1:password\n",
        "redis-cli SET apikey $API_KEY\nredis-cli SET session_token pending\n",
        // MONITOR lines without a secret
        "1700000000.123456 [0 127.0.0.1:6379] \"GET\" \"user:1:password\"\n1700000000.123457 [0 127.0.0.1:6379] \"SET\" \"hits\" \"42\"\n1700000000.123458 [0 127.0.0.1:6379] \"INCR\" \"counter\"\n1700000000.123459 [0 127.0.0.1:6379] \"CONFIG\" \"SET\" \"maxmemory\" \"2gb\"\n",
        // ACL rules that are no password, AUTH with nothing after it, CONFIG GET
        "ACL SETUSER bob on nopass ~* +@all\nACL SETUSER bob resetpass\nACL SETUSER ops on allkeys allcommands -@dangerous\n127.0.0.1:6379> AUTH\nCONFIG GET requirepass\n",
        "user default on nopass ~* &* +@all\n",
        // Memcached data under a key naming nothing secret; ldapsearch's password file and prompts
        "set session:9f2 0 900 16\r\nAb12Cd34Ef56Gh78\r\n",
        "ldapsearch -x -D cn=admin,dc=example,dc=com -y /etc/ldap.secret -b dc=example,dc=com\nldappasswd -x -D cn=admin,dc=ex,dc=com -W -S -A uid=bob,ou=people,dc=ex,dc=com\n",
        // account tools with nothing fed, or fed a variable
        "chpasswd --help\npasswd -l bob\npasswd --stdin bob\nsudo -S systemctl restart nginx\nsmbpasswd -a bob\n",
        "echo \"bob:$NEWPW\" | chpasswd\necho \"$PW\" | passwd --stdin bob\nsudo -S <<< \"$SUDO_PW\" true\necho hello | sudo tee /etc/motd\n",
        // a here-string to the command sudo runs, not to sudo; an echo that is not what the pipe feeds
        "sudo cat <<< Zx8Kq2Lm9v\necho Yq3Rt7Wv2n; passwd bob | tee /tmp/log\n",
        // expect sends that answer no password prompt
        "expect \"Are you sure\"\nsend \"yes\\r\"\nexpect \"Password changed\"\nsend \"exit\\r\"\n",
        // net user without a password or with its prompt; openssl passwd, dscl and mkpasswd given no password; yes fed to a tool
        // that reads none; a here-string to the command sudo runs
        "net user bob /domain\nnet user administrator *\nnet user accounts are managed by AD\n",
        "openssl passwd -6 -stdin\nopenssl passwd -6 -salt abc $PW\ndscl . -passwd /Users/bob\nmkpasswd --help\nmkpasswd -m help\n",
        "yes | apt-get install nginx\necho done | tee /var/log/passwd.log\nsudo -S -v\nsudo -u postgres psql <<< \"select 1\"\n",
    };

    [Theory]
    [MemberData(nameof(StoreSecrets))]
    [MemberData(nameof(FedPasswords))]
    public void Issue18_StoredOrFedSecret_IsRedactedToItsSpan(string text, string secret)
    {
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var found = Detector.Detect(text);
        Assert.Contains(found, e => SecretTypes.Contains(e.Type) && e.Start <= at && e.End >= at + secret.Length);
        Assert.DoesNotContain(found, e => SecretTypes.Contains(e.Type) && (e.Start < at && e.End > at - 2 || e.Start < at + secret.Length && e.End > at + secret.Length));
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Issue18_StoreOrAccountToolNearMiss_IsKept(string text) =>
        Assert.DoesNotContain(Detector.Detect(text), e => SecretTypes.Contains(e.Type));

    [Fact]
    public void Issue18_ChpasswdUser_IsKept()
    {
        const string text = "echo 'bob:Yu8iO9pA0sD1' | chpasswd\n";
        var found = Detector.Detect(text);
        Assert.DoesNotContain(found, e => e.Start <= text.IndexOf("bob", StringComparison.Ordinal) && e.End > text.IndexOf("bob", StringComparison.Ordinal));
    }
}
