using System.Diagnostics.CodeAnalysis;

// "Imports" is a Visual Basic keyword, which CA1716 guards against; GeoRelief is C# only, and the folder (and so the
// namespace) is named for the domain: the import of planners' files.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:GeoRelief.Data.Imports", Justification = "C# only; named for the domain.")]
