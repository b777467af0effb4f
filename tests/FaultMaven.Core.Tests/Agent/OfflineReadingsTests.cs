using FaultMaven.Core.Agent;
using FaultMaven.Core.Agent.Offline;
using FaultMaven.Core.Cases.Investigation;
using FaultMaven.Core.Data;
using FaultMaven.Core.Data.Classification;
using FaultMaven.Core.Knowledge.Search;

namespace FaultMaven.Core.Tests.Agent;

/// <summary>The offline engine's readings that a black-box pass found wrong, each as a kind: an error type is not a source, an HTML page
/// is a document, a knowledge passage must agree with the case's signal, and another case's pseudonyms are not this case's.</summary>
public sealed class OfflineReadingsTests
{
    [Theory]
    [InlineData("java.lang.OutOfMemoryError", true)]
    [InlineData("System.NullReferenceException", true)]
    [InlineData("KeyError", true)]
    [InlineData("com.acme.Outer$InnerException:", true)]
    [InlineData("Traceback", true)]
    [InlineData("com.acme.orders.OrdersApi", false)]
    [InlineData("com.acme.errors.ErrorReporter", false)]
    [InlineData("error-budget-exporter", false)]
    [InlineData("payments-api", false)]
    [InlineData("db-1.internal", false)]
    public void ServiceNames_AnErrorTypeIsAnErrorKind_NotASource(string name, bool errorKind)
    {
        Assert.Equal(errorKind, ServiceNames.IsErrorKind(name));
        Assert.Equal(!errorKind, ServiceNames.IsSource(name));
    }

    [Fact]
    public void Classifier_AnHtmlErrorPageQuotingAStackTrace_IsADocument()
    {
        var page = """
            <!doctype html>
            <html lang="en"><head><title>HTTP Status 500 – Internal Server Error</title></head>
            <body><h1>HTTP Status 500 – Internal Server Error</h1>
            <pre>java.lang.NullPointerException: Cannot invoke "Cart.total()" because "cart" is null
            	at com.acme.shop.CheckoutController.submit(CheckoutController.java:57)
            	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
            	at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)
            </pre></body></html>
            """;

        var classification = new DataClassifier().Classify(page, "error.html");

        Assert.Equal(DataType.Documentation, classification.Type);
        Assert.Equal("html", classification.Format);
    }

    [Fact]
    public void Classifier_AJavaTraceWithInitFrames_StaysAStackTrace()
    {
        var trace = """
            java.lang.IllegalStateException: cache not ready
            	at com.acme.shop.Cache.<init>(Cache.java:21)
            	at com.acme.shop.Cache.<clinit>(Cache.java:12)
            	at com.acme.shop.App.main(App.java:9)
            """;

        Assert.Equal(DataType.StackTrace, new DataClassifier().Classify(trace, "trace.txt").Type);
    }

    [Theory]
    [InlineData("Page the owner <EMAIL_1> and block <IPV4_2>", "Page the owner [redacted] and block [redacted]")]
    [InlineData("Token <JWT:1a2b3c4d> was revoked", "Token [redacted] was revoked")]
    [InlineData("Set <your-key> in the config; compare a <b> c", "Set <your-key> in the config; compare a <b> c")]
    public void ForeignPseudonyms_MarkersAreShownAsRedacted_OtherAngleTextIsKept(string text, string expected) =>
        Assert.Equal(expected, ForeignPseudonyms.Scrub(text));

    [Theory]
    [InlineData("Disk full on «ledger» «db»: «no» «space» left; free space and expand the volume", true)]
    [InlineData("«ledger» primary unreachable: connection refused from the «ledger» clients after a network partition", false)]
    [InlineData("«payments» «failing» after the release", false)]
    public void Agrees_APassageMustShareTheEvidencesWordsAndItsKindOfFailure(string snippet, bool agrees)
    {
        var lead = new Signal
        {
            Quote = "ledger-db could not write block: no space left on device",
            Source = "ledger-db.log",
            Evidence = new EvidenceRef(EvidenceKind.Upload, "u1", 3, 3),
            Category = CauseCategory.ResourceExhaustion,
            Strength = 0.95,
            Label = "storage ran out",
            Level = 1,
        };
        var passage = new PassageHit("c1", [], snippet, 0, snippet.Length, 1);

        Assert.Equal(agrees, OfflineInvestigator.Agrees(passage, lead));
    }
}
