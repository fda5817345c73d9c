using System.Security.Cryptography;

namespace GeoRelief.Data.Internal;

/// <summary>A generated secret kept in a file that only its owner can read or write (mode 0600).</summary>
internal static class SecretFile
{
    /// <summary>The permissions of every secret file.</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>32 bytes from the operating system's CSPRNG, as URL-safe base64 without padding.</summary>
    public static string Generate()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Writes <paramref name="secret"/> to a new file created with mode 0600 (never readable by others, even briefly).</summary>
    public static void Write(string path, string secret)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(secret);
        writer.Write('\n');
    }

    /// <summary>Reads the secret in <paramref name="path"/>; refuses a file that others could read.</summary>
    public static string Read(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0)
            {
                throw new InvalidOperationException(
                    $"The secret file {path} can be read by other users (mode {Convert.ToString((int)mode, 8)}); run 'chmod 600 {path}'.");
            }
        }

        return File.ReadAllText(path).Trim();
    }
}
