namespace GeoRelief.Data.Tiles;

/// <summary>The planning data version (georelief.data_version) and the id of the last captured tile change.</summary>
public readonly record struct TileChangeState(long DataVersion, long LastChangeId);
