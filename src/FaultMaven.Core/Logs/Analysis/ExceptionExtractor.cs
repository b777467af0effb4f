using System.Text.RegularExpressions;

namespace FaultMaven.Core.Logs.Analysis;

/// <summary>Finds the exception in an event (Java/.NET, Python, Go) and its top frames.</summary>
internal static partial class ExceptionExtractor
{
    private const int TopFrames = 3;

    public static (string Type, string Message, List<string> Frames)? Extract(string message, string? detail)
    {
        var text = detail is null ? message : $"{message}\n{detail}";
        string? type = null;
        var exceptionMessage = "";

        var python = PythonFinal().Matches(text);
        if (text.Contains("Traceback (most recent call last)", StringComparison.Ordinal) && python.Count > 0)
        {
            type = python[^1].Groups[1].Value;
            exceptionMessage = python[^1].Groups[2].Value;
        }
        else if (GoPanic().Match(text) is { Success: true } panic)
        {
            type = "panic";
            exceptionMessage = panic.Groups[1].Value;
        }
        else if (QualifiedType().Match(text) is { Success: true } qualified)
        {
            type = qualified.Groups[1].Value;
            exceptionMessage = qualified.Groups[2].Value;
        }

        if (type is null)
        {
            return null;
        }

        var frames = new List<string>();
        foreach (Match frame in FramePattern().Matches(text))
        {
            frames.Add(frame.Groups["java"].Success ? frame.Groups["java"].Value : frame.Groups["go"].Value);
            if (frames.Count == TopFrames)
            {
                break;
            }
        }

        if (frames.Count == 0 && detail is not null)
        {
            // Python tracebacks list the innermost frame last.
            var pythonFrames = PythonFrame().Matches(text);
            for (var i = pythonFrames.Count - 1; i >= 0 && frames.Count < TopFrames; i--)
            {
                frames.Add($"{pythonFrames[i].Groups[1].Value}:{pythonFrames[i].Groups[3].Value}");
            }
        }

        return (type, exceptionMessage.Length > 200 ? exceptionMessage[..200] : exceptionMessage.Trim(), frames);
    }

    [GeneratedRegex(@"\b((?:[a-zA-Z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Throwable|Fault))\b:?[ ]?([^\n]*)")]
    private static partial Regex QualifiedType();

    [GeneratedRegex(@"^(\w+(?:Error|Exception|Exit|Interrupt|Warning))(?:: ?(.*))?$", RegexOptions.Multiline)]
    private static partial Regex PythonFinal();

    [GeneratedRegex(@"^panic: (.*)$", RegexOptions.Multiline)]
    private static partial Regex GoPanic();

    [GeneratedRegex(@"^\s+at (?<java>[\w$.<>`]+)\(|^(?<go>[\w./*()-]+\.[\w*()]+)\(.*\)\s*$", RegexOptions.Multiline)]
    private static partial Regex FramePattern();

    [GeneratedRegex(@"File ""([^""]+)"", line (\d+), in (\S+)")]
    private static partial Regex PythonFrame();
}
