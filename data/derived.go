package data

import "math"

// Derived holds the figures officers compare, computed from a project's own values exactly as
// the input format defines them (the README's table of derived figures). Each is unknown when any of its inputs is.
type Derived struct {
	// UtilisationEUState is realised ÷ granted EU+state funding; unknown when granted is 0.
	UtilisationEUState Float `json:"utilisation_eu_state"`
	// UtilisationPublic is realised ÷ planned public funding in total.
	UtilisationPublic Float `json:"utilisation_public"`
	// EUStateShare is granted EU+state ÷ planned public total.
	EUStateShare Float `json:"eu_state_share"`
	// CostPerPlannedParticipant is planned public total ÷ persons planned, in euros.
	CostPerPlannedParticipant Float `json:"cost_per_planned_participant"`
	// CompanyTargetReached is companies realised ÷ companies planned.
	CompanyTargetReached Float `json:"company_target_reached"`
	// DurationMonths is the length of the planned period in months (start day to end day
	// inclusive, whole months plus the fraction of the last one, rounded to one decimal).
	DurationMonths Float `json:"duration_months"`
	// Direct and Indirect are the means of the sustainability scores.
	Direct   Means `json:"sustainability_direct"`
	Indirect Means `json:"sustainability_indirect"`
}

// Means holds mean sustainability scores per dimension and over all 15 criteria.
type Means struct {
	Ecological Float `json:"ecological"`
	Economic   Float `json:"economic"`
	Social     Float `json:"social"`
	Overall    Float `json:"overall"`
}

// Dimension returns the mean of one dimension.
func (m Means) Dimension(d Dimension) Float {
	switch d {
	case Ecological:
		return m.Ecological
	case Economic:
		return m.Economic
	default:
		return m.Social
	}
}

// UtilisationFlagged reports whether a utilisation is above 100 %: rare and worth a look.
func UtilisationFlagged(u Float) bool { return u.Known && u.V > 1.0000001 }

// Derive computes the derived figures of p.
func Derive(p *Project) Derived {
	f := p.Funding
	return Derived{
		UtilisationEUState:        ratio(f.RealisedEUState, f.GrantedEUState),
		UtilisationPublic:         ratio(f.RealisedPublicTotal, f.PlannedPublicTotal),
		EUStateShare:              ratio(f.GrantedEUState, f.PlannedPublicTotal),
		CostPerPlannedParticipant: ratio(f.PlannedPublicTotal, p.Indicators.PersonsPlanned),
		CompanyTargetReached:      ratio(p.Indicators.CompaniesRealised, p.Indicators.CompaniesPlanned),
		DurationMonths:            months(p.Start, p.End),
		Direct:                    means(p, func(c Criterion) Int { return c.Direct }),
		Indirect:                  means(p, func(c Criterion) Int { return c.Indirect }),
	}
}

// ratio is a ÷ b, unknown when either is unknown or b is 0: "n/a", never 0 % or ∞.
func ratio(a, b Int) Float {
	if !a.Known || !b.Known || b.V == 0 {
		return Float{}
	}
	return KnownFloat(float64(a.V) / float64(b.V))
}

// months measures start..end inclusive: 1.6.2022–31.12.2023 is 19 months.
func months(start, end Date) Float {
	if !start.Known() || !end.Known() || end.Before(start.Time) {
		return Float{}
	}
	after := end.AddDate(0, 0, 1) // the day after the last day
	whole := (after.Year()-start.Year())*12 + int(after.Month()) - int(start.Month())
	anchor := start.AddDate(0, whole, 0)
	if anchor.After(after) {
		whole--
		anchor = start.AddDate(0, whole, 0)
	}
	next := start.AddDate(0, whole+1, 0)
	frac := float64(after.Sub(anchor)) / float64(next.Sub(anchor))
	v := float64(whole) + frac
	return KnownFloat(math.Round(v*10) / 10)
}

func means(p *Project, score func(Criterion) Int) Means {
	var sum, n [3]float64
	var all, allN float64
	for _, c := range p.Sustainability {
		s := score(c)
		if !s.Known {
			continue
		}
		sum[c.Dimension] += float64(s.V)
		n[c.Dimension]++
		all += float64(s.V)
		allN++
	}
	mean := func(s, n float64) Float {
		if n == 0 {
			return Float{}
		}
		return KnownFloat(s / n)
	}
	return Means{
		Ecological: mean(sum[Ecological], n[Ecological]),
		Economic:   mean(sum[Economic], n[Economic]),
		Social:     mean(sum[Social], n[Social]),
		Overall:    mean(all, allN),
	}
}
