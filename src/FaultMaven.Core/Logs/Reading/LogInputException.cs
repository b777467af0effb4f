namespace FaultMaven.Core.Logs.Reading;

/// <summary>The input cannot be read as a log (binary, empty of text, unreadable compression); the message says why.</summary>
public sealed class LogInputException(string message, Exception? inner = null) : Exception(message, inner);
