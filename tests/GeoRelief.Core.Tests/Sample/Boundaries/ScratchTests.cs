using System.Diagnostics;
using GeoRelief.Core.Sample;
using Xunit.Abstractions;

namespace GeoRelief.Core.Tests.Sample.Boundaries;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var sw = Stopwatch.StartNew();
        var f = AdminBoundaryGenerator.Generate(DivisionsCsv.All, SampleCounty.All, 1);
        output.WriteLine($"{sw.ElapsedMilliseconds} ms, {f.Count} features, cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds}");
        for (var k = 0; k < 4; k++)
        {
        System.IO.File.AppendAllText("/tmp/prof.log", "run\n");
        sw.Restart();
        var c0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        f = AdminBoundaryGenerator.Generate(DivisionsCsv.All, SampleCounty.All, 2);
        output.WriteLine($"cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds - c0}");
        }
        output.WriteLine($"{sw.ElapsedMilliseconds} ms, {f.Count} features, cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds}");
        foreach (var x in f.Where(x => x.Geometry is not null))
        {
            var g = x.Geometry!;
            output.WriteLine($"{x.Code} {x.Name} {x.UrbanRuralCode} valid={g.IsValid} parts={g.NumGeometries} holes={g.GetGeometryN(0).GetType().Name} pts={g.NumPoints} areaKm2~{g.Area * 111.2 * 111.32 * Math.Cos(g.Centroid.Y * Math.PI / 180):F2}");
        }

        File.WriteAllLines("/tmp/bounds.wkt", f.Where(x => x.Geometry is not null).Select(x => x.Level + "\t" + x.Code + "\t" + x.Geometry!.AsText()));
    }
}
