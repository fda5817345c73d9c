namespace GeoRelief.Data.Sample;

/// <summary>What a sample load produced besides the rows it was given.</summary>
/// <param name="RoadPieces">Rows of road_piece cut at township boundaries.</param>
/// <param name="DemTiles">Raster tiles in dem.</param>
/// <param name="UnlinkedPoints">Point features that fell in no village (0 for the generated sample).</param>
public sealed record SampleLoadResult(long RoadPieces, int DemTiles, long UnlinkedPoints);
