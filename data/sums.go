package data

import (
	"encoding/json"
)

// Figure is one of the four funding figures officers compare.
type Figure int

// The four figures, in the order the table, the charts and the sums show them.
const (
	GrantedEUState Figure = iota
	RealisedEUState
	PlannedPublicTotal
	RealisedPublicTotal
)

// Figures lists the four figures in order.
var Figures = [4]Figure{GrantedEUState, RealisedEUState, PlannedPublicTotal, RealisedPublicTotal}

// Key returns the figure's column and JSON key: "granted_eu_state", …
func (f Figure) Key() string {
	return [...]string{"granted_eu_state", "realised_eu_state", "planned_public_total", "realised_public_total"}[f]
}

// Of returns the figure of p.
func (f Figure) Of(p *Project) Int {
	switch f {
	case GrantedEUState:
		return p.Funding.GrantedEUState
	case RealisedEUState:
		return p.Funding.RealisedEUState
	case PlannedPublicTotal:
		return p.Funding.PlannedPublicTotal
	default:
		return p.Funding.RealisedPublicTotal
	}
}

// Sums are the four figures summed over projects, each project counted once, with how many
// of them left each figure unknown: a sum that skips unknowns says so.
type Sums struct {
	Count int
	// The sums over the projects that know the figure; unknown when none does.
	GrantedEUState      Int
	RealisedEUState     Int
	PlannedPublicTotal  Int
	RealisedPublicTotal Int
	// Unknown counts, by Figure, the projects whose figure is unknown.
	Unknown [4]int
	// The EU+state figures summed over the projects that know both, for the utilisation.
	pairedGranted, pairedRealised Int
}

// Add counts p in the sums.
func (s *Sums) Add(p *Project) {
	s.Count++
	if g, r := p.Funding.GrantedEUState, p.Funding.RealisedEUState; g.Known && r.Known {
		s.pairedGranted = KnownInt(s.pairedGranted.V + g.V)
		s.pairedRealised = KnownInt(s.pairedRealised.V + r.V)
	}
	for _, f := range Figures {
		v := f.Of(p)
		if !v.Known {
			s.Unknown[f]++
			continue
		}
		sum := s.ptr(f)
		sum.V += v.V
		sum.Known = true
	}
}

func (s *Sums) ptr(f Figure) *Int {
	switch f {
	case GrantedEUState:
		return &s.GrantedEUState
	case RealisedEUState:
		return &s.RealisedEUState
	case PlannedPublicTotal:
		return &s.PlannedPublicTotal
	default:
		return &s.RealisedPublicTotal
	}
}

// Sum returns the sum of figure f.
func (s Sums) Sum(f Figure) Int { return *s.ptr(f) }

// UtilisationEUState is realised ÷ granted EU+state funding summed over the projects that know
// both: the group's own utilisation, not a mean of the projects' ratios. (A project that knows
// only its realised figure would otherwise count above the line and not below it.) When every
// project knows both, it is realised ÷ granted of the sums. Unknown when no project knows both
// or nothing was granted.
func (s Sums) UtilisationEUState() Float { return ratio(s.pairedRealised, s.pairedGranted) }

// Totals sums the four figures over ps, each project once.
func Totals(ps []*Project) Sums {
	var t Sums
	for _, p := range ps {
		if p != nil {
			t.Add(p)
		}
	}
	return t
}

// sumsJSON writes Sums as the table --group-by JSON does: the count, the four figures under
// their keys (null when unknown), <figure>_unknown, and the utilisation of the sums.
func sumsJSON(s Sums, extra map[string]any) ([]byte, error) {
	m := map[string]any{"count": s.Count, "utilisation_eu_state": s.UtilisationEUState()}
	for _, f := range Figures {
		m[f.Key()] = s.Sum(f)
		m[f.Key()+"_unknown"] = s.Unknown[f]
	}
	for k, v := range extra {
		m[k] = v
	}
	return json.Marshal(m)
}

// MarshalJSON writes the sums (the total row of table --group-by).
func (s Sums) MarshalJSON() ([]byte, error) { return sumsJSON(s, nil) }

// Funding returns the sums as a project's funding (for the derived figures of a totals row).
func (s Sums) Funding() Funding {
	return Funding{
		GrantedEUState: s.GrantedEUState, RealisedEUState: s.RealisedEUState,
		PlannedPublicTotal: s.PlannedPublicTotal, RealisedPublicTotal: s.RealisedPublicTotal,
	}
}
