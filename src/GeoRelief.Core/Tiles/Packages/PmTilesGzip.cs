using System.IO.Compression;

namespace GeoRelief.Core.Tiles.Packages;

/// <summary>Gzip of directories, metadata and tiles, in memory.</summary>
public static class PmTilesGzip
{
    /// <summary>The gzip-compressed <paramref name="bytes"/>.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>The decompressed <paramref name="bytes"/>.</summary>
    public static byte[] Decompress(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }
}
