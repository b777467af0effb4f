namespace FaultMaven.Core.Agent.Model;

/// <summary>Prices a model's tokens, so a turn's usage carries its estimated cost.</summary>
public interface IModelPricing
{
    /// <summary>The estimated cost in USD of <paramref name="input"/> and <paramref name="output"/> tokens of <paramref name="model"/>; 0 when unknown.</summary>
    double Cost(string? model, long input, long output);
}
