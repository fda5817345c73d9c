using GeoRelief.Core.Tiles;
using GeoRelief.Core.Tiles.Packages;

namespace GeoRelief.Core.Tests.Tiles.Packages;

public sealed class PmTilesTests
{
    [Theory]
    [InlineData(0, 0, 0, 0UL)]
    [InlineData(1, 0, 0, 1UL)]
    [InlineData(1, 0, 1, 2UL)]
    [InlineData(1, 1, 1, 3UL)]
    [InlineData(1, 1, 0, 4UL)]
    [InlineData(2, 0, 0, 5UL)]
    [InlineData(12, 3423, 1763, 19078479UL)]
    public void Tile_ids_follow_the_specification(int z, int x, int y, ulong id) =>
        Assert.Equal(id, PmTilesTileId.Of(TileAddress.Create(z, x, y)));

    [Fact]
    public void Tile_ids_of_a_zoom_are_a_permutation_of_its_range()
    {
        var ids = Enumerable.Range(0, 16).SelectMany(x => Enumerable.Range(0, 16).Select(y => PmTilesTileId.Of(TileAddress.Create(4, x, y)))).ToHashSet();
        Assert.Equal(256, ids.Count);
        Assert.Equal(85UL, ids.Min());
        Assert.Equal(85UL + 255, ids.Max());
    }

    [Fact]
    public void A_directory_round_trips_and_contiguous_offsets_encode_as_zero()
    {
        PmTilesEntry[] entries = [new(1, 0, 10, 1), new(2, 10, 5, 3), new(9, 100, 7, 1), new(300_000, 0, 10, 1)];
        var bytes = PmTilesDirectory.Serialize(entries);
        Assert.Equal(entries, PmTilesDirectory.Deserialize(bytes));
        // count, 4 deltas, 4 runs, 4 lengths, then offsets: 0+1, 0 (follows), 100+1, 0+1.
        Assert.Equal([4, 1, 1, 7, 0xd7, 0xa7, 0x12, 1, 3, 1, 1, 10, 5, 7, 10, 1, 0, 101, 1], bytes);
    }

    [Fact]
    public void An_archive_round_trips_with_deduplication_and_run_lengths()
    {
        using var source = new MemoryStream();
        var tiles = new List<PmTilesSourceTile>();
        void Add(TileAddress tile, byte[] bytes)
        {
            tiles.Add(new PmTilesSourceTile(tile, source.Position, bytes.Length));
            source.Write(bytes);
        }

        var same = PmTilesGzip.Compress([1, 2, 3]);
        Add(TileAddress.Create(1, 0, 0), same);
        Add(TileAddress.Create(1, 0, 1), same);
        Add(TileAddress.Create(1, 1, 1), PmTilesGzip.Compress([4, 5]));
        Add(TileAddress.Create(1, 1, 0), same);
        Add(TileAddress.Create(0, 0, 0), []);
        using var archive = new MemoryStream();
        var header = PmTilesWriter.Write(archive, source, tiles, new PmTilesArchiveInfo("{\"name\":\"t\"}", new TileBounds(1, 2, 3, 4), 2, 3, 1));

        var reader = new PmTilesReader(archive);
        Assert.Equal(4UL, header.AddressedTiles);
        Assert.Equal(3UL, header.TileEntries);
        Assert.Equal(2UL, header.TileContents);
        Assert.Equal([1, 2, 3], reader.ReadTile(TileAddress.Create(1, 0, 1)));
        Assert.Equal([4, 5], reader.ReadTile(TileAddress.Create(1, 1, 1)));
        Assert.Equal([1, 2, 3], reader.ReadTile(TileAddress.Create(1, 1, 0)));
        Assert.Null(reader.ReadTile(TileAddress.Create(0, 0, 0)));
        Assert.Null(reader.ReadTile(TileAddress.Create(2, 0, 0)));
        Assert.Equal("{\"name\":\"t\"}", reader.ReadMetadata());
        Assert.Equal(new TileBounds(1, 2, 3, 4), reader.Header.Bounds);
    }

    [Fact]
    public void A_root_over_16_KiB_moves_the_entries_into_leaf_directories()
    {
        using var source = new MemoryStream();
        var tiles = new List<PmTilesSourceTile>();
        // 20,000 tiles scattered over zoom 12 with lengths of no pattern: their directory cannot fit in 16 KiB.
        var random = new Random(42);
        var addresses = new HashSet<TileAddress>();
        while (addresses.Count < 20_000)
        {
            addresses.Add(TileAddress.Create(12, random.Next(4096), random.Next(4096)));
        }

        var expected = new Dictionary<TileAddress, byte[]>();
        foreach (var address in addresses)
        {
            var content = new byte[random.Next(1, 300)];
            random.NextBytes(content);
            var bytes = PmTilesGzip.Compress(content);
            expected[address] = content;
            tiles.Add(new PmTilesSourceTile(address, source.Position, bytes.Length));
            source.Write(bytes);
        }

        using var archive = new MemoryStream();
        var header = PmTilesWriter.Write(archive, source, tiles, new PmTilesArchiveInfo("{}", new TileBounds(-180, -85, 180, 85), 0, 0, 0));

        Assert.True(header.LeafDirectoriesLength > 0);
        Assert.True(header.RootLength <= PmTilesWriter.MaxRootLength);
        var reader = new PmTilesReader(archive);
        Assert.Equal(20_000UL, header.TileEntries);
        foreach (var (address, content) in expected)
        {
            Assert.Equal(content, reader.ReadTile(address));
        }
    }
}
