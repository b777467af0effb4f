using FaultMaven.Core.Logs.Formats;
using FaultMaven.Core.Logs.Reading;
// usage: probe LOG  -> prints layout on stderr, one message per line on stdout (tabs as \t)
var lines = File.ReadAllLines(args[0]);
var time = new TimestampParser(new DateOnly(2026, 12, 6));
var sample = lines.Take(LayoutDetector.SampleLines * 2).ToList();
var (layout, share) = LayoutDetector.Detect(sample, time);
var inner = layout is TrailingFieldsLayout t ? t.Inner : layout;
var desc = (inner is LearnedHeaderLayout l ? $"{l.Inner.Name}+[{string.Join(",", l.Fields)}]{(l.Authoritative ? "!" : "")}" : inner.Name) + (layout is TrailingFieldsLayout t2 ? $"-{t2.Count}" : "");
Console.Error.WriteLine($"layout {desc} share {share:F2} raw=[{string.Join(",", HeaderLearner.LearnFields(sample.Take(200).ToList(), time))}]");
var parser = new LineParser(layout, time);
var fields = new LogFields();
var o = new StreamWriter(Console.OpenStandardOutput());
foreach (var line in lines) { var m = parser.ReadMessageText(line.AsMemory(), fields).ToString(); o.WriteLine(m.Replace("\t", "\\t")); }
o.Flush();
