package data_test

import (
	"encoding/json"
	"testing"

	"vertailu/assets/words"
	"vertailu/data"
)

func project(code string, regions []string, granted, realised data.Int) *data.Project {
	p := &data.Project{Code: code, Regions: regions}
	p.Funding.GrantedEUState, p.Funding.RealisedEUState = granted, realised
	p.Derived = data.Derive(p)
	return p
}

// TestGroupingCountsEachProjectOnceInTheTotal: a project in two regions counts in both groups
// and once in the total; sums say how many projects they leave out; the utilisation is that
// of the sums, not the mean of the projects' ratios.
func TestGroupingCountsEachProjectOnceInTheTotal(t *testing.T) {
	ps := []*data.Project{
		project("S1", []string{"Lappi", "Kainuu"}, data.KnownInt(100), data.KnownInt(50)),
		project("S2", []string{"Lappi"}, data.KnownInt(300), data.KnownInt(300)),
		project("S3", nil, data.Int{}, data.KnownInt(10)),
	}
	g := data.GroupBy(ps, data.FieldRegion)
	if !g.Overlap || len(g.Groups) != 3 {
		t.Fatalf("overlap %v, %d groups", g.Overlap, len(g.Groups))
	}
	// No planned public totals: the groups go by name, the one without a value last.
	lappi := g.Groups[1]
	if lappi.Value != "Lappi" || lappi.Count != 2 || lappi.GrantedEUState != data.KnownInt(400) {
		t.Errorf("Lappi: %+v", lappi.Sums)
	}
	if u := lappi.UtilisationEUState(); !u.Known || u.V != 350.0/400.0 {
		t.Errorf("Lappi utilisation of the sums %v, want 0.875", u)
	}
	if m := lappi.MeanUtilisation; !m.Known || m.V != (0.5+1)/2 {
		t.Errorf("Lappi mean utilisation %v, want 0.75", m)
	}
	if last := g.Groups[2]; last.Value != "" || last.Unknown[data.GrantedEUState] != 1 || last.GrantedEUState.Known {
		t.Errorf("the group without a region: %+v", last)
	}
	sum := int64(0)
	for _, gr := range g.Groups {
		sum += gr.GrantedEUState.V
	}
	if tot := g.Total; tot.Count != 3 || tot.GrantedEUState != data.KnownInt(400) || sum != 500 ||
		tot.Unknown[data.GrantedEUState] != 1 || tot.Unknown[data.RealisedEUState] != 0 {
		t.Errorf("total %+v (groups add up to %d)", tot, sum)
	}
	if got := words.Of("en").Sum(g.Total, data.GrantedEUState); got != "400\u00a0€ (1 unknown)" {
		t.Errorf("FormatSum = %q", got)
	}
	if got := words.Of("fi").Sum(g.Total, data.RealisedEUState); got != "360\u00a0€" {
		t.Errorf("FormatSum without unknowns = %q", got)
	}
	b, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Groups []map[string]any `json:"groups"`
		Total  map[string]any   `json:"total"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.Groups[1]["value"] != "Lappi" || out.Groups[1]["count"] != 2.0 || out.Groups[1]["granted_eu_state"] != 400.0 ||
		out.Groups[1]["utilisation_eu_state"] != 0.875 || out.Groups[2]["granted_eu_state"] != nil {
		t.Errorf("groups JSON %s", b)
	}
	if _, ok := out.Total["value"]; ok || out.Total["count"] != 3.0 || out.Total["granted_eu_state_unknown"] != 1.0 {
		t.Errorf("total JSON %v", out.Total)
	}
}

func TestMunicipalityGroups(t *testing.T) {
	p := &data.Project{Municipalities: []string{"Kitee", "Rääkkylä"}}
	g := data.GroupBy([]*data.Project{p, {}}, data.FieldMunicipality)
	if len(g.Groups) != 3 || g.Total.Count != 2 || !g.Overlap {
		t.Errorf("%+v", g)
	}
	if f, ok := data.ParseField("municipalities"); !ok || f != data.FieldMunicipality {
		t.Error("municipalities not parsed")
	}
}

// TestUtilisationOfTheSumsPairsTheFigures: a project that knows only its realised figure does
// not lift the group's utilisation (it would count above the line and not below).
func TestUtilisationOfTheSumsPairsTheFigures(t *testing.T) {
	ps := []*data.Project{
		project("S1", nil, data.KnownInt(100), data.KnownInt(90)),
		project("S2", nil, data.Int{}, data.KnownInt(500)),
	}
	tot := data.Totals(ps)
	if u := tot.UtilisationEUState(); !u.Known || u.V != 0.9 {
		t.Errorf("utilisation %v, want 0.9 (S1 alone)", u)
	}
	if tot.RealisedEUState != data.KnownInt(590) || tot.Unknown[data.GrantedEUState] != 1 {
		t.Errorf("sums %+v", tot)
	}
}
