namespace FaultMaven.Core.Logs.Templates;

// Where templates are created, and the limits on how many and how large: memory stays flat on a log of one-off statements.
public sealed partial class TemplateMiner
{
    /// <summary>The text of the <see cref="Unmined"/> template: it says what happened, and matches no message.</summary>
    public const string UnminedText = "(not mined: template limit reached)";

    private long _templateChars;
    private long _memoChars;
    private LogTemplate? _unmined;

    /// <summary>
    /// Null until <see cref="TemplateMinerOptions.MaxTemplates"/> or <see cref="TemplateMinerOptions.MaxTemplateCharacters"/> is
    /// reached; then the one template (text <see cref="UnminedText"/>) that every later message with no template of its own is
    /// counted against: its <see cref="LogTemplate.Count"/> is the number of messages not mined.
    /// </summary>
    public LogTemplate? Unmined => _unmined;

    /// <summary>How many messages were not mined because the template limit was reached.</summary>
    public long UnminedCount => _unmined?.Count ?? 0;

    private LogTemplate Create((int, string) bucketKey, List<LogTemplate> bucket, string[] words)
    {
        var chars = 0L;
        foreach (var word in words)
        {
            chars += word.Length;
        }

        if (_unmined is not null || _templates.Count >= _options.MaxTemplates || _templateChars + chars > _options.MaxTemplateCharacters)
        {
            return Unmine();
        }

        var created = new LogTemplate(_templates.Count + 1, words);
        _templates.Add(created);
        _templateChars += chars;
        if (bucket.Count == 0)
        {
            _buckets.TryAdd(bucketKey, bucket);
        }

        bucket.Add(created);
        TemplateCount++;
        return created;
    }

    // The template of messages that would have opened one past the limit. It sits in no bucket, so no message is compared with
    // it and consolidation never merges it: its count stays the number of messages not mined.
    private LogTemplate Unmine()
    {
        if (_unmined is null)
        {
            _unmined = new LogTemplate(_templates.Count + 1, [UnminedText]);
            _templates.Add(_unmined);
            TemplateCount++;
        }

        return _unmined;
    }
}
