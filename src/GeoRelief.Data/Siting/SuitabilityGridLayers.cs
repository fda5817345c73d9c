using GeoRelief.Core.Siting.Grid;

namespace GeoRelief.Data.Siting;

/// <summary>The measured input of a grid evaluation and where the grid lies.</summary>
public sealed record SuitabilityGridLayers(GridGeoreference Grid, SuitabilityGridInput Input, double AreaKm2);
