using System.Globalization;
using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: record headers detection left in the message — cells delimited by ';' or '|', a column padded to a fixed width,
// a date and time in cells of their own — each with a file it must learn and a near-miss whose message it must leave whole.
// Every file is constructed here (40 lines, values varied by a fixed rule).
public sealed class HeaderCellTests
{
    private static readonly TimestampParser Time = new(new DateOnly(2024, 3, 15));

    private static readonly string[] Verbs = ["started", "stopped", "queued", "dropped", "resumed"];

    private static List<string> File(Func<int, string> line) => [.. Enumerable.Range(0, 40).Select(line)];

    private static string Clock(int i) => $"10:{i % 60:00}:{(i * 7) % 60:00}";

    private static string Message(List<string> lines, int index)
    {
        var (layout, _) = LayoutDetector.Detect(lines, Time);
        var fields = new LogFields();
        Assert.True(layout.TryParse(lines[index], fields, Time));
        return fields.Message;
    }

    [Fact]
    public void Detect_SemicolonCellsAfterAGluedStamp_Learned()
    {
        string[] classes = ["Job", "Job", "Server", "Node"];
        var lines = File(i => $"03/15/2024 {Clock(i)};00{(i % 3 + 1) * 8:00};Server@head1;{classes[i % 4]};{1000 + i * 37}.head1;job {i} {Verbs[i % 5]} on node{i % 7}, state {i % 4}");

        Assert.Equal("job 5 started on node5, state 1", Message(lines, 5));
    }

    [Fact]
    public void Detect_WordsGluedToASemicolonOpeningTheMessage_Kept()
    {
        // A cell is one token the file repeats the shape of; a message's first word before a ';' varies.
        string[] words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"];
        var lines = File(i => $"2024-03-15 {Clock(i)} {words[i % 12]}{new string('x', i % 5)}; worker {i} {Verbs[i % 5]}");

        Assert.Equal("bravox; worker 1 stopped", Message(lines, 1));
    }

    [Fact]
    public void Detect_PipeRecordWithDateAndTimeCells_MessageIsTheFreeTextCells()
    {
        // The number of cells varies (a reading on some events): the cells after the sensor are the message's, not fields the
        // format writes after every message.
        string[] sensors = ["Fan FAN1", "Power Supply PSU2", "Voltage 12V", "Temperature CPU1 Temp"];
        string[] events = ["Lower Critical going low ", "Failure detected", "Upper Non-critical going high", "Presence detected"];
        var lines = File(i => $"{i + 1,4} | 03/{15 + i % 3:00}/2024 | {Clock(i)} | {sensors[i % 4]} | {events[(i / 4) % 4]} | {(i % 2 == 0 ? "Asserted" : "Deasserted")}"
            + (i % 3 == 0 ? $" | Reading {i * 10} < Threshold 400 RPM" : string.Empty));

        Assert.Equal("Voltage 12V | Lower Critical going low  | Asserted", Message(lines, 2));
        Assert.Equal("Temperature CPU1 Temp | Lower Critical going low  | Deasserted | Reading 30 < Threshold 400 RPM", Message(lines, 3));
    }

    [Fact]
    public void Detect_PaddedSourceColumn_Learned()
    {
        string[] sources = ["spid19s", "spid8s", "spid261", "Backup", "Logon", "Server"];
        var lines = File(i => $"2024-03-15 {Clock(i)}.{i % 100:00} {sources[i % 6],-12}Database db{i} {Verbs[i % 5]} in {i} second(s).");

        Assert.Equal("Database db4 resumed in 4 second(s).", Message(lines, 4));
    }

    [Fact]
    public void Detect_MessageWordsOfOneSpacing_Kept()
    {
        // Words of a message are not a column: their lengths differ and one blank follows each, so nothing lines up.
        string[] subjects = ["disk", "volume", "cache", "db", "network"];
        var lines = File(i => $"2024-03-15 {Clock(i)} {subjects[i % 5]} {i} {Verbs[i % 5]}");
        // Lined up by chance with one length only: a repeated word, not a padded column.
        var same = File(i => $"2024-03-15 {Clock(i)} job   {i} {Verbs[i % 5]}");

        Assert.Equal("volume 1 stopped", Message(lines, 1));
        Assert.Equal("job   3 dropped", Message(same, 3));
    }
}
