package data_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"vertailu/data"
)

func seedStore(t testing.TB) *data.Store {
	s := data.NewStore()
	s.Set(loadSeeds(t))
	return s
}

func codes(ps []*data.Project) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Code
	}
	return out
}

func TestSortUnknownLastBothWays(t *testing.T) {
	s := seedStore(t)
	asc := codes(s.Query(data.Query{SortKey: "utilisation_eu_state"}))
	desc := codes(s.Query(data.Query{SortKey: "utilisation_eu_state", Desc: true}))
	if want := []string{"S20885", "S21029", "S20634", "S22829", "S21921"}; !slices.Equal(asc, want) {
		t.Errorf("ascending %v, want %v", asc, want)
	}
	if want := []string{"S22829", "S20634", "S21029", "S20885", "S21921"}; !slices.Equal(desc, want) {
		t.Errorf("descending %v, want %v (n/a last)", desc, want)
	}
	byName := codes(s.Query(data.Query{SortKey: "name"}))
	if want := []string{"S21921", "S21029", "S20634", "S22829", "S20885"}; !slices.Equal(byName, want) {
		t.Errorf("by name %v, want %v", byName, want)
	}
}

func TestSortIsStable(t *testing.T) {
	s := seedStore(t)
	// Four seeds share the status "Toiminta päättynyt": they keep load (path) order.
	got := codes(s.Query(data.Query{SortKey: "status"}))
	if want := []string{"S21921", "S22829", "S21029", "S20634", "S20885"}; !slices.Equal(got, want) {
		t.Errorf("%v, want %v", got, want)
	}
}

func TestSearchIgnoresCaseAndAccents(t *testing.T) {
	s := seedStore(t)
	cases := map[string][]string{
		"rääkkylä":       {"S22829"},
		"RAAKKYLA":       {"S22829"},
		"s21029":         {"S21029"},
		"seinajoki moni": {"S21921"},
		"lappia":         {"S21029"},
		"tervolan kunta": {"S21029"}, // a co-implementer
		"no such thing":  {},
	}
	for q, want := range cases {
		if got := codes(s.Query(data.Query{Text: q})); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", q, got, want)
		}
	}
}

func TestFilters(t *testing.T) {
	s := seedStore(t)
	got := codes(s.Query(data.Query{Filters: map[data.Field][]string{
		data.FieldAuthority: {"Keski-Suomen elinkeino-, liikenne- ja ympäristökeskus"},
		data.FieldStatus:    {"Toiminta päättynyt"},
	}}))
	if want := []string{"S20634", "S20885"}; !slices.Equal(got, want) {
		t.Errorf("%v, want %v", got, want)
	}
	if got := s.Distinct(data.FieldOrgType); !slices.Equal(got, []string{"Kunta", "Kuntayhtymä", "Muu järjestö tai yhdistys"}) {
		t.Errorf("org types %v", got)
	}
}

func TestGroupBy(t *testing.T) {
	s := seedStore(t)
	gs := data.GroupBy(s.Projects(), data.FieldPriorityAxis).Groups
	if len(gs) != 2 {
		t.Fatalf("%d groups", len(gs))
	}
	g := gs[1] // largest planned public total first: axis 3 (821 151) before axis 5 (804 860)
	if g.Value != "5. Sosiaalinen osallisuus ja köyhyyden torjunta" || g.Count != 3 {
		t.Errorf("first group %q count %d", g.Value, g.Count)
	}
	if g.GrantedEUState != data.KnownInt(95084+248583+281250) || g.PlannedPublicTotal != data.KnownInt(119130+310730+375000) {
		t.Errorf("sums %+v %+v", g.GrantedEUState, g.PlannedPublicTotal)
	}
	// S21921 has no utilisation (nothing granted): the axis-3 mean is S21029's alone.
	if u := gs[0].MeanUtilisation; gs[0].Count != 2 || !u.Known || u.V != 402287.0/426537.0 {
		t.Errorf("mean utilisation %v", u)
	}
}

func TestListenersAndConcurrentReaders(t *testing.T) {
	s := data.NewStore()
	var mu sync.Mutex
	n := 0
	remove := s.OnChange(func() { mu.Lock(); n++; mu.Unlock() })
	res := loadSeeds(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				s.Query(data.Query{Text: "hanke", SortKey: "name"})
				s.Distinct(data.FieldRegion)
			}
		}()
	}
	for range 10 {
		s.Set(res)
	}
	wg.Wait()
	remove()
	s.Set(res)
	if n != 10 {
		t.Errorf("listener called %d times, want 10", n)
	}
}

// TestSearchManyProjectsKeepsOrder searches a store large enough to be searched on every core
// and expects exactly the matching projects, in load order.
func TestSearchManyProjectsKeepsOrder(t *testing.T) {
	var res data.LoadResult
	var want []string
	for i := range 5003 {
		p := &data.Project{Code: fmt.Sprintf("S%05d", i), Name: "Hanke"}
		if i%7 == 3 {
			p.Municipalities = []string{"Jyväskylä"}
			want = append(want, p.Code)
		}
		res.Projects = append(res.Projects, p)
	}
	s := data.NewStore()
	s.Set(&res)
	if got := codes(s.Query(data.Query{Text: "JYVASKYLA hanke"})); !slices.Equal(got, want) {
		t.Errorf("found %d projects, want %d in load order", len(got), len(want))
	}
}
