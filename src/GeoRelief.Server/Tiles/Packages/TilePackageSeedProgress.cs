namespace GeoRelief.Server.Tiles.Packages;

/// <summary>Seeding progress: tiles done of the total, of which <see cref="Resumed"/> were already in the journal.</summary>
public readonly record struct TilePackageSeedProgress(int Done, int Total, int Resumed);
