namespace FaultMaven.Core.Logs.Formats;

/// <summary>The kinds of header field <see cref="HeaderLearner"/> can find left at the start of a layout's messages.</summary>
public enum HeaderFieldKind
{
    /// <summary>A timestamp (any shape <see cref="TimestampParser"/> reads).</summary>
    Timestamp,

    /// <summary>A level word, bare, bracketed or padded (<c>INFO</c>, <c>[Note]</c>, <c>[WARN ]</c>) or an upper-case word with a colon (<c>LOG:</c>).</summary>
    Level,

    /// <summary>A bracketed token with no space inside (<c>[pid]</c>, <c>[Server]</c>, <c>[o.e.c.Component]</c>).</summary>
    Bracket,

    /// <summary>A process or thread number, perhaps with a role or second number (<c>31258</c>, <c>67885:C</c>, <c>815#815:</c>).</summary>
    Number,

    /// <summary>One punctuation character used as a level mark (<c>*</c>, <c>#</c>, <c>-</c>).</summary>
    Mark,

    /// <summary>A logger or source-file token followed by <c> - </c> (<c>Memtable.java:503 - </c>).</summary>
    Source,

    /// <summary>A run of one to three separator characters standing alone (<c>:</c>, <c>|</c>, <c>--</c>, <c>---</c>, <c>&gt;</c>).</summary>
    Separator,

    /// <summary>A word ending in a colon or a pipe that takes few values (<c>Auth:</c>, <c>executeQuery:</c>, <c>kid2|</c>).</summary>
    Tag,

    /// <summary>A name with a bracketed number or word glued to it, ending in a colon (<c>chronyd[612]:</c>, <c>kdc[81](info):</c>).</summary>
    Named,

    /// <summary>The text up to the next tab, in a file whose header columns are tab-separated.</summary>
    Column,

    /// <summary>Any one token: learned only where a field of a steadier kind follows it (a host name before <c>prog[pid]:</c>).</summary>
    Word,

    /// <summary>A dotted name standing alone, as a logger or class is written (<c>o.e.c.Component</c>, <c>http.handlers.proxy</c>).</summary>
    Logger,

    /// <summary>A square or round bracket of words (<c>[k:v k:v]</c>, <c>[]</c>, <c>(pool 3)</c>): learned only where a steadier field follows it,
    /// or where it holds <c>key=value</c> pairs after an opening word of few shapes (<c>[Originator@6876 sub=Vim opID=x1]</c>).</summary>
    Group,

    /// <summary>A run of <c>key=value</c> tokens: learned only where a steadier field follows it.</summary>
    Pairs,

    /// <summary>A square bracket glued to the field before it (<c>[component][pipeline]</c>), or nothing: a field the format
    /// writes for some lines only, known by being glued to the header.</summary>
    Glued,

    /// <summary>A level word, or a word of two to five capitals where a level stands (<c>LOG</c>, <c>DEBG</c>): learned only where
    /// some lines hold a known level there and few other words take the place.</summary>
    Capitals,
}
