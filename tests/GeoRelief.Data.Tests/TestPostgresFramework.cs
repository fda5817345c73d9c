using Xunit.Abstractions;
using Xunit.Sdk;

namespace GeoRelief.Data.Tests;

/// <summary>
/// xunit's test framework plus one duty: when the test run ends it stops the run's shared embedded cluster (and
/// drops its template databases), before the test host exits. Test assemblies that use <see cref="TestDatabase"/>
/// register it with <c>[assembly: TestFramework("GeoRelief.Data.Tests.TestPostgresFramework", "GeoRelief.Data.Tests")]</c>.
/// </summary>
public sealed class TestPostgresFramework : XunitTestFramework
{
    /// <summary>Creates the framework; xunit calls this.</summary>
    public TestPostgresFramework(IMessageSink messageSink)
        : base(messageSink) => DisposalTracker.Add(new Shutdown());

    private sealed class Shutdown : IDisposable
    {
        public void Dispose() => TestPostgres.Shutdown();
    }
}
