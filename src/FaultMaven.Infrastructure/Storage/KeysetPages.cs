using System.Runtime.CompilerServices;

namespace FaultMaven.Infrastructure.Storage;

/// <summary>Reads a whole table a page at a time by key (<c>WHERE id &gt; last ORDER BY id LIMIT n</c>): each read stays short
/// without the cost of OFFSET on a large table.</summary>
internal static class KeysetPages
{
    public const int PageSize = 1000;

    /// <summary>Yields the values of every page <paramref name="readPage"/> returns for the last key seen ("" first), until a short page.</summary>
    public static async IAsyncEnumerable<string> ReadAsync(
        Func<string, Task<List<(string Id, string Value)>>> readPage, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = "";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await readPage(after);
            foreach (var (_, value) in page)
            {
                yield return value;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }
}
