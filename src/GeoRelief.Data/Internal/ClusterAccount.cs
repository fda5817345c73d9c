namespace GeoRelief.Data.Internal;

/// <summary>
/// The OS user that runs PostgreSQL's programs. PostgreSQL refuses to run as root, so when GeoRelief runs as
/// root every initdb/pg_ctl call goes through <c>runuser -u USER --</c> and the data directory belongs to USER;
/// otherwise the programs run as the current user.
/// </summary>
internal sealed class ClusterAccount
{
    private ClusterAccount(string? runAsUser) => RunAsUser = runAsUser;

    /// <summary>The unprivileged user the cluster runs as when GeoRelief is root; null when no switch is needed.</summary>
    public string? RunAsUser { get; }

    /// <summary>The account for this process: switch to <paramref name="serviceUser"/> when running as root.</summary>
    public static ClusterAccount ForCurrentProcess(string serviceUser) =>
        new(string.Equals(Environment.UserName, "root", StringComparison.Ordinal) ? serviceUser : null);

    /// <summary>Fails with a clear message when the service user does not exist on this machine.</summary>
    public async Task EnsureExistsAsync(CancellationToken cancellationToken)
    {
        if (RunAsUser is null)
        {
            return;
        }

        var result = await ProcessRunner.RunAsync("id", ["-u", RunAsUser], cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"PostgreSQL refuses to run as root, so GeoRelief runs its cluster as the OS user '{RunAsUser}', "
                + $"but there is no such user. Install the Debian package postgresql-15 (it creates the user 'postgres'), "
                + "or run GeoRelief as an unprivileged user.");
        }
    }

    /// <summary>Runs <paramref name="program"/> as the cluster's OS user.</summary>
    public Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsUser is null
            ? ProcessRunner.RunAsync(program, arguments, cancellationToken)
            : ProcessRunner.RunAsync("runuser", ["-u", RunAsUser, "--", program, .. arguments], cancellationToken);

    /// <summary>
    /// Hands <paramref name="path"/> (and with <paramref name="recursive"/> everything below) to the cluster's user,
    /// unless it already belongs to that user.
    /// </summary>
    public async Task GiveOwnershipAsync(string path, bool recursive, CancellationToken cancellationToken)
    {
        if (RunAsUser is null || await IsOwnedByServiceUserAsync(path, cancellationToken))
        {
            return;
        }

        List<string> arguments = recursive ? ["-R", RunAsUser + ":", "--", path] : [RunAsUser + ":", "--", path];
        var result = await ProcessRunner.RunAsync("chown", arguments, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Cannot give {path} to the OS user '{RunAsUser}': {result.Describe()}");
        }
    }

    /// <summary>
    /// The first directory on the way to <paramref name="directory"/> that the cluster's user cannot enter, or null
    /// when it can reach <paramref name="directory"/> (or its deepest existing ancestor).
    /// </summary>
    public async Task<string?> FindUnreachableDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        if (RunAsUser is null)
        {
            return null;
        }

        var deepest = Path.GetFullPath(directory);
        while (!Directory.Exists(deepest))
        {
            deepest = Path.GetDirectoryName(deepest) ?? "/";
        }

        if (await CanEnterAsync(deepest, cancellationToken))
        {
            return null;
        }

        var ancestors = new List<string>();
        for (var current = deepest; current is not null; current = Path.GetDirectoryName(current))
        {
            ancestors.Add(current);
        }

        ancestors.Reverse();
        foreach (var ancestor in ancestors)
        {
            if (!await CanEnterAsync(ancestor, cancellationToken))
            {
                return ancestor;
            }
        }

        return deepest;
    }

    private async Task<bool> CanEnterAsync(string directory, CancellationToken cancellationToken) =>
        (await RunAsync("test", ["-x", directory], cancellationToken)).Succeeded;

    private async Task<bool> IsOwnedByServiceUserAsync(string path, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync("stat", ["--format=%U", "--", path], cancellationToken);
        return result.Succeeded && string.Equals(result.StandardOutput.Trim(), RunAsUser, StringComparison.Ordinal);
    }
}
