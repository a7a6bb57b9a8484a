package geo

import (
	"testing"

	"vertailu/data"
)

// By the funding authority's area a project counts in its authority's regions, never its own
// place; a ministry's is on no region.
func TestCountByAuthorityArea(t *testing.T) {
	ps := []*data.Project{
		{Code: "A", Authority: "Lapin liitto", Regions: []string{"Uusimaa"}},
		{Code: "B", Authority: "Kaakkois-Suomen ELY-keskus"},
		{Code: "C", Authority: "Työ- ja elinkeinoministeriö", Regions: []string{"Lappi"}},
	}
	tl := Count(ps, AuthorityAreas)
	count := func(name string) int {
		i, ok := tl.Map.Find(name)
		if !ok {
			t.Fatalf("no area %s", name)
		}
		return tl.Areas[i].Count
	}
	if tl.Field != data.FieldAuthorityArea || count("Lappi") != 1 || count("Uusimaa") != 0 || count("Kymenlaakso") != 1 || count("Etelä-Karjala") != 1 || tl.Unplaced != 1 {
		t.Errorf("%+v", tl)
	}
}
