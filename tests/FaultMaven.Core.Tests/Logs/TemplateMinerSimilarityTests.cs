using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// Issue 18: a message is compared with up to 1,024 templates of its bucket, and reading every word's label once per template made
// lines of a hundred words cost 2 s per MB. Labels and hashes are now read once per message, words compared by hash first, and a
// comparison stops once its score could not be chosen; these tests check that chooses exactly what the full comparison chose.
public sealed class TemplateMinerSimilarityTests
{
    private static readonly string[] Vocabulary =
        ["ok", "err", "k1=", "k12=", "k1=on", "k12=on", "kx=on", "<*>", "<*>,<*>", "started:", "done:", "eth0:", "7", "a.b", "{\"id\":1}", "{\"ip\":"];

    // The comparison as it was: the full share of equal words, -1 where labels differ.
    private static double Reference(string[] template, string[] words)
    {
        var same = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if ((template[i] == MessageMasker.Wildcard && !ValuePlaces.DifferentArity(template[i], words[i]))
                || string.Equals(template[i], words[i], StringComparison.Ordinal))
            {
                same++;
            }
            else if (PlaceLabels.DifferentLabels(template, words, i))
            {
                return -1;
            }
        }

        return (double)same / words.Length;
    }

    // SameBesidesDigits as it was, on strings.
    private static bool ReferenceSameBesidesDigits(string a, string b)
    {
        if (!a.Any(char.IsAsciiLetter) || !a.Any(char.IsAsciiDigit) || !b.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }
            }
            else if (a[i++] != b[j++])
            {
                return false;
            }
        }

        return i == a.Length && j == b.Length;
    }

    [Fact]
    public void Issue18_StoppedComparison_ChoosesWhatTheFullComparisonChose()
    {
        var random = new Random(18);
        for (var n = 0; n < 200_000; n++)
        {
            var length = random.Next(1, 12);
            var template = new string[length];
            var words = new string[length];
            for (var i = 0; i < length; i++)
            {
                template[i] = Vocabulary[random.Next(Vocabulary.Length)];
                // Mostly the same word, so scores spread over the whole range.
                words[i] = random.Next(3) == 0 ? Vocabulary[random.Next(Vocabulary.Length)] : template[i];
            }

            var threshold = new[] { 0.5, 0.4, 0.7, 1.0, 0.0 }[random.Next(5)];
            var bestScore = random.Next(3) == 0 ? -1.0 : random.Next(0, length + 1) / (double)length;
            var labels = new int[length];
            PlaceLabels.LabelLengths(words, labels);

            // Words made anew, so equal words are different strings, as a message's and a template's are.
            var hashes = words.Select(w => w.GetHashCode()).ToArray();
            var candidate = new LogTemplate(1, template.Select(w => new string(w.AsSpan())).ToArray());
            var full = Reference(template, words);
            var stopped = TemplateMiner.Similarity(candidate, words, hashes, labels, TemplateMiner.FewestSame(length, threshold, bestScore));
            var chosenFull = full >= threshold && full > bestScore;
            var chosenStopped = stopped >= threshold && stopped > bestScore;
            Assert.True(chosenFull == chosenStopped, $"{string.Join(' ', template)} / {string.Join(' ', words)} at {threshold}, best {bestScore}");
            if (chosenFull)
            {
                Assert.Equal(full, stopped);
            }
        }
    }

    [Fact]
    public void Issue18_SameBesidesDigitsOnSpans_AsOnStrings()
    {
        var random = new Random(17);
        const string alphabet = "ab01=:9Z.";
        for (var n = 0; n < 200_000; n++)
        {
            var a = new string(Enumerable.Range(0, random.Next(0, 7)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var b = random.Next(4) == 0 ? a : new string(Enumerable.Range(0, random.Next(0, 7)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(ReferenceSameBesidesDigits(a, b), TemplateWords.SameBesidesDigits(a.AsSpan(), b.AsSpan()));
        }
    }
}
