using System.Runtime.CompilerServices;
using GeoRelief.Data.Analytics;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Apis.Analytics;

namespace GeoRelief.Server.Tests.Apis.Analytics;

/// <summary>A fresh migrated database holding the hand-made county of <c>analytics_fixture.sql</c>, and the analyses on it.</summary>
public sealed class AnalyticsFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The fixture has not been initialised.");

    public PlanningAnalytics Analytics { get; private set; } = null!;

    public AnalyticsStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(migrate: true);
        await using var command = _database.DataSource.CreateCommand(await File.ReadAllTextAsync(FixturePath()));
        await command.ExecuteNonQueryAsync();
        Store = new AnalyticsStore(_database.DataSource);
        Analytics = new PlanningAnalytics(Store, new AnalyticsCache());
    }

    public Task<AnalyticsResult> RunAsync(string analysis, params (string Name, string Value)[] parameters) =>
        Analytics.RunAsync(analysis, parameters.ToDictionary(p => p.Name, p => (string?)p.Value), CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static string FixturePath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "analytics_fixture.sql");
}
