using FaultMaven.Core.Privacy;

namespace FaultMaven.Core.Tests.Privacy;

/// <summary>Issue 18, mobile numbers without <c>+</c> under keys that name a phone or a contact in many languages (<c>手机:</c>,
/// <c>联系电话=</c>, <c>Telefon:</c>, <c>携帯:</c>, <c>전화:</c>, <c>contact:</c>): hidden; numbers under keys that only start like
/// one (<c>contact_id</c>, <c>手机型号</c>), ids, dates and epoch times are not. Every number here is made up.</summary>
public sealed class Issue18KeyedPhoneTests
{
    private static readonly PiiDetector Detector = new();

    private static List<string> Phones(string text) =>
        Detector.Detect(text).Where(e => e.Type == PiiType.Phone).Select(e => text[e.Start..e.End]).ToList();

    [Theory]
    [InlineData("contact: 13912345678", "13912345678")]
    [InlineData("手机: 139 1234 5678", "139 1234 5678")]
    [InlineData("手机号：+86 139-1234-5678", "+86 139-1234-5678")]
    [InlineData("用户手机号码：15811112222 已绑定", "15811112222")]
    [InlineData("联系电话=13912345678", "13912345678")]
    [InlineData("聯絡電話: 0912 345 678", "0912 345 678")]
    [InlineData("emergency_contact: 18600001111", "18600001111")]
    [InlineData("Telefon: 0170 1234567", "0170 1234567")]
    [InlineData("Handynummer: 01701234567", "01701234567")]
    [InlineData("携帯: 090-1234-5678", "090-1234-5678")]
    [InlineData("携帯電話：09012345678", "09012345678")]
    [InlineData("전화: 010-1234-5678", "010-1234-5678")]
    [InlineData("휴대폰=01012345678", "01012345678")]
    [InlineData("teléfono: 612 345 678", "612 345 678")]
    [InlineData("celular: 11 91234 5678", "11 91234 5678")]
    [InlineData("phone：13912345678", "13912345678")]
    [InlineData("\"contact\": \"+44 7911 123456\"", "+44 7911 123456")]
    public void A_mobile_under_a_phone_or_contact_key_is_a_phone(string text, string phone) =>
        Assert.Contains(phone, Phones(text));

    [Theory]
    [InlineData("contact_id: 13912345678")]
    [InlineData("contacts: 13912345678")]
    [InlineData("手机型号: 13912345678")]
    [InlineData("电话会议: 13912345678")]
    [InlineData("order: 13912345678")]
    [InlineData("user_id=13912345678")]
    [InlineData("contact: 1733577600")]
    [InlineData("last_contact: 1733577600123")]
    [InlineData("contact: 2026-12-07")]
    [InlineData("Telefon: 3")]
    [InlineData("contact: 99999999999999")]
    [InlineData("联系人: 张伟")]
    public void A_number_that_only_sits_near_a_phone_key_is_no_phone(string text) =>
        Assert.Empty(Phones(text));
}
