using System.Text;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Random texts glued from a few pieces (digits, separators, letters): dense with near-misses, for checking a fast
/// reading against the plain one it replaces.</summary>
internal static class PieceTexts
{
    /// <summary>Yields <paramref name="count"/> texts of 1–29 pieces each, the same for the same seed.</summary>
    public static IEnumerable<string> Random(string[] pieces, int seed, int count = 5_000)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (var p = random.Next(1, 30); p > 0; p--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            yield return text.ToString();
        }
    }
}
