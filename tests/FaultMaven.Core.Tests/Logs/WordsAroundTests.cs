using FaultMaven.Core.Logs.Templates;

namespace FaultMaven.Core.Tests.Logs;

// WordsAround groups a bucket's templates by their words outside one place with hashes instead of joined keys: it must give the
// groups the joined keys gave, in the same order, and see words changed in place.
public sealed class WordsAroundTests
{
    [Fact]
    public void Groups_SameAsJoiningTheOtherWords_InFirstAppearanceOrder()
    {
        var random = new Random(18);
        string[] vocabulary = ["a", "b", "c", "<*>", "id=<*>", "done", ""];
        for (var round = 0; round < 200; round++)
        {
            var length = random.Next(1, 6);
            var bucket = Enumerable.Range(0, random.Next(1, 40))
                .Select(i => new LogTemplate(i + 1, [.. Enumerable.Range(0, length).Select(_ => vocabulary[random.Next(vocabulary.Length)])]))
                .ToList();
            var around = new WordsAround();
            for (var position = 0; position < length; position++)
            {
                var expected = JoinedGroups(bucket, position);
                var actual = around.GroupBesides(bucket, position).Select(g => g.Select(t => t.Id).ToList()).ToList();
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void WordsChangedInPlace_AreSeenAtTheNextPlace()
    {
        var first = new LogTemplate(1, ["open", "a", "x"]);
        var second = new LogTemplate(2, ["open", "b", "y"]);
        List<LogTemplate> bucket = [first, second];
        var around = new WordsAround();
        Assert.Empty(around.GroupBesides(bucket, 1));

        // As Generalize does: the word changes in the array and the template is told.
        second.MutableWords[2] = "x";
        second.WordsChanged();
        var group = Assert.Single(around.GroupBesides(bucket, 1));
        Assert.Equal([1, 2], group.Select(t => t.Id));
    }

    private static List<List<int>> JoinedGroups(List<LogTemplate> bucket, int position)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var template in bucket)
        {
            var words = template.MutableWords;
            var key = string.Join('\u0001', words.Take(position).Concat(words.Skip(position + 1)));
            if (!groups.TryGetValue(key, out var group))
            {
                group = [];
                groups[key] = group;
            }

            group.Add(template.Id);
        }

        return groups.Values.Where(g => g.Count > 1).ToList();
    }
}
