namespace FaultMaven.Core.Privacy.Redaction;

/// <summary>One value the redactor replaced: its type, where it was in the input, where its replacement is in the output, and how.</summary>
/// <param name="Type">The type of the value.</param>
/// <param name="Start">The start of the value in the input.</param>
/// <param name="End">The end of the value in the input (exclusive).</param>
/// <param name="OutputStart">The start of the replacement in the output.</param>
/// <param name="OutputEnd">The end of the replacement in the output (exclusive).</param>
/// <param name="Operator">The operator applied.</param>
/// <param name="Score">The detector's confidence.</param>
public sealed record Redaction(PiiType Type, int Start, int End, int OutputStart, int OutputEnd, RedactionOperator Operator, double Score);
