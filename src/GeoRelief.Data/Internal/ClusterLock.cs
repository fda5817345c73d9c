namespace GeoRelief.Data.Internal;

/// <summary>
/// An exclusive lock on a file, held while one GeoRelief process creates or starts the cluster so that two
/// processes starting at once do not both run initdb or pg_ctl start.
/// </summary>
internal sealed class ClusterLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _stream;

    private ClusterLock(FileStream stream) => _stream = stream;

    /// <summary>Waits until this process holds the lock on <paramref name="path"/>.</summary>
    public static async Task<ClusterLock> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                // On Unix, .NET backs FileShare.None with an advisory flock that other processes honour.
                return new ClusterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}
