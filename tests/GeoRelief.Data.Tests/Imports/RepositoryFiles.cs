namespace GeoRelief.Data.Tests.Imports;

/// <summary>Files of the repository the tests check (docs, data/examples).</summary>
internal static class RepositoryFiles
{
    /// <summary>The directory holding GeoRelief.sln, found above the test's own directory.</summary>
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GeoRelief.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with GeoRelief.sln) is not above the test's directory.");
    }
}
