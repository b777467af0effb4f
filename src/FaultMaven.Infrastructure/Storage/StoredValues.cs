namespace FaultMaven.Infrastructure.Storage;

/// <summary>How values are written to and read from database columns (SQLite and PostgreSQL).</summary>
internal static class StoredValues
{
    // Ticks keep DateTimeOffset exact through a round trip, unlike milliseconds or ISO strings.
    public static long ToTicks(DateTimeOffset value) => value.UtcTicks;

    public static DateTimeOffset FromTicks(long ticks) => new(ticks, TimeSpan.Zero);

    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();

    public static TEnum ToEnum<TEnum>(string text)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(text);
}
