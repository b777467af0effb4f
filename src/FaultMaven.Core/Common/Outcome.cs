using System.Diagnostics.CodeAnalysis;

namespace FaultMaven.Core.Common;

/// <summary>The result of a service operation: a value, or an expected <see cref="Failure"/>.</summary>
/// <typeparam name="T">The type of the value on success.</typeparam>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    /// <summary>Gets the value when the operation succeeded.</summary>
    public T? Value { get; }

    /// <summary>Gets the failure when the operation did not succeed.</summary>
    public Failure? Failure { get; }

    /// <summary>Gets a value indicating whether the operation succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    /// <summary>Wraps a value as a successful outcome.</summary>
    public static implicit operator Outcome<T>(T value) => new(value, null);

    /// <summary>Wraps a failure as an unsuccessful outcome.</summary>
    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);
}
