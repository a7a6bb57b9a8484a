package data_test

import (
	"math"
	"testing"
	"time"

	"vertailu/data"
)

func TestDerived(t *testing.T) {
	k := data.KnownInt
	cases := []struct {
		name    string
		funding data.Funding
		persons data.Int
		want    [3]data.Float // utilisation EU+state, utilisation public, cost per planned participant
	}{
		{
			"normal",
			data.Funding{GrantedEUState: k(100), RealisedEUState: k(99), PlannedPublicTotal: k(200), RealisedPublicTotal: k(150)},
			k(4),
			[3]data.Float{data.KnownFloat(0.99), data.KnownFloat(0.75), data.KnownFloat(50)},
		},
		{
			"nothing granted",
			data.Funding{GrantedEUState: k(0), RealisedEUState: k(0), PlannedPublicTotal: k(0)},
			k(0),
			[3]data.Float{{}, {}, {}},
		},
		{"unknown", data.Funding{}, data.Int{}, [3]data.Float{{}, {}, {}}},
		{
			"over 100 %",
			data.Funding{GrantedEUState: k(100), RealisedEUState: k(120), PlannedPublicTotal: k(100), RealisedPublicTotal: k(0)},
			k(1),
			[3]data.Float{data.KnownFloat(1.2), data.KnownFloat(0), data.KnownFloat(100)},
		},
	}
	for _, c := range cases {
		p := &data.Project{Funding: c.funding, Indicators: data.Indicators{PersonsPlanned: c.persons}}
		d := data.Derive(p)
		got := [3]data.Float{d.UtilisationEUState, d.UtilisationPublic, d.CostPerPlannedParticipant}
		for i := range got {
			if got[i].Known != c.want[i].Known || math.Abs(got[i].V-c.want[i].V) > 1e-9 {
				t.Errorf("%s: figure %d = %+v, want %+v", c.name, i, got[i], c.want[i])
			}
		}
	}
	if !data.UtilisationFlagged(data.KnownFloat(1.2)) || data.UtilisationFlagged(data.KnownFloat(1)) || data.UtilisationFlagged(data.Float{}) {
		t.Error("UtilisationFlagged")
	}
}

func TestDurationMonths(t *testing.T) {
	cases := []struct {
		start, end data.Date
		want       float64
	}{
		{data.NewDate(2022, time.June, 1), data.NewDate(2023, time.December, 31), 19},
		{data.NewDate(2016, time.January, 1), data.NewDate(2019, time.April, 30), 40},
		{data.NewDate(2020, time.January, 1), data.NewDate(2020, time.January, 31), 1},
		{data.NewDate(2020, time.January, 15), data.NewDate(2020, time.February, 29), 1.5},
	}
	for _, c := range cases {
		p := &data.Project{Start: c.start, End: c.end}
		if got := data.Derive(p).DurationMonths; !got.Known || got.V != c.want {
			t.Errorf("%s–%s: %+v, want %v", c.start.Finnish(), c.end.Finnish(), got, c.want)
		}
	}
	p := &data.Project{Start: data.NewDate(2020, time.May, 1), End: data.NewDate(2020, time.January, 1)}
	if data.Derive(p).DurationMonths.Known {
		t.Error("an end before the start gives no duration")
	}
}

func TestFormat(t *testing.T) {
	cases := map[string]string{
		data.FormatEuro(data.KnownInt(95084), "fi"):         "95\u00a0084\u00a0€",
		data.FormatEuro(data.Int{}, "fi"):                   "ei tiedossa", // worded by the catalogue (assets/words is in this test binary)
		data.FormatInt(data.KnownInt(0), "fi"):              "0",
		data.FormatInt(data.KnownInt(-1234567), "fi"):       "-1\u00a0234\u00a0567",
		data.FormatPercent(data.KnownFloat(0.99994), "fi"):  "100,0\u00a0%",
		data.FormatPercent(data.KnownFloat(0.943), "fi"):    "94,3\u00a0%",
		data.FormatFloat(data.KnownFloat(1234.56), 1, "fi"): "1\u00a0234,6",
		data.FormatFloat(data.KnownFloat(-0.04), 1, "fi"):   "0,0",
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("%q, want %q", got, want)
		}
	}
}
