namespace GeoRelief.Core.Analytics.Smoothing;

/// <summary>Empirical-Bayes estimate of one unit's rate.</summary>
/// <param name="RawRate">Events / population; null when the population is zero.</param>
/// <param name="SmoothedRate">The rate shrunk toward <paramref name="PriorMean"/>.</param>
/// <param name="PriorMean">Rate the unit is shrunk toward: the overall rate (global) or its window's rate (local).</param>
/// <param name="PriorVariance">Estimated between-area variance of the true rates (method of moments, floored at 0).</param>
/// <param name="Shrinkage">Weight on the raw rate, PriorVariance / (PriorVariance + PriorMean / population); 0 without population.</param>
/// <param name="Population">The unit's population, the n behind the raw rate.</param>
public sealed record EmpiricalBayesRate(double? RawRate, double SmoothedRate, double PriorMean, double PriorVariance, double Shrinkage, double Population);
