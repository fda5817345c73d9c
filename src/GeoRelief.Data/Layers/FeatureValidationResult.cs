namespace GeoRelief.Data.Layers;

/// <summary>Checked input ready to write, or what is wrong with it: API field name → messages a planner can act on.</summary>
public sealed record FeatureValidationResult(FeatureInput? Input, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Input is not null;
}
