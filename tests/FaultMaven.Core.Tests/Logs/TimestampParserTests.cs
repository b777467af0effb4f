using FaultMaven.Core.Logs.Formats;

namespace FaultMaven.Core.Tests.Logs;

public sealed class TimestampParserTests
{
    private readonly TimestampParser _parser = new(new DateOnly(2024, 3, 15));

    [Theory]
    [InlineData("2024-03-15T10:20:30Z", "2024-03-15T10:20:30.0000000+00:00")]
    [InlineData("2024-03-15T10:20:30.123456789Z", "2024-03-15T10:20:30.1234567+00:00")]
    [InlineData("2024-03-15 12:20:30,500+02:00", "2024-03-15T10:20:30.5000000+00:00")]
    [InlineData("2024-03-15T05:20:30-0500", "2024-03-15T10:20:30.0000000+00:00")]
    [InlineData("2024/03/15 10:20:30", "2024-03-15T10:20:30.0000000+00:00")]
    [InlineData("17/06/09 20:10:40", "2017-06-09T20:10:40.0000000+00:00")]
    [InlineData("081109 203615", "2008-11-09T20:36:15.0000000+00:00")]
    [InlineData("Mar  3 06:55:46", "2024-03-03T06:55:46.0000000+00:00")]
    [InlineData("Dec 10 06:55:46", "2023-12-10T06:55:46.0000000+00:00")]
    [InlineData("Sun Dec 04 04:47:44 2005", "2005-12-04T04:47:44.0000000+00:00")]
    [InlineData("10/Oct/2000:13:55:36 -0700", "2000-10-10T20:55:36.0000000+00:00")]
    [InlineData("20171223-22:15:29:606", "2017-12-23T22:15:29.6060000+00:00")]
    [InlineData("20171224-0:0:5:28", "2017-12-24T00:00:05.0280000+00:00")]
    [InlineData("2005-06-03-15.42.50.675872", "2005-06-03T15:42:50.6758720+00:00")]
    [InlineData("3/15/2024 2:20:30 PM", "2024-03-15T14:20:30.0000000+00:00")]
    [InlineData("10:20:30.250", "2024-03-15T10:20:30.2500000+00:00")]
    [InlineData("1710498030", "2024-03-15T10:20:30.0000000+00:00")]
    [InlineData("1710498030.5", "2024-03-15T10:20:30.5000000+00:00")]
    [InlineData("1710498030500", "2024-03-15T10:20:30.5000000+00:00")]
    [InlineData("1710498030500000", "2024-03-15T10:20:30.5000000+00:00")]
    [InlineData("1710498030500000000", "2024-03-15T10:20:30.5000000+00:00")]
    public void TryParse_KnownShapes_NormalisedToUtc(string text, string expected)
    {
        Assert.True(_parser.TryParse(text, out var value), text);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("not a time")]
    [InlineData("2024-13-45T99:99:99Z")]
    [InlineData("12345")]
    [InlineData("")]
    public void TryParse_NotATime_False(string text) => Assert.False(_parser.TryParse(text, out _));

    [Fact]
    public void TryParsePrefix_ReturnsLengthOfStamp()
    {
        var length = _parser.TryParsePrefix("2024-03-15 10:20:30,123 INFO main - started", out var value);

        Assert.Equal("2024-03-15 10:20:30,123".Length, length);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 10, 20, 30, 123, TimeSpan.Zero), value);
    }
}
