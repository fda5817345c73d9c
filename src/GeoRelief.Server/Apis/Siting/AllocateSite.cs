using System.Text.Json;

namespace GeoRelief.Server.Apis.Siting;

/// <summary>A site of an allocation request.</summary>
public sealed record AllocateSite(string Id, int? Capacity, JsonElement? Geometry);
