namespace GeoRelief.Data.Audit;

/// <summary>Who makes a change: the API token's id and name, and the unit it may edit within (null: everywhere).</summary>
public sealed record ChangeAuthor(string TokenId, string Name, string? Within);
