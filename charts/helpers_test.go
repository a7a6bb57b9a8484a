package charts

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"vertailu/assets"
	"vertailu/data"
	"vertailu/data/load"
)

var seedsOnce = sync.OnceValues(func() ([]*data.Project, error) {
	res, err := load.FS(context.Background(), assets.Samples(), assets.SamplesName, load.Options{})
	if err != nil {
		return nil, err
	}
	return res.Projects, nil
})

// seeds returns the five embedded sample projects in path order.
func seeds(t testing.TB) []*data.Project {
	t.Helper()
	ps, err := seedsOnce()
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 5 {
		t.Fatalf("want 5 seed projects, got %d", len(ps))
	}
	return ps
}

// synthetic returns n made-up projects with varied funding (some unknown, some above 100 %)
// and scores.
func synthetic(n int) []*data.Project {
	ps := make([]*data.Project, n)
	for i := range ps {
		granted := int64(40000 + (i*7919)%900000)
		p := &data.Project{
			Code: fmt.Sprintf("S%05d", 20100+i*37),
			Name: fmt.Sprintf("Synteettinen hanke %d: työllisyyden ja osaamisen kehittäminen Itä-Suomessa", i+1),
		}
		p.Funding.GrantedEUState = data.KnownInt(granted)
		p.Funding.PlannedPublicTotal = data.KnownInt(granted * 4 / 3)
		switch {
		case i%11 == 3:
			// realised not reported
		case i%13 == 5:
			p.Funding.RealisedEUState = data.KnownInt(granted * 108 / 100)
		default:
			p.Funding.RealisedEUState = data.KnownInt(granted * int64(55+(i*17)%45) / 100)
		}
		if p.Funding.RealisedEUState.Known {
			p.Funding.RealisedPublicTotal = data.KnownInt(p.Funding.RealisedEUState.V * 4 / 3)
		}
		for k := range p.Sustainability {
			p.Sustainability[k] = data.Criterion{
				Dimension: data.Criteria[k].Dimension,
				Criterion: data.Criteria[k].Finnish,
				Direct:    data.KnownInt(int64((i + k*3) % 11)), Indirect: data.KnownInt(int64((i*2 + k) % 11)),
			}
		}
		p.Derived = data.Derive(p)
		ps[i] = p
	}
	return ps
}
