namespace GeoRelief.Server.Tests.Auth;

/// <summary>Tests that redirect the process's console run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleRedirection
{
    public const string Name = "Console";
}
