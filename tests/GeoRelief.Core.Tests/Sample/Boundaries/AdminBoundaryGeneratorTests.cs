using System.Globalization;
using GeoRelief.Core.Sample;
using GeoRelief.Core.Sample.Boundaries;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace GeoRelief.Core.Tests.Sample.Boundaries;

/// <summary>Invariants of the generated sample on the real divisions (data/divisions/divisions.csv).</summary>
public sealed class AdminBoundaryGeneratorTests(SampleBoundariesFixture sample, ITestOutputHelper output) : IClassFixture<SampleBoundariesFixture>
{
    private IReadOnlyList<AdminUnitFeature> Features => sample.Features;

    [Fact]
    public void Every_division_comes_out_once_in_the_documented_order()
    {
        var divisions = DivisionsCsv.All;
        var expected = divisions.Where(d => d.Level < 3).Select(d => d.Code).ToList();
        foreach (var county in SampleCounty.All)
        {
            expected.Add(county.Code);
            var townships = divisions.Where(d => d.ParentCode == county.Code).Select(d => d.Code).Order(StringComparer.Ordinal).ToList();
            expected.AddRange(townships);
            expected.AddRange(divisions.Where(d => d.Level == 5 && townships.Contains(d.ParentCode!)).Select(d => d.Code).Order(StringComparer.Ordinal));
        }

        Assert.Equal(expected, Features.Select(f => f.Code));
        Assert.Equal(divisions.Count, Features.Count);
        Assert.All(Features, f => Assert.Equal(2023, f.CodeYear));
    }

    [Fact]
    public void Provinces_and_prefectures_have_no_geometry_and_the_rest_are_valid_multipolygons_in_4490_on_the_grid()
    {
        Assert.All(Features.Where(f => f.Level < 3), f => Assert.Null(f.Geometry));
        Assert.All(Features.Where(f => f.Level >= 3), f =>
        {
            var g = Assert.IsType<MultiPolygon>(f.Geometry);
            Assert.Equal(4490, g.SRID);
            Assert.True(g.IsValid, $"{f.Code} {f.Name} is not valid");
            Assert.Equal(1e7, g.PrecisionModel.Scale);
            Assert.All(g.Coordinates, c =>
            {
                Assert.Equal(Math.Round(c.X * 1e7), c.X * 1e7, 6);
                Assert.Equal(Math.Round(c.Y * 1e7), c.Y * 1e7, 6);
            });
        });
    }

    [Fact]
    public void Counties_have_their_real_area_on_the_ellipsoid_and_lie_at_their_real_centre()
    {
        foreach (var county in SampleCounty.All)
        {
            var geometry = Geometry(county.Code);
            var areaKm2 = new EllipsoidalMeasure(geometry).AreaM2(geometry) / 1e6;
            var centroid = geometry.Centroid;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{county.Name}: {areaKm2:F1} km² (real {county.AreaKm2}), centroid {centroid.X:F4} {centroid.Y:F4}, {geometry.NumPoints} vertices"));
            Assert.InRange(areaKm2, 0.95 * county.AreaKm2, 1.05 * county.AreaKm2);
            Assert.InRange(centroid.X, county.CentreLon - 0.2, county.CentreLon + 0.2);
            Assert.InRange(centroid.Y, county.CentreLat - 0.2, county.CentreLat + 0.2);
            Assert.Equal(1, geometry.NumGeometries);
            Assert.Equal(0, ((Polygon)geometry.GetGeometryN(0)).NumInteriorRings);
        }
    }

    [Fact]
    public void Townships_tile_their_county_and_villages_tile_their_township_exactly()
    {
        var worst = 0.0;
        foreach (var parent in Features.Where(f => f.Level is 3 or 4))
        {
            var children = Features.Where(f => f.ParentCode == parent.Code).Select(f => f.Geometry!).ToList();
            var parentGeometry = parent.Geometry!;
            var m2PerDeg2 = SquareMetresPerSquareDegree(parentGeometry.Centroid.Y);

            for (var i = 0; i < children.Count; i++)
            {
                for (var j = i + 1; j < children.Count; j++)
                {
                    if (children[i].EnvelopeInternal.Intersects(children[j].EnvelopeInternal))
                    {
                        Assert.True(children[i].Intersection(children[j]).Area < 1e-12, $"children {i} and {j} of {parent.Code} overlap");
                    }
                }

                Assert.True(parentGeometry.Covers(children[i]), $"child {i} of {parent.Code} is not covered by it");
            }

            var union = parentGeometry.Factory.BuildGeometry(children).Union();
            var difference = union.SymmetricDifference(parentGeometry).Area * m2PerDeg2;
            worst = Math.Max(worst, difference);
            Assert.True(difference < 1.0, $"union of the children of {parent.Code} differs from it by {difference} m²");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"largest symmetric difference parent vs union of children: {worst:E2} m²"));
    }

    /// <summary>See <see cref="AssertExactCoverages"/>.</summary>
    [Fact]
    public void Shared_boundaries_carry_identical_vertices_on_both_sides() => AssertExactCoverages(Features);

    /// <summary>Other seeds exercise other layouts (squeezed cells, concave townships, orphan faces).</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Other_seeds_also_give_valid_exact_coverages_without_tiny_villages(int seed)
    {
        var features = AdminBoundaryGenerator.Generate(DivisionsCsv.All, SampleCounty.All, seed);
        Assert.All(features.Where(f => f.Level >= 3), f => Assert.True(f.Geometry!.IsValid && f.Geometry.NumGeometries == 1, f.Code));
        AssertExactCoverages(features);
        foreach (var county in SampleCounty.All)
        {
            var measure = new EllipsoidalMeasure(features.Single(f => f.Code == county.Code).Geometry!);
            Assert.All(
                features.Where(f => f.Level == 5 && f.Code.StartsWith(county.Code, StringComparison.Ordinal)),
                v => Assert.True(measure.AreaM2(v.Geometry!) >= 0.3e6, v.Code));
        }
    }

    [Fact]
    public void Townships_have_varied_sizes_and_villages_are_not_tiny_or_slivers()
    {
        foreach (var county in SampleCounty.All)
        {
            var measure = new EllipsoidalMeasure(Geometry(county.Code));
            var townships = Features.Where(f => f.ParentCode == county.Code).Select(f => measure.AreaM2(f.Geometry!) / 1e6).ToList();
            var mean = townships.Average();
            var cv = Math.Sqrt(townships.Average(a => (a - mean) * (a - mean))) / mean;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{county.Name} townships: {townships.Min():F1}–{townships.Max():F1} km², CV {cv:F2}"));
            Assert.True(townships.Max() > 2 * townships.Min());
            Assert.True(cv > 0.2);

            var villages = Features.Where(f => f.Level == 5 && f.Code.StartsWith(county.Code, StringComparison.Ordinal)).ToList();
            var areas = villages.Select(v => measure.AreaM2(v.Geometry!) / 1e6).ToList();
            var compactness = villages.Select(v => PolsbyPopper(measure.Project(v.Geometry!))).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{county.Name} villages: {areas.Min():F2}–{areas.Max():F1} km², compactness ≥ {compactness.Min():F2}"));
            Assert.All(areas, a => Assert.True(a >= 0.3, $"village of {a} km²"));
            Assert.All(compactness, c => Assert.True(c >= 0.15, $"sliver-like village, 4πA/P² = {c}"));
        }

        Assert.All(Features.Where(f => f.Level >= 4), f => Assert.Equal(1, f.Geometry!.NumGeometries));
    }

    [Fact]
    public void Urban_rural_codes_follow_the_village_digits_and_the_township_kind()
    {
        Assert.All(Features.Where(f => f.Level < 5), f => Assert.Null(f.UrbanRuralCode));
        var byCode = Features.Where(f => f.Level == 5).GroupBy(f => f.UrbanRuralCode!.Value).ToDictionary(g => g.Key, g => g.Count());

        // Counted in the CSV: 35 residents' committees in a 镇, 5 in a 乡 or 苏木, 4 under the prison
        // administration plus 8 farm and forest-farm living quarters, 303 village committees.
        Assert.Equal(35, byCode[UrbanRuralCodes.TownCentre]);
        Assert.Equal(5, byCode[UrbanRuralCodes.TownshipCentre]);
        Assert.Equal(12, byCode[UrbanRuralCodes.SpecialArea]);
        Assert.Equal(303, byCode[UrbanRuralCodes.Village]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_boundaries_and_another_seed_other_ones()
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first generation (both counties, incl. JIT): {sample.Elapsed.TotalMilliseconds:F0} ms"));
        var again = AdminBoundaryGenerator.Generate(DivisionsCsv.All, SampleCounty.All, SampleBoundariesFixture.Seed);
        Assert.Equal(Features.Select(Text), again.Select(Text));

        var other = AdminBoundaryGenerator.Generate(DivisionsCsv.All, SampleCounty.All, SampleBoundariesFixture.Seed + 1);
        Assert.Equal(Features.Select(f => f.Code), other.Select(f => f.Code));
        Assert.All(
            Features.Zip(other).Where(p => p.First.Level >= 3),
            p => Assert.NotEqual(Text(p.First), Text(p.Second)));
    }

    private MultiPolygon Geometry(string code) => Features.Single(f => f.Code == code).Geometry!;

    /// <summary>
    /// The strict form of exact tiling: every boundary segment of a child is either shared, vertex for
    /// vertex, with exactly one sibling, or is a segment of the parent's boundary, and every segment of
    /// the parent's boundary is used by exactly one child. This is what coverage simplification needs.
    /// </summary>
    private static void AssertExactCoverages(IReadOnlyList<AdminUnitFeature> features)
    {
        foreach (var parent in features.Where(f => f.Level is 3 or 4))
        {
            var uses = new Dictionary<(double, double, double, double), int>();
            foreach (var child in features.Where(f => f.ParentCode == parent.Code))
            {
                foreach (var segment in Segments(child.Geometry!))
                {
                    uses[segment] = uses.GetValueOrDefault(segment) + 1;
                }
            }

            var parentSegments = Segments(parent.Geometry!).ToHashSet();
            Assert.All(uses, kv => Assert.InRange(kv.Value, 1, 2));
            var outer = uses.Where(kv => kv.Value == 1).Select(kv => kv.Key).ToHashSet();
            Assert.True(outer.SetEquals(parentSegments), $"the children's outer boundary of {parent.Code} is not the parent's boundary, vertex for vertex");
        }
    }

    private static string Text(AdminUnitFeature f) =>
        string.Join('|', f.Code, f.Level, f.ParentCode, f.Name, f.UrbanRuralCode, f.CodeYear, f.Geometry?.AsText());

    /// <summary>m² per deg² at a latitude (GRS80 radii of curvature): for areas of floating-point noise only.</summary>
    private static double SquareMetresPerSquareDegree(double latitude)
    {
        const double a = 6378137.0;
        const double e2 = 0.00669438002290;
        var phi = latitude * Math.PI / 180;
        var w = Math.Sqrt(1 - (e2 * Math.Sin(phi) * Math.Sin(phi)));
        var meridian = a * (1 - e2) / (w * w * w);
        var primeVertical = a / w;
        return meridian * primeVertical * Math.Cos(phi) * Math.Pow(Math.PI / 180, 2);
    }

    private static double PolsbyPopper(Geometry g) => 4 * Math.PI * g.Area / (g.Length * g.Length);

    private static IEnumerable<(double, double, double, double)> Segments(Geometry polygonal)
    {
        for (var g = 0; g < polygonal.NumGeometries; g++)
        {
            var p = (Polygon)polygonal.GetGeometryN(g);
            foreach (var ring in new[] { p.ExteriorRing }.Concat(Enumerable.Range(0, p.NumInteriorRings).Select(p.GetInteriorRingN)))
            {
                var c = ring.Coordinates;
                for (var k = 0; k + 1 < c.Length; k++)
                {
                    yield return c[k].CompareTo(c[k + 1]) <= 0 ? (c[k].X, c[k].Y, c[k + 1].X, c[k + 1].Y) : (c[k + 1].X, c[k + 1].Y, c[k].X, c[k].Y);
                }
            }
        }
    }
}
