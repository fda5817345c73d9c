namespace GeoRelief.Server.Apis.Siting;

/// <summary>A pairwise comparison matrix: criteria names and the n × n judgements (row i vs column j).</summary>
public sealed record AhpRequest(IReadOnlyList<string>? Criteria, IReadOnlyList<IReadOnlyList<double>>? Matrix, double? ConsistencyLimit);
