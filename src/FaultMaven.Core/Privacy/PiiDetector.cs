using FaultMaven.Core.Privacy.Recognizers;
using FaultMaven.Core.Privacy.Views;
using System.Runtime.CompilerServices;

namespace FaultMaven.Core.Privacy;

/// <summary>Finds private data and secrets in text: runs every recognizer, keeps candidates at or above the minimum score,
/// and settles overlaps so that each character carries one label. Thread-safe; one instance serves the process.</summary>
public sealed class PiiDetector
{
    private static readonly PiiRecognizer[] Recognizers =
    [
        new TokenRecognizer(), new CredentialRecognizer(), new NamedSecretRecognizer(), new CommandLineSecretRecognizer(), new PositionalSecretRecognizer(),
        new DelimitedTableRecognizer(), new NetworkRecognizer(),
        new FinancialRecognizer(), new ContactRecognizer(), new PersonRecognizer(), new EncodedSecretRecognizer(), new UkIdentityRecognizer(),
        new NameValuePairRecognizer(), new ContextSecretRecognizer(), new KeyMaterialRecognizer(), new SecretFileRecognizer(),
        new StoreCommandSecretRecognizer(), new AccountToolSecretRecognizer(), new StructuredSecretRecognizer(), new ProseSecretRecognizer(),
    ];

    /// <summary>Initializes a detector.</summary>
    /// <param name="minimumScore">The confidence a candidate needs to be reported.</param>
    public PiiDetector(double minimumScore = DefaultMinimumScore)
    {
        if (minimumScore is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumScore), minimumScore, "The minimum score is between 0 and 1.");
        }

        MinimumScore = minimumScore;
        _find = Find;
    }

    // The detector's own reading, handed to the view reading once instead of a new delegate per text.
    private readonly Func<string, List<PiiEntity>> _find;

    /// <summary>The default minimum confidence.</summary>
    public const double DefaultMinimumScore = 0.5;

    /// <summary>Gets the confidence a candidate needs to be reported.</summary>
    public double MinimumScore { get; }

    /// <summary>Runs every recognizer on <paramref name="text"/> and settles their candidates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<PiiEntity> Find(string text)
    {
        var findings = new Findings();
        foreach (var recognizer in Recognizers)
        {
            recognizer.Recognize(text, findings);
        }

        return findings.Resolve(MinimumScore);
    }

    /// <summary>Runs every recognizer over <paramref name="sample"/>, the last first, and discards what they find: only a head start
    /// for the JIT compiler (the CLI runs without tiers, so each method is compiled, optimised, by the thread that first calls it).
    /// Beside the first blocks' detection, which runs the recognizers first to last, the two ends compile on two cores instead of
    /// the second worker waiting for each method the first is compiling.</summary>
    public void WarmUp(string sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var findings = new Findings();
        for (var i = Recognizers.Length - 1; i >= 0; i--)
        {
            Recognizers[i].Recognize(sample, findings);
        }

        findings.Resolve(MinimumScore);
    }

    /// <summary>Finds the private data in <paramref name="text"/>, ordered by position, never overlapping.</summary>
    public IReadOnlyList<PiiEntity> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        // Escaped characters (alice\u0040example.com, \u0022password\u0022) are read written out, and what is found there is
        // mapped back to the escapes it came from.
        var unescaped = EscapedText.Unescape(text);
        var reading = unescaped?.Text ?? text;

        // Then the view of the lines whose surface form hides tokens (wrapped, quoted, continued, percent- or entity-encoded).
        var entities = ViewReading.Add(reading, Find(reading), _find);
        if (unescaped is var (_, origin))
        {
            for (var i = 0; i < entities.Count; i++)
            {
                entities[i] = entities[i] with { Start = origin[entities[i].Start], End = origin[entities[i].End] };
            }

            System.Buffers.ArrayPool<int>.Shared.Return(origin);
        }

        return entities;
    }
}
