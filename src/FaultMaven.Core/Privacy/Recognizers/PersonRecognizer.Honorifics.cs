namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Names in Han and Hangul read by the honorific or the closing written after them: Japanese <c>さん</c>, <c>様</c>,
/// Chinese <c>先生</c>, <c>女士</c>, Korean <c>님</c>, and the Korean sign-offs <c>드림</c> and <c>올림</c> after a signature's name.
/// The same honorifics follow roles and groups (<c>担当者様</c>, <c>관리자님</c>, <c>운영팀 드림</c>): a name that ends in a
/// role's or a group's character, or opens with one of absence or of everyone (<c>未</c>, <c>皆</c>), is no one's.</summary>
internal sealed partial class PersonRecognizer
{
    // Kana honorifics: after Han, a person's name (or a role, which the role endings turn away).
    private static readonly string[] KanaHonorifics = ["さん", "さま", "くん", "ちゃん"];

    // Han honorifics, which Han text writes without a blank inside a longer run: the name before them opens with a surname.
    private static readonly string[] HanHonorifics = ["様", "先生", "女士", "氏"];

    // Last characters of roles, groups and organisations (者 -er, 員 member, 部 department, 組 team, 社 company, 位 each, 客 guest, 担当 in charge…).
    private const string HanRoleEndings = "者員员部課课係组組团團队隊室班社局处處科位方客会會司家当當";

    // First characters of absence and of everyone (未 not yet, 無 none, 匿 anonymous, 皆 all, 各 each, 貴 your honoured, 御 honorific prefix).
    private const string HanNoOneOpenings = "未无無匿不各皆全貴贵御诸諸";

    // Last syllables of Korean roles and groups (관리자 administrator, 상담원 agent, 팀장 team lead, 운영팀 operations team, 회사 company).
    private const string HangulRoleEndings = "자원장팀부실과사단소청";

    // First syllables of Korean words of absence (미지정 unassigned, 무명 anonymous).
    private const string HangulNoOneOpenings = "미무";

    // Words of a placeholder for a person in Chinese, Japanese and Korean (test, trial, sample, example, user, guest, visitor,
    // administrator, default, system, temporary, dummy): "测试用户" under a name key is a test account, not someone. Words that
    // open with a common surname (范例 Fan, 임시 Lim) are left out: a name may start with them.
    private static readonly string[] CaselessPlaceholderWords =
    [
        "测试", "測試", "試験", "试用", "試用", "示例", "样例", "樣例", "样本", "樣本", "見本", "例子", "用户", "用戶", "使用者", "访客", "訪客",
        "遊客", "来宾", "來賓", "管理员", "管理員", "默认", "默認", "系统", "系統", "临时", "臨時", "虚拟", "虛擬", "假名", "仮名",
        "테스트", "시험", "샘플", "예시", "사용자", "게스트", "방문자", "관리자", "기본", "시스템",
    ];

    private static bool HoldsPlaceholderWord(ReadOnlySpan<char> cell)
    {
        foreach (var word in CaselessPlaceholderWords)
        {
            if (cell.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> HonorificStarts = System.Buffers.SearchValues.Create("さくち様先女氏님드올");

    /// <summary>Finds names in Han and Hangul before an honorific or a Korean closing. Each honorific is read once, and the look
    /// back from it is a few characters.</summary>
    private static void FindHonorificNames(string text, Findings found)
    {
        for (var at = text.AsSpan().IndexOfAny(HonorificStarts); at >= 0;)
        {
            var (start, end) = text[at] switch
            {
                '님' or '드' or '올' => HangulBeforeHonorific(text, at),
                _ => HanBeforeHonorific(text, at),
            };
            if (end > start)
            {
                found.Add(PiiType.Person, start, end, 0.85);
            }

            var next = at + 1 < text.Length ? text.AsSpan(at + 1).IndexOfAny(HonorificStarts) : -1;
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    private static (int Start, int End) HanBeforeHonorific(string text, int at)
    {
        var kana = false;
        var matched = false;
        foreach (var honorific in KanaHonorifics)
        {
            kana |= text.AsSpan(at).StartsWith(honorific, StringComparison.Ordinal);
        }

        foreach (var honorific in HanHonorifics)
        {
            matched |= text.AsSpan(at).StartsWith(honorific, StringComparison.Ordinal);
        }

        if (!kana && !matched)
        {
            return (0, 0);
        }

        var runStart = at;
        while (runStart > 0 && at - runStart < 8 && ScriptOf(text[runStart - 1]) == Script.Han)
        {
            runStart--;
        }

        // A whole run of one to four characters before kana (田中さん, 林さん); otherwise four, three or two characters opening
        // with a surname (王建国先生 in 请联系王建国先生处理, 山田様).
        if (kana && at - runStart is >= 2 and <= 4 && (runStart == 0 || !char.IsLetter(text[runStart - 1]) || IsKana(text[runStart - 1])))
        {
            return NoOneInHan(text, runStart, at) ? (0, 0) : (runStart, at);
        }

        for (var length = 4; length >= 2; length--)
        {
            var start = at - length;
            if (start >= runStart && HanSurnameChars.Contains(text[start]) && !NoOneInHan(text, start, at))
            {
                return (start, at);
            }
        }

        return kana && at - runStart == 1 && HanSurnameChars.Contains(text[runStart]) ? (runStart, at) : (0, 0);
    }

    private static bool IsKana(char c) => c is >= '\u3040' and <= '\u30ff';

    private static bool NoOneInHan(string text, int start, int end) =>
        HanRoleEndings.Contains(text[end - 1]) || HanNoOneOpenings.Contains(text[start]);

    /// <summary>A Korean name of three syllables before <c>님</c> (joined or after a blank) or before a closing <c>드림</c> or
    /// <c>올림</c> that ends its line.</summary>
    private static (int Start, int End) HangulBeforeHonorific(string text, int at)
    {
        var closing = text.AsSpan(at).StartsWith("드림", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("올림", StringComparison.Ordinal);
        if (!closing && text[at] != '님')
        {
            return (0, 0);
        }

        var end = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
        if (closing && (end == at || !LineEndsAfter(text, at + 2)))
        {
            return (0, 0);
        }

        var start = end;
        while (start > 0 && end - start < 4 && ScriptOf(text[start - 1]) == Script.Hangul)
        {
            start--;
        }

        if (end - start != 3 || start > 0 && (char.IsLetterOrDigit(text[start - 1]) || InSpacedWord(text[start - 1]))
            || HangulRoleEndings.Contains(text[end - 1]) || HangulNoOneOpenings.Contains(text[start]))
        {
            return (0, 0);
        }

        return (start, end);
    }

    private static bool LineEndsAfter(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '.' or '。')
        {
            i++;
        }

        return i >= text.Length || text[i] == '\n';
    }

    /// <summary>Gets whether a table cell is a name in Han or Hangul as a person's column holds it: two to five Han characters
    /// (with 々, and a blank between surname and given name: <c>松本 蓮</c>) or two to four Hangul syllables, not opening with a
    /// character of absence (<c>未定</c>, <c>미지정</c>), not ending with a role's or a group's (<c>運用部</c>, <c>운영팀</c>), and
    /// holding no placeholder's word (<c>测试用户</c>, <c>테스트</c>).</summary>
    internal static bool IsCaselessName(ReadOnlySpan<char> cell)
    {
        var (han, hangul, blanks) = (0, 0, 0);
        foreach (var c in cell)
        {
            if (c == ' ' || c == '\u3000')
            {
                blanks++;
            }
            else if (c == '々' || ScriptOf(c) == Script.Han)
            {
                han++;
            }
            else if (c is >= '\uac00' and <= '\ud7a3')
            {
                hangul++;
            }
            else
            {
                return false;
            }
        }

        if (blanks > 1 || cell.IsEmpty || cell[0] is ' ' or '\u3000' || cell[^1] is ' ' or '\u3000' || han > 0 && hangul > 0)
        {
            return false;
        }

        return (han is >= 2 and <= 5 && !HanNoOneOpenings.Contains(cell[0]) && !HanRoleEndings.Contains(cell[^1])
            || hangul is >= 2 and <= 4 && !HangulNoOneOpenings.Contains(cell[0]) && !HangulRoleEndings.Contains(cell[^1])) && !HoldsPlaceholderWord(cell)
            && !EndsWithAny(cell, HanPlaceEndings) && !EndsWithAny(cell, HangulPlaceEndings);
    }
}
