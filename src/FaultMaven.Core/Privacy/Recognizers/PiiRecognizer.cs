namespace FaultMaven.Core.Privacy.Recognizers;

/// <summary>Finds candidate spans of one family of private data in a text; the detector settles overlaps and thresholds.</summary>
internal abstract class PiiRecognizer
{
    /// <summary>Adds every candidate found in <paramref name="text"/> to <paramref name="found"/>.</summary>
    public abstract void Recognize(string text, Findings found);
}
