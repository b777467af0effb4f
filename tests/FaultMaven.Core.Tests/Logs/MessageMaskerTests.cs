using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

public sealed class MessageMaskerTests
{
    [Theory]
    [InlineData("Connected to 10.0.0.12:5432 in 35 ms", "Connected to <*>:<*> in <*> ms")]
    [InlineData("Deleting block blk_-6952295868487656571 file /mnt/hadoop/dfs/data/current/blk_1", "Deleting block <*> file <*>")]
    [InlineData("GET https://api.example.com/v1/users?id=7 failed", "GET https://<*> failed")]
    [InlineData("session 0x14ed93111f2002c expired", "session <*> expired")]
    [InlineData("request 550e8400-e29b-41d4-a716-446655440000 done", "request <*> done")]
    [InlineData("commit 3f9a2c7d41b0e8f6 deployed", "commit <*> deployed")]
    [InlineData("uid=0 euid=0 user=root", "uid=<*> euid=<*> user=root")]
    [InlineData("generating core.2275", "generating core.<*>")]
    [InlineData("stored (estimated size 16.0 KB, free 317.1 MB)", "stored (estimated size <*>, free <*>)")]
    [InlineData("took 1.5s and 250ms", "took <*> and <*>")]
    [InlineData("  spaced   out\tmessage  ", "spaced out message")]
    [InlineData("ssh2 and log4j and v2 stay", "ssh2 and log4j and v2 stay")]
    [InlineData("y0a4vS-dC3c12-Mx <= alice", "<*> <= alice")]
    [InlineData("utf8mb4 and TLSv1 and x509v3 and getUserById stay", "utf8mb4 and TLSv1 and x509v3 and getUserById stay")]
    [InlineData("[C79408][S828587437] request end", "[C<*>][S<*>] request end")]
    [InlineData("conn1207: eth0 sda1 Win32 x86 stay", "conn<*>: eth0 sda1 Win32 x86 stay")]
    [InlineData("C:\\Windows\\System32\\drivers missing", "<*> missing")]
    [InlineData("offset -127633188 ok", "offset <*> ok")]
    [InlineData("connection from 10.0.0.1 () at Sun Jul  3 23:12:01 2005", "connection from <*> () at <*>")]
    [InlineData("status=M Sat Jul 16 18:30:20 PDT 2005", "status=M <*>")]
    [InlineData("rate 3/60s at Oct 12 06:25:14 for smtp", "rate <*>/<*> at <*> for smtp")]
    [InlineData("built on 16 Jul 2005, ok", "built on <*>, ok")]
    [InlineData("Mon to Fri only; May I help", "Mon to Fri only; May I help")]
    [InlineData("connection from (host8.example.net) and MININT-X5.corp.example.com", "connection from (<*>) and <*>")]
    [InlineData("class org.apache.hadoop.mapred.TaskTracker and spark.executor.memory stay", "class org.apache.hadoop.mapred.TaskTracker and spark.executor.memory stay")]
    [InlineData("from=<alice@mail.example.org>, size=12", "from=<<*>>, size=<*>")]
    [InlineData("DHCPACK to 5e:79:5b:dc:1a:03 via eth0", "DHCPACK to <*> via eth0")]
    [InlineData("close, 71248 (52.6 KB) bytes sent", "close, <*> (<*>) bytes sent")]
    [InlineData("*8450117 upstream timed out, $12 owed", "*<*> upstream timed out, $<*> owed")]
    [InlineData("request: \"GET /checkout?cart=1f2e&step=2 HTTP/1.1\", next", "request: \"GET <*> HTTP/<*>\", next")]
    [InlineData("see /usr/share/doc and ?help=1 or (/var/x)", "see <*> and ?help=<*> or (<*>)")]
    [InlineData("glob *.log matched $HOME and ~/notes", "glob *.log matched $HOME and <*>")]
    public void Mask_ReplacesValuesKeepingPunctuation(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));
}
