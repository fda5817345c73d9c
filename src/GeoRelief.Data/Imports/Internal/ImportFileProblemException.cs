using GeoRelief.Core.Imports;

namespace GeoRelief.Data.Imports.Internal;

/// <summary>The file as a whole cannot be read (wrong encoding, broken structure): the batch is rejected with this report line.</summary>
internal sealed class ImportFileProblemException : Exception
{
    public ImportFileProblemException()
    {
        Problem = new ImportProblem(0, null, ImportProblemCodes.UnreadableFile, "The file cannot be read.", null, null);
    }

    public ImportFileProblemException(string message)
        : base(message)
    {
        Problem = new ImportProblem(0, null, ImportProblemCodes.UnreadableFile, message, null, null);
    }

    public ImportFileProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = new ImportProblem(0, null, ImportProblemCodes.UnreadableFile, message, null, null);
    }

    public ImportFileProblemException(ImportProblem problem, Exception? innerException = null)
        : base(problem?.Message, innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    public ImportProblem Problem { get; }
}
