using System.Diagnostics;
using System.Globalization;
using GeoRelief.Data.Internal;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GeoRelief.Data.Cluster;

/// <summary>
/// GeoRelief's own PostgreSQL cluster under <c>$GEORELIEF_HOME/pgdata</c>: created with initdb on first use
/// (SCRAM authentication, superuser <c>georelief</c>, generated password in a 0600 file), listening on
/// 127.0.0.1 only on a free port, without Unix sockets. When GeoRelief runs as root the cluster runs as an
/// unprivileged OS user (default <c>postgres</c>).
/// </summary>
public sealed partial class EmbeddedCluster
{
    /// <summary>The database every cluster has, used to create the application database.</summary>
    public const string MaintenanceDatabase = "postgres";

    /// <summary>Where data directories go when the cluster's OS user cannot reach GeoRelief's home.</summary>
    public const string FallbackRoot = "/var/lib/georelief/clusters";

    private const string DataDirectoryPointerFileName = "pgdata-location";

    private const string SettingsFileName = "georelief.conf";
    private const int StartAttempts = 3;
    private const int LogTailLines = 30;

    private readonly EmbeddedClusterOptions _options;
    private readonly ILogger<EmbeddedCluster> _logger;
    private readonly ClusterAccount _account;
    private readonly string _dataDirectoryPointer;
    private PostgresInstallation? _installation;

    /// <summary>Creates the launcher for the cluster described by <paramref name="options"/>; nothing runs yet.</summary>
    public EmbeddedCluster(EmbeddedClusterOptions options, ILogger<EmbeddedCluster> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options;
        _logger = logger;
        _account = ClusterAccount.ForCurrentProcess(options.ServiceUser);
        Home = Path.GetFullPath(options.Home);
        PasswordFile = Path.Combine(Home, "db-password");
        PortFile = Path.Combine(Home, "db-port");
        _dataDirectoryPointer = Path.Combine(Home, DataDirectoryPointerFileName);
    }

    /// <summary>GeoRelief's home directory (absolute).</summary>
    public string Home { get; }

    /// <summary>
    /// The cluster's data directory (absolute): <c>pgdata</c> in the home, or — when the cluster's OS user cannot
    /// reach the home — the directory recorded in the home's <c>pgdata-location</c> file when the cluster was created.
    /// </summary>
    public string DataDirectory => File.Exists(_dataDirectoryPointer)
        ? File.ReadAllText(_dataDirectoryPointer).Trim()
        : Path.Combine(Home, "pgdata");

    /// <summary>The file holding the superuser's password (mode 0600, owned by the user running GeoRelief).</summary>
    public string PasswordFile { get; }

    /// <summary>The file recording the port of the cluster, so other GeoRelief commands can find it.</summary>
    public string PortFile { get; }

    /// <summary>The server's log file, inside the data directory.</summary>
    public string ServerLogFile => Path.Combine(DataDirectory, "georelief-server.log");

    /// <summary>True when the last <see cref="StartAsync"/> found the cluster already running and adopted it.</summary>
    public bool AdoptedRunningServer { get; private set; }

    /// <summary>The OS user the server processes run as; null when they run as the current user.</summary>
    public string? ServiceUser => _account.RunAsUser;

    /// <summary>
    /// Creates the cluster on first use, recovers a stale <c>postmaster.pid</c>, starts the server (or adopts one
    /// already running for this data directory) and returns a connection string to its maintenance database.
    /// </summary>
    public async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        var installation = await LocateInstallationAsync(cancellationToken);
        await _account.EnsureExistsAsync(cancellationToken);
        await EnsureReachableAsync(cancellationToken);
        CreateDirectory(Home, HomeMode);

        using var startLock = await ClusterLock.AcquireAsync(Path.Combine(Home, "cluster.lock"), cancellationToken);
        if (!IsInitialized())
        {
            await InitializeAsync(installation, cancellationToken);
        }
        else
        {
            EnsureSameMajorVersion(installation);
            await _account.GiveOwnershipAsync(DataDirectory, recursive: true, cancellationToken);
        }

        var password = ReadPassword();
        var running = ReadLivePostmaster();
        int port;
        if (running is { Port: int livePort })
        {
            AdoptedRunningServer = true;
            port = livePort;
            LogAdopted(running.ProcessId, port, DataDirectory);
        }
        else
        {
            AdoptedRunningServer = false;
            RemoveStalePidFile();
            port = await StartServerAsync(installation, cancellationToken);
        }

        await File.WriteAllTextAsync(PortFile, port.ToString(CultureInfo.InvariantCulture) + "\n", cancellationToken);
        return BuildConnectionString(port, password, MaintenanceDatabase);
    }

    /// <summary>Stops the server with <c>pg_ctl stop -m fast</c> and waits until every server process is gone.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var running = ReadLivePostmaster();
        if (running is null)
        {
            LogNotRunning(DataDirectory);
            return;
        }

        var installation = await LocateInstallationAsync(cancellationToken);
        LogStopping(running.ProcessId, DataDirectory);
        var result = await _account.RunAsync(
            installation.Program("pg_ctl"),
            ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", TimeoutSeconds, "-s"],
            cancellationToken);
        if (!result.Succeeded && PostgresProcessProbe.IsPostgresOf(running.ProcessId, DataDirectory))
        {
            throw new EmbeddedClusterException(
                $"The embedded PostgreSQL server (pid {running.ProcessId}) did not stop: {result.Describe()}{LogTail()}");
        }

        await WaitForExitAsync(running.ProcessId, cancellationToken);
        LogStopped(DataDirectory);
    }

    /// <summary>Whether the cluster exists and runs, on which port, where its files are.</summary>
    public EmbeddedClusterStatus GetStatus()
    {
        var running = ReadLivePostmaster();
        return new EmbeddedClusterStatus(
            Home,
            DataDirectory,
            IsInitialized(),
            running is not null,
            running?.ProcessId,
            running?.Port ?? ReadRecordedPort(),
            running?.Status,
            ServerLogFile);
    }

    /// <summary>A connection string to <paramref name="database"/> on the running cluster (it carries the password).</summary>
    public string GetConnectionString(string database)
    {
        var running = ReadLivePostmaster() ?? throw new EmbeddedClusterException(
            $"The embedded PostgreSQL cluster in {DataDirectory} is not running; start it with 'georelief db start'.");
        return BuildConnectionString(running.Port ?? ReadRecordedPort() ?? 0, ReadPassword(), database);
    }

    /// <summary>
    /// A ready-to-start psql connected to <paramref name="database"/> on the running cluster; the password goes
    /// through the child's environment, never its command line.
    /// </summary>
    public async Task<ProcessStartInfo> CreatePsqlStartInfoAsync(string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(GetConnectionString(database));
        var installation = await LocateInstallationAsync(cancellationToken);
        var startInfo = new ProcessStartInfo(installation.Program("psql")) { UseShellExecute = false };
        foreach (var argument in new[] { "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture), "-U", connection.Username!, "-d", database })
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["PGPASSWORD"] = connection.Password;
        return startInfo;
    }

    private static UnixFileMode HomeMode =>
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private static UnixFileMode DataDirectoryMode =>
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private string TimeoutSeconds =>
        ((int)Math.Ceiling(_options.Timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    // Found once per instance: stopping at shutdown should not wait for pg_config and postgres --version again.
    private async Task<PostgresInstallation> LocateInstallationAsync(CancellationToken cancellationToken) =>
        _installation ??= await PostgresInstallation.LocateAsync(_options.BinDirectory, cancellationToken);

    private static void CreateDirectory(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, mode);
        }
    }

    private bool IsInitialized() => File.Exists(Path.Combine(DataDirectory, "PG_VERSION"));

    private string BuildConnectionString(int port, string password, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = _options.SuperuserName,
            Password = password,
            Database = database,
            ApplicationName = "georelief",
        }.ConnectionString;

    // PostgreSQL runs as an unprivileged user when GeoRelief runs as root. A home under a directory that user
    // cannot enter (a root-owned mktemp directory, /root) cannot hold the data directory, so a new cluster goes to
    // a directory of its own under FallbackRoot instead, recorded in the home so every later command finds it.
    private async Task EnsureReachableAsync(CancellationToken cancellationToken)
    {
        if (IsInitialized() || File.Exists(_dataDirectoryPointer))
        {
            await ThrowIfUnreachableAsync(DataDirectory, cancellationToken);
            return;
        }

        var blocked = await _account.FindUnreachableDirectoryAsync(Home, cancellationToken);
        if (blocked is null)
        {
            return;
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Home)))[..12];
        var relocated = Path.Combine(FallbackRoot, $"{Path.GetFileName(Home.TrimEnd('/')).TrimStart('.')}-{hash}", "pgdata");
        CreateDirectory(Home, HomeMode);
        CreateDirectory(Path.GetDirectoryName(relocated)!, HomeMode);
        await ThrowIfUnreachableAsync(relocated, cancellationToken);
        await File.WriteAllTextAsync(_dataDirectoryPointer, relocated + "\n", cancellationToken);
        LogRelocated(_account.RunAsUser!, blocked, relocated);
    }

    private async Task ThrowIfUnreachableAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var blocked = await _account.FindUnreachableDirectoryAsync(dataDirectory, cancellationToken);
        if (blocked is not null)
        {
            throw new EmbeddedClusterException(
                $"The embedded PostgreSQL cluster runs as the OS user '{_account.RunAsUser}' because PostgreSQL refuses to run as root, "
                + $"and '{_account.RunAsUser}' cannot enter the directory {blocked} on the way to its data directory {dataDirectory}. "
                + $"Set {EmbeddedClusterOptions.HomeEnvironmentVariable} to a directory the '{_account.RunAsUser}' user can reach "
                + "(for example /var/lib/georelief or /srv/georelief).");
        }
    }

    private void EnsureSameMajorVersion(PostgresInstallation installation)
    {
        var created = File.ReadAllText(Path.Combine(DataDirectory, "PG_VERSION")).Trim();
        if (!string.Equals(created, installation.MajorVersion.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            throw new EmbeddedClusterException(
                $"The data directory {DataDirectory} was created by PostgreSQL {created}, but the programs in {installation.BinDirectory} "
                + $"are PostgreSQL {installation.MajorVersion}. Install postgresql-{created} or set "
                + $"{EmbeddedClusterOptions.BinDirectoryEnvironmentVariable} to its bin directory.");
        }
    }

    private async Task InitializeAsync(PostgresInstallation installation, CancellationToken cancellationToken)
    {
        LogInitializing(DataDirectory, installation.Version);
        if (!File.Exists(PasswordFile))
        {
            SecretFile.Write(PasswordFile, SecretFile.Generate());
        }

        CreateDirectory(DataDirectory, DataDirectoryMode);
        await _account.GiveOwnershipAsync(DataDirectory, recursive: true, cancellationToken);

        // initdb reads the password from a file; the service user cannot read ours, so it gets a short-lived copy.
        // It sits beside the data directory, which the service user can reach even when the home is out of its reach.
        var passwordCopy = Path.Combine(Path.GetDirectoryName(DataDirectory)!, ".initdb-" + Guid.NewGuid().ToString("N") + ".pw");
        try
        {
            SecretFile.Write(passwordCopy, ReadPassword());
            await _account.GiveOwnershipAsync(passwordCopy, recursive: false, cancellationToken);
            var result = await _account.RunAsync(
                installation.Program("initdb"),
                [
                    "-D", DataDirectory,
                    "--username=" + _options.SuperuserName,
                    "--pwfile=" + passwordCopy,
                    "--auth=scram-sha-256",
                    "--encoding=UTF8",
                    // The C locale sorts and compares the same on every machine, whatever its environment says.
                    "--locale=C",
                ],
                cancellationToken);
            if (!result.Succeeded)
            {
                throw new EmbeddedClusterException($"initdb could not create the cluster in {DataDirectory}: {result.Describe()}");
            }
        }
        finally
        {
            File.Delete(passwordCopy);
        }

        await File.AppendAllTextAsync(
            Path.Combine(DataDirectory, "postgresql.conf"),
            $"\n# GeoRelief writes its settings (port, listen address, no Unix socket) here at every start.\ninclude_if_exists = '{SettingsFileName}'\n",
            cancellationToken);
        LogInitialized(DataDirectory);
    }

    private async Task<int> StartServerAsync(PostgresInstallation installation, CancellationToken cancellationToken)
    {
        var recorded = ReadRecordedPort();
        for (var attempt = 1; ; attempt++)
        {
            var port = attempt == 1 && recorded is int previous && FreeTcpPort.IsFree(previous) ? previous : FreeTcpPort.Pick();
            await WriteSettingsAsync(port, cancellationToken);
            LogStarting(DataDirectory, port);
            var result = await _account.RunAsync(
                installation.Program("pg_ctl"),
                ["start", "-D", DataDirectory, "-l", ServerLogFile, "-w", "-t", TimeoutSeconds, "-s"],
                cancellationToken);
            if (result.Succeeded)
            {
                LogStarted(port);
                return port;
            }

            var tail = LogTail();
            // Another program may take the port between picking it and the server binding it.
            if (attempt < StartAttempts && tail.Contains("could not bind", StringComparison.Ordinal))
            {
                LogPortTaken(port);
                continue;
            }

            throw new EmbeddedClusterException(
                $"The embedded PostgreSQL server in {DataDirectory} did not start: {result.Describe()}{tail}");
        }
    }

    private async Task WriteSettingsAsync(int port, CancellationToken cancellationToken)
    {
        var path = Path.Combine(DataDirectory, SettingsFileName);
        var settings = string.Create(CultureInfo.InvariantCulture, $"""
            # Written by GeoRelief at every start of its embedded cluster; put your own settings in postgresql.conf.
            listen_addresses = '127.0.0.1'
            port = {port}
            unix_socket_directories = ''

            """);
        await File.WriteAllTextAsync(path, settings, cancellationToken);
        await _account.GiveOwnershipAsync(path, recursive: false, cancellationToken);
    }

    private string ReadPassword()
    {
        if (!File.Exists(PasswordFile))
        {
            throw new EmbeddedClusterException(
                $"The password file {PasswordFile} of the existing cluster in {DataDirectory} is missing. Restore it, "
                + $"or remove {DataDirectory} to create a new, empty cluster.");
        }

        return SecretFile.Read(PasswordFile);
    }

    private int? ReadRecordedPort() =>
        File.Exists(PortFile) && int.TryParse(File.ReadAllText(PortFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? port
            : null;

    private PostmasterPidFile? ReadLivePostmaster()
    {
        var pidFile = PostmasterPidFile.TryRead(DataDirectory);
        return pidFile is not null && PostgresProcessProbe.IsPostgresOf(pidFile.ProcessId, DataDirectory) ? pidFile : null;
    }

    // A pid file whose process is gone, or is now some other program, is what a crash leaves behind; PostgreSQL
    // would refuse to start over a pid file naming a live process of any kind.
    private void RemoveStalePidFile()
    {
        var pidFile = PostmasterPidFile.TryRead(DataDirectory);
        if (pidFile is not null)
        {
            LogStalePidFile(pidFile.ProcessId, DataDirectory);
            File.Delete(Path.Combine(DataDirectory, PostmasterPidFile.FileName));
        }
    }

    // pg_ctl returns once the pid file is gone, which the postmaster removes just before it exits.
    private async Task WaitForExitAsync(int processId, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + _options.Timeout;
        while (PostgresProcessProbe.IsPostgresOf(processId, DataDirectory))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new EmbeddedClusterException(
                    $"The embedded PostgreSQL server (pid {processId}) in {DataDirectory} was still running {_options.Timeout.TotalSeconds:0} s after pg_ctl stop.{LogTail()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    private string LogTail()
    {
        try
        {
            var lines = File.ReadLines(ServerLogFile).TakeLast(LogTailLines).ToList();
            return lines.Count == 0 ? string.Empty : $"\nLast lines of {ServerLogFile}:\n{string.Join('\n', lines)}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"\n(The server log {ServerLogFile} cannot be read: {e.Message})";
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Creating the embedded PostgreSQL {Version} cluster in {DataDirectory}")]
    private partial void LogInitializing(string dataDirectory, string version);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "The OS user '{User}' that runs PostgreSQL cannot enter {Blocked}, so the new cluster's data directory is {DataDirectory} (recorded in GeoRelief's home)")]
    private partial void LogRelocated(string user, string blocked, string dataDirectory);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Created the embedded PostgreSQL cluster in {DataDirectory}")]
    private partial void LogInitialized(string dataDirectory);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Starting the embedded PostgreSQL server in {DataDirectory} on 127.0.0.1:{Port}")]
    private partial void LogStarting(string dataDirectory, int port);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "The embedded PostgreSQL server is ready on 127.0.0.1:{Port}")]
    private partial void LogStarted(int port);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Adopted the embedded PostgreSQL server already running (pid {ProcessId}, 127.0.0.1:{Port}) for {DataDirectory}")]
    private partial void LogAdopted(int processId, int port, string dataDirectory);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Removing the stale postmaster.pid (pid {ProcessId} is not a server of {DataDirectory}) left by an earlier crash")]
    private partial void LogStalePidFile(int processId, string dataDirectory);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Port {Port} was taken before the server could bind it; trying another port")]
    private partial void LogPortTaken(int port);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "Stopping the embedded PostgreSQL server (pid {ProcessId}) in {DataDirectory}")]
    private partial void LogStopping(int processId, string dataDirectory);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information, Message = "Stopped the embedded PostgreSQL server in {DataDirectory}")]
    private partial void LogStopped(string dataDirectory);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "The embedded PostgreSQL server in {DataDirectory} is not running")]
    private partial void LogNotRunning(string dataDirectory);
}
