using GeoRelief.Server.CommandLine;

return await GeoReliefCommandLine.InvokeAsync(args);

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
