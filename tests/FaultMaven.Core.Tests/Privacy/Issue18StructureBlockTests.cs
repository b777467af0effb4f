using System.Text;
using System.Text.RegularExpressions;
using FaultMaven.Core.Privacy;
using FaultMaven.Core.Privacy.Redaction;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, structures read across a stream's block ends: a users' map (YAML, JSON, a Python dict, HCL) or an SQL
/// <c>INSERT</c>/<c>COPY</c> longer than a block keeps its secret column or entries read in every later block, wherever the block ends
/// fall in its rows, and ends where the structure ends. Every value here is made up.</summary>
public sealed partial class Issue18StructureBlockTests
{
    private static async Task<string> StreamAsync(string text, int blockSize)
    {
        using var output = new StringWriter();
        await new StreamRedactor(Redactor.Default, blockSize).RedactAsync(new StringReader(text), output, cancellationToken: TestContext.Current.CancellationToken);
        return output.ToString();
    }

    /// <summary>A made-up secret for entry <paramref name="i"/>: letters of both cases and digits, none shared with another entry.</summary>
    private static string Secret(int i) => $"Qv{(char)('a' + i % 26)}{i:00000}Lm{(char)('K' + i % 13)}z8R";

    public static TheoryData<string> Shapes => ["yaml", "yaml-users", "json", "python", "hcl", "insert-line", "insert-many", "insert-wrapped", "copy"];

    /// <summary>Writes <paramref name="count"/> entries of a structure of the given shape, each holding <see cref="Secret"/>.</summary>
    private static string Structure(string shape, int count)
    {
        var text = new StringBuilder();
        var rows = Enumerable.Range(0, count);
        switch (shape)
        {
            case "yaml":
                text.Append("passwords:\n").AppendJoin("", rows.Select(i => $"  user{i:00000}: {Secret(i)}\n")).Append("log: done\n");
                break;
            case "yaml-users":
                text.Append("auth:\n  users:\n").AppendJoin("", rows.Select(i => $"    svc-{i:00000}: {Secret(i)}\n")).Append('\n');
                break;
            case "json":
                text.Append("{\n  \"credentials\": {\n").AppendJoin(",\n", rows.Select(i => $"    \"user{i:00000}\": \"{Secret(i)}\"")).Append("\n  }\n}\n");
                break;
            case "python":
                text.Append("PASSWORDS = {\n").AppendJoin("", rows.Select(i => $"    'user{i:00000}': '{Secret(i)}',\n")).Append("}\n");
                break;
            case "hcl":
                text.Append("users = {\n").AppendJoin("", rows.Select(i => $"  user{i:00000} = \"{Secret(i)}\"\n")).Append("}\n");
                break;
            case "insert-line":
                text.Append("INSERT INTO users (id, name, password) VALUES\n").AppendJoin(",\n", rows.Select(i => $"({i}, 'user{i:00000}', '{Secret(i)}')")).Append(";\n");
                break;
            case "insert-many":
                text.Append("INSERT INTO `accounts` (`id`,`login`,`passwd`) VALUES ")
                    .AppendJoin(",\n", rows.Chunk(5).Select(chunk => string.Join(",", chunk.Select(i => $"({i},'user{i:00000}','{Secret(i)}')")))).Append(";\n");
                break;
            case "insert-wrapped":
                text.Append("INSERT INTO app_users (id, username, password)\nVALUES\n").AppendJoin(",\n", rows.Select(i => $"(\n  {i},\n  'user{i:00000}',\n  '{Secret(i)}'\n)")).Append(";\n");
                break;
            default:
                text.Append("COPY public.users (id, name, password) FROM stdin;\n").AppendJoin("", rows.Select(i => $"{i}\tuser{i:00000}\t{Secret(i)}\n")).Append("\\.\n");
                break;
        }

        return text.ToString();
    }

    /// <summary>Asserts every secret hidden and nothing else changed: the output with its tokens taken out is the input with its
    /// secrets taken out.</summary>
    private static void AssertSecretsHiddenAndNothingElse(string input, string output, int count)
    {
        var expected = input;
        for (var i = 0; i < count; i++)
        {
            Assert.DoesNotContain(Secret(i), output, StringComparison.Ordinal);
            expected = expected.Replace(Secret(i), "", StringComparison.Ordinal);
        }

        Assert.Equal(expected, Token().Replace(output, ""));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_structure_longer_than_a_block_keeps_its_secrets_read_wherever_the_block_ends_fall(string shape)
    {
        // Blocks of 512 characters and a preamble that grows: every offset of a block end inside a row or an entry is met.
        for (var shift = 0; shift < 60; shift += 7)
        {
            var input = "2026-12-07T10:00:00Z INFO loading fixtures\n" + new string('x', shift) + "\n" + Structure(shape, 120);
            AssertSecretsHiddenAndNothingElse(input, await StreamAsync(input, 512), 120);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_structure_of_3000_entries_in_blocks_of_32K_leaves_no_secret_visible(string shape)
    {
        var input = Structure(shape, 3000);
        AssertSecretsHiddenAndNothingElse(input, await StreamAsync(input, 1 << 15), 3000);
    }

    [Fact]
    public async Task A_users_map_of_roles_mails_and_flags_across_block_ends_is_kept()
    {
        // Near miss: maps keyed by user names whose values are no secrets, each longer than a block.
        var rows = Enumerable.Range(0, 150);
        var input = "users:\n" + string.Concat(rows.Select(i => $"  user{i:000}: {(i % 2 == 0 ? "admin" : "read-only")}\n")) + "\n"
            + "{\n  \"accounts\": {\n" + string.Join(",\n", rows.Select(i => $"    \"svc{i:000}\": {(i % 2 == 0 ? "true" : "false")}")) + "\n  }\n}\n"
            + "USERS = {\n" + string.Concat(rows.Select(i => $"    'user{i:000}': 'ops-team',\n")) + "}\n";
        Assert.Equal(input, await StreamAsync(input, 512));
    }

    [Fact]
    public async Task Rows_after_the_structure_ends_are_not_read_as_its_rows()
    {
        // The map ends at a block's last line; the next block's indented lines and tuples are no longer its entries.
        foreach (var shift in new[] { 0, 9, 18, 27 })
        {
            var map = "passwords:\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"  user{i:000}: {Secret(i)}\n"));
            var after = string.Concat(Enumerable.Range(0, 60).Select(i => $"build:\n  image{i:000}: Registry{i:000}Tag7\n"))
                + "INSERT INTO jobs (id, name, password_changed_at) VALUES\n" + string.Join(",\n", Enumerable.Range(0, 60).Select(i => $"({i}, 'Nightly{i:000}Job', '2026-12-07')")) + ";\n"
                + string.Concat(Enumerable.Range(0, 40).Select(i => $"({i}, 'Batch{i:000}Run7', 'Queue{i:000}Ab9'),\n"));
            var input = new string('x', shift) + "\n" + map + after;
            var output = await StreamAsync(input, 512);
            AssertSecretsHiddenAndNothingElse(input[..(shift + 1 + map.Length)], output[..(output.Length - after.Length)], 60);
            Assert.EndsWith(after, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_insert_whose_literal_never_closes_is_carried_no_further_and_stays_linear()
    {
        // Hostile: a quote opened and never closed, then a megabyte of text. The structure is dropped where no row starts near a
        // block's end; the work stays in proportion to the input.
        var input = "INSERT INTO users (name, password) VALUES ('a', '" + string.Concat(Enumerable.Repeat("(1, 'x', 'y'),\n", 70_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var output = await StreamAsync(input, 1 << 15);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Equal(input.Length, output.Length);
    }

    [GeneratedRegex("<[A-Z][A-Z_]*[0-9]*>")]
    private static partial Regex Token();
}
