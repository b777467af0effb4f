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
    [InlineData("C:\\Windows\\System32\\drivers missing", "<*> missing")]
    [InlineData("offset -127633188 ok", "offset <*> ok")]
    public void Mask_ReplacesValuesKeepingPunctuation(string message, string expected) =>
        Assert.Equal(expected, MessageMasker.Mask(message));
}
