using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Logs.Formats;

/// <summary>The layouts FaultMaven recognises without configuration, most specific first.</summary>
public static class LogLayouts
{
    /// <summary>Lines with no recognisable structure: the whole line is the message.</summary>
    public static LogLayout Plain { get; } = new PlainLayout();

    /// <summary>Every built-in layout, in the order detection prefers them on a tie.</summary>
    public static IReadOnlyList<LogLayout> All { get; } =
    [
        new JsonLayout(),
        new CriLayout(),
        new Syslog5424Layout(),
        new Syslog3164Layout(),
        new AccessLogLayout(),
        new ApacheErrorLayout(),
        new DotnetConsoleLayout(),
        new GlogLayout(),
        new LogcatLayout(),
        Header("bgl", @"<Label> <Timestamp> <Date> <Node> <Time> <NodeRepeat> <Type> <Component> <Level> <Content>"),
        Header("healthapp", @"<Time>\|<Component>\|<Pid>\|<Content>"),
        new LogfmtLayout(),
        new TextLayout(),
        Header("bracketed", @"\[<Date> <Time>\] <Process> - <Content>"),
    ];

    /// <summary>A user-given header format as a layout (not strict: the user said this is the layout).</summary>
    public static LogLayout FromFormat(HeaderFormat format) => new HeaderLayout("header", format, strict: false);

    /// <summary>Finds a layout by name.</summary>
    public static LogLayout? Find(string name) =>
        name.Equals(Plain.Name, StringComparison.OrdinalIgnoreCase) ? Plain : All.FirstOrDefault(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static HeaderLayout Header(string name, string pattern) => new(name, HeaderFormat.Parse(pattern).Value!, strict: true);

    private sealed class PlainLayout : LogLayout
    {
        public override string Name => "plain";

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool TryParse(ReadOnlyMemory<char> line, LogFields fields, TimestampParser time)
        {
            TextLayout.ReadMessage(line, fields);
            return true;
        }
    }
}
