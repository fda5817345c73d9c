using System.Text.Json;
using GeoRelief.Data.Tests;
using GeoRelief.Server.Apis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoRelief.WebMap.Tests;

/// <summary>
/// The real server on a real Kestrel port, on a fresh database it fills with the sample at start (as a first
/// <c>./run.sh</c> does), and Debian's chromium driven by Playwright. One per test class; each test opens its own page.
/// </summary>
public sealed class WebMapFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright's own browser download cannot work here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--disable-background-networking"];

    private TestDatabase? _database;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client of the real server (over the network, like the browser).</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>Where screenshots go: the test project's TestResults/web-map (git-ignored).</summary>
    public static string ArtifactsDirectory { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "web-map"));

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(WebMapApi.DistDirectory, "index.html")))
        {
            throw new InvalidOperationException(
                $"The web map is not built ({WebMapApi.DistDirectory} has no index.html): run ./test.sh, or cd web && npm ci && npm run build, then build the solution.");
        }

        _database = await TestDatabase.CreateAsync(migrate: false);
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        Api = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(3) };
        using (var ready = await Api.GetAsync(new Uri("ready", UriKind.Relative)))
        {
            ready.EnsureSuccessStatusCode();
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ChromiumArguments,
            Headless = true,
        });
        Directory.CreateDirectory(ArtifactsDirectory);
    }

    /// <summary>A fresh page (own context: own sessionStorage) of the given size, opened at <paramref name="path"/> and settled.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1366, int height = 768)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.__georelief !== undefined");
        await SettleAsync(page);
        Assert.True(errors.Count == 0, "The page threw: " + string.Join(" | ", errors));
        return page;
    }

    /// <summary>Waits for the page's own work (theme, panel, lists) and for the map to be idle.</summary>
    public static Task SettleAsync(IPage page) => page.EvaluateAsync("() => window.__georelief.ready()");

    /// <summary>Saves a full-page screenshot under <see cref="ArtifactsDirectory"/> and answers its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ArtifactsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>GETs JSON from the server, or null when the endpoint does not exist on this build (404).</summary>
    public async Task<JsonElement?> TryGetJsonAsync(string path)
    {
        using var response = await Api.GetAsync(new Uri(path, UriKind.Relative));
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public async Task<JsonElement> GetJsonAsync(string path) =>
        await TryGetJsonAsync(path) ?? throw new InvalidOperationException($"{path} answered 404.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("GeoRelief:Db", _database!.ConnectionString);
        builder.UseSetting("GeoRelief:LoadSample", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Api?.Dispose();
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
