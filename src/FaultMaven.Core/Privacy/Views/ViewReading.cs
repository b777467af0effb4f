namespace FaultMaven.Core.Privacy.Views;

/// <summary>Reads a text's <see cref="TextView"/> with the same recognizers as the text and adds what only the view shows: a token
/// found across a wrap, a quote prefix or an escape is redacted over its whole original span, wrap and escape characters included.</summary>
internal static class ViewReading
{
    /// <summary>Gets <paramref name="entities"/> (found in <paramref name="text"/>, ordered, not overlapping) with what
    /// <paramref name="find"/> finds in the view of <paramref name="text"/> added; an entity of the plain reading that a view
    /// entity overlaps is taken into it, so nothing the plain reading covered is left uncovered.</summary>
    public static List<PiiEntity> Add(string text, List<PiiEntity> entities, Func<string, List<PiiEntity>> find)
    {
        if (TextViewBuilder.Build(text) is not { } view)
        {
            return entities;
        }

        List<PiiEntity>? added = null;
        foreach (var entity in find(view.Text))
        {
            if (view.Original(entity.Start, entity.End) is var (start, end))
            {
                (added ??= []).Add(entity with { Start = start, End = end });
            }
        }

        return added is null ? entities : Merge(entities, added);
    }

    /// <summary>Merges two ordered lists of entities: each of <paramref name="added"/> takes in every entity it overlaps.</summary>
    private static List<PiiEntity> Merge(List<PiiEntity> plain, List<PiiEntity> added)
    {
        var merged = new List<PiiEntity>(plain.Count + added.Count);
        var (i, j) = (0, 0);
        while (j < added.Count)
        {
            var entity = added[j++];
            while (i < plain.Count && plain[i].End <= entity.Start)
            {
                merged.Add(plain[i++]);
            }

            var grew = true;
            while (grew)
            {
                grew = false;
                for (; i < plain.Count && plain[i].Start < entity.End; i++, grew = true)
                {
                    entity = entity with { Start = Math.Min(entity.Start, plain[i].Start), End = Math.Max(entity.End, plain[i].End) };
                }

                for (; j < added.Count && added[j].Start < entity.End; j++, grew = true)
                {
                    entity = entity with { End = Math.Max(entity.End, added[j].End) };
                }
            }

            merged.Add(entity);
        }

        for (; i < plain.Count; i++)
        {
            merged.Add(plain[i]);
        }

        return merged;
    }
}
