namespace GeoRelief.Data.Internal;

/// <summary>One statement of an SQL script and where it starts in the script (0-based character offset).</summary>
internal sealed record SqlStatement(int Offset, string Text);
