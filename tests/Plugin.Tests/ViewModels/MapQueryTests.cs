using System.Collections.Generic;
using System.Linq;
using Kmesh.Plugin.Views.BpfMaps;
using Xunit;

namespace Kmesh.Plugin.Tests.ViewModels;

public class MapQueryTests
{
    private static MapTable Backends(int count)
    {
        var rows = new List<MapRow>();
        for (int i = 0; i < count; i++)
        {
            string ns = i % 2 == 0 ? "default" : "Payments";
            rows.Add(new MapRow(new[] { $"10.244.{i / 250}.{i % 250}", "1", $"{ns}/svc-{i}.{ns}.svc.cluster.local" }, null, null));
        }
        return new MapTable("Backends", new[] { "IP", "Services", "Service names" }, rows, "empty");
    }

    [Fact]
    public void SearchIsCaseInsensitiveOverAllColumns()
    {
        MapPage page = MapQuery.Apply(Backends(10), "payments", -1, 0);

        Assert.Equal(5, page.Matching);
        Assert.Equal(10, page.Total);
        Assert.All(page.Rows, r => Assert.StartsWith("Payments/", r.Cells[2]));
    }

    [Fact]
    public void SearchCanBeLimitedToOneColumn()
    {
        MapTable table = Backends(10);

        Assert.Equal(0, MapQuery.Apply(table, "svc-3", 0, 0).Matching);
        Assert.Equal(1, MapQuery.Apply(table, "svc-3.", 2, 0).Matching);
    }

    [Fact]
    public void TensOfThousandsOfEntriesArePagedAPageAtATime()
    {
        MapTable table = Backends(20000);

        MapPage first = MapQuery.Apply(table, "", -1, 0);
        MapPage last = MapQuery.Apply(table, "", -1, 1333);

        Assert.Equal(1334, first.PageCount);
        Assert.Equal(15, first.Rows.Count);
        Assert.Equal(5, last.Rows.Count);
        Assert.Equal("10.244.0.0", first.Rows[0].Cells[0]);
        Assert.Equal("10.244.79.249", last.Rows.Last().Cells[0]);
    }

    [Fact]
    public void PageIsClampedWhenTheSearchShrinksTheResult()
    {
        MapPage page = MapQuery.Apply(Backends(200), "svc-199.", -1, 3);

        Assert.Equal(0, page.Page);
        Assert.Equal(1, page.PageCount);
        Assert.Single(page.Rows);
    }

    [Fact]
    public void NoMatchesGiveOneEmptyPage()
    {
        MapPage page = MapQuery.Apply(Backends(3), "nothing-like-this", -1, 0);

        Assert.Empty(page.Rows);
        Assert.Equal(1, page.PageCount);
        Assert.Equal(3, page.Total);
    }
}
