namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names written with initials as the whole value of a person's field, label or cue: a surname and one or two initials
/// after it (<c>Иванов И. И.</c>, <c>Nguyen V. A.</c>, <c>García, J.</c>) or before it (<c>И. И. Иванов</c>, <c>J. García</c>).
/// Initials alone say nothing of a person (<c>Section: A. Overview</c>), so the label or cue before the value must. A label a team
/// holds as often (a sender, a recipient, the person in charge: <c>От: Петров А. В.</c>) counts too: initials with a surname are
/// a person's own shape, and a team's word in the surname's place (<c>Кому: Группа А.</c>) is no surname.</summary>
internal sealed partial class PersonRecognizer
{
    // Words a letter follows as a place's, a part's or a stage's name does (Site B., Building C., Section A., Phase B.): with a
    // letter after them they are a surname and an initial in shape only; and region words a country's initials come before.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LetteredPartWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Site", "Zone", "Region", "Rack", "Floor", "Building", "Room", "Block", "Phase", "Stage", "Tier", "Level", "Plan", "Option", "Unit",
         "Sector", "Area", "Line", "Lab", "Campus", "Pool", "Host", "Section", "Release", "Build", "Version", "Step", "Part", "Chapter",
         "Appendix", "Table", "Figure", "Item", "Class", "Type", "Grade", "Track", "Gate", "Port", "Bay", "Dock", "Wave", "Batch",
         "Shard", "Replica", "Partition", "Slot", "Variant", "Hangar", "Terminal", "Tower",
         // things named by a letter in plans, tests and inventories (Route A., Exhibit B., Model S., Disk C., Vitamin D.); not the
         // words common as surnames too (Hall, Ward, Page, Lane, Case)
         "Route", "Exhibit", "Model", "Sprint", "Kernel", "Disk", "Drive", "Volume", "Rule", "Policy", "Vitamin", "Scenario",
         "Test", "Group", "Team", "Squad", "Cluster", "Node", "Channel", "Ring", "Cohort", "Segment", "Window", "Shift", "Form",
         "Schedule", "Profile", "Pattern", "Mode", "Series", "Size", "Band", "Sample", "Strategy", "Path", "Lot", "Pod",
         "Vault", "Cabinet", "Shelf", "Row", "Column", "Cell", "Panel", "Circuit", "Feed", "Bus",
         "Pump", "Engine", "Generator", "Tank", "Valve", "Grid", "Sheet", "Note", "Annex", "Article",
         "Clause", "Paragraph", "Point", "Attachment",
         // compass and region words after a country's initials (U.S. East, U.K. South, E.U. West)
         "East", "West", "North", "South", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Midwest", "Pacific", "Atlantic"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds names with initials after each colon or equals sign whose label or cue is a person's.</summary>
    private static void FindInitialNames(string text, Findings found)
    {
        for (var mark = text.AsSpan().IndexOfAny(ValueMarks); mark >= 0;)
        {
            var start = mark + 1;
            while (start < text.Length && start - mark <= 4 && text[start] is ' ' or '\t' or '"' or '\'')
            {
                start++;
            }

            // A role's key a team holds as often (owner, contact) counts too: initials with a surname are a person's own shape.
            if (start < text.Length && char.IsUpper(text[start]) && InitialsName(text, start) is var end && end > start
                && ValueEndsAt(text, end) && (CuedPlace(text, start, end) is Place.Field or Place.Cue || LabelBefore(text, start) == LabelKind.Team || RoleKeyBefore(text, start)))
            {
                found.Add(PiiType.Person, start, end, 0.85);
            }

            var next = mark + 1 < text.Length ? text.AsSpan(mark + 1).IndexOfAny(ValueMarks) : -1;
            mark = next < 0 ? -1 : mark + 1 + next;
        }

        // After a cue phrase of a person (escalated to, paged, approved by): "escalated to J. Smith", "paged A.B. Petrov at 10:02".
        // The words after the name are the sentence's own, so the name need not end the value. Such a name opens with a blank, a
        // capital and a dot: the dots are looked for, rarer than blanks, each a search of its own.
        for (var dot = text.Length > 2 ? text.IndexOf('.', 2) : -1; dot >= 0; dot = dot + 1 < text.Length ? text.IndexOf('.', dot + 1) : -1)
        {
            var start = dot - 1;
            if (text[start - 1] == ' ' && char.IsUpper(text[start]) && CueJustBefore(text, start) && InitialsName(text, start) is var end && end > start)
            {
                found.Add(PiiType.Person, start, end, 0.85);
            }
        }
    }

    /// <summary>Where a name with initials that opens at <paramref name="start"/> ends, or -1: a surname, an optional comma and one
    /// or two initials; or one or two initials and a surname.</summary>
    private static int InitialsName(string text, int start)
    {
        var initials = Initials(text, start, out var afterInitials);
        if (initials > 0)
        {
            var surnameEnd = SurnameAt(text, afterInitials);
            return surnameEnd > afterInitials ? surnameEnd : -1;
        }

        var end = SurnameAt(text, start);
        if (end < 0)
        {
            return -1;
        }

        var i = end < text.Length && text[end] == ',' ? end + 1 : end;
        if (i >= text.Length || text[i] != ' ')
        {
            return -1;
        }

        return Initials(text, i + 1, out var last) > 0 ? last : -1;
    }

    /// <summary>Counts one or two initials (a capital and a dot, a blank between or none) at <paramref name="start"/>; <paramref
    /// name="end"/> is after the last dot, or after the blank that follows it when a word follows. A capital may follow a dot with
    /// no blank (<c>А.В.</c>, <c>А.В.Петров</c>, <c>J.R.</c>): the next initial or the surname written on; a lower-case letter
    /// may not (<c>e.g.</c>, <c>U.Sb</c>).</summary>
    private static int Initials(string text, int start, out int end)
    {
        var (count, i) = (0, start);
        end = start;
        while (count < 2 && i + 1 < text.Length && char.IsUpper(text[i]) && char.IsLetter(text[i]) && text[i + 1] == '.'
            && (!char.IsLetter(TextContext.CharAt(text, i + 2)) || char.IsUpper(text[i + 2])))
        {
            count++;
            i += 2;
            end = i;
            if (TextContext.CharAt(text, i) == ' ' && i + 1 < text.Length && char.IsUpper(text[i + 1]))
            {
                i++;
                end = count == 2 || TextContext.CharAt(text, i + 1) != '.' ? i : end;
            }
        }

        return count;
    }

    /// <summary>Where a surname at <paramref name="start"/> ends (a capital, then two to 24 lower-case letters, hyphens or
    /// apostrophes), or -1; not a word that names a product, a team or a state.</summary>
    private static int SurnameAt(string text, int start)
    {
        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return -1;
        }

        var end = start + 1;
        while (end < text.Length && end - start <= 24 && (char.IsLower(text[end]) || text[end] is '-' or '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1])))
        {
            end++;
        }

        if (end - start < 3 || end < text.Length && char.IsLetterOrDigit(text[end]) || NotNameWords.Contains(text.AsSpan(start, end - start))
            || LetteredPartWords.Contains(text.AsSpan(start, end - start)))
        {
            return -1;
        }

        return end;
    }
}
