package data_test

import (
	"slices"
	"testing"

	"vertailu/data"
)

// finnishOrder is a list in Finnish alphabetical order (x/text/collate's Finnish): W is a
// letter of its own after V, Ü sorts as Y ("Über" between "Wärtsilä" and "Yli"), and Å, Ä, Ö come after Z in that order; Ø is
// Ö's, Æ is Ä's. Case and accents only break ties.
var finnishOrder = []string{
	"Aalto-yliopisto", "eläkeliitto", "Espoo", "Oulun kaupunki", "Outokumpu", "Vaasan yliopisto",
	"Vörå kommun", "Wärtsilä Oyj", "Über-hanke", "Yli-Ii", "Ylöjärvi", "Zeta Oy", "Åbo Akademi",
	"Ähtäri", "Äänekosken kaupunki", "Öljyalan hanke", "Øresund",
}

// shuffled returns a copy of ss in a fixed order unlike the sorted one.
func shuffled(ss []string) []string {
	out := slices.Clone(ss)
	slices.Reverse(out)
	out[0], out[len(out)/2] = out[len(out)/2], out[0]
	return out
}

func TestSortTextsIsFinnish(t *testing.T) {
	got := shuffled(finnishOrder)
	data.SortTexts(got)
	if !slices.Equal(got, finnishOrder) {
		t.Errorf("got\n%q\nwant\n%q", got, finnishOrder)
	}
	for i := 1; i < len(finnishOrder); i++ {
		if c := data.CompareText(finnishOrder[i-1], finnishOrder[i]); c >= 0 {
			t.Errorf("CompareText(%q, %q) = %d", finnishOrder[i-1], finnishOrder[i], c)
		}
	}
}

// TestSortByNameIsFinnish sorts projects by name and applicant both ways, below and above the
// count from which keys are made on every core, with the names unknown last.
func TestSortByNameIsFinnish(t *testing.T) {
	for _, n := range []int{1, 300} { // 300 copies: 5,100 projects
		var ps []*data.Project
		for range n {
			for _, name := range shuffled(finnishOrder) {
				ps = append(ps, &data.Project{Name: name, Applicant: data.Applicant{Name: name}})
			}
		}
		ps = append(ps, &data.Project{Name: "  "})
		for _, key := range []string{"name", "applicant"} {
			for _, desc := range []bool{false, true} {
				got := slices.Clone(ps)
				data.Sort(got, key, desc)
				want := slices.Clone(finnishOrder)
				if desc {
					slices.Reverse(want)
				}
				for i, p := range got[:len(got)-1] {
					if w := want[i/n]; p.Name != w {
						t.Fatalf("n=%d %s desc=%v: [%d] %q, want %q", n, key, desc, i, p.Name, w)
					}
				}
				if last := got[len(got)-1].Name; last != "  " {
					t.Errorf("n=%d %s desc=%v: the unknown name is not last but %q", n, key, desc, last)
				}
			}
		}
	}
}

// TestDistinctAndGroupsAreFinnish: the filter choices and groups of equal sums list Ö names
// after Z, not among the O's.
func TestDistinctAndGroupsAreFinnish(t *testing.T) {
	regions := []string{"Pohjois-Pohjanmaa", "Uusimaa", "Etelä-Savo", "Åland", "Österbotten", "Ostrobotnia", "Varsinais-Suomi", "Keski-Suomi"}
	want := []string{"Etelä-Savo", "Keski-Suomi", "Ostrobotnia", "Pohjois-Pohjanmaa", "Uusimaa", "Varsinais-Suomi", "Åland", "Österbotten"}
	var ps []*data.Project
	for i, r := range regions {
		ps = append(ps, &data.Project{Code: string(rune('A' + i)), Regions: []string{r}})
	}
	s := data.NewStore()
	s.Set(&data.LoadResult{Projects: ps})
	if got := s.Distinct(data.FieldRegion); !slices.Equal(got, want) {
		t.Errorf("Distinct %q, want %q", got, want)
	}
	var got []string
	for _, g := range data.GroupBy(ps, data.FieldRegion).Groups {
		got = append(got, g.Value)
	}
	if !slices.Equal(got, want) {
		t.Errorf("GroupBy %q, want %q", got, want)
	}
}
