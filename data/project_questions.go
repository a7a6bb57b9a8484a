package data

// NameQuestions names the 15 criteria and the 3 gender questions, their answers unknown.
func (p *Project) NameQuestions() {
	for i, c := range Criteria {
		p.Sustainability[i] = Criterion{Dimension: c.Dimension, Criterion: c.Finnish}
	}
	for i, q := range GenderQuestions {
		p.GenderEquality[i] = GenderAnswer{Question: q}
	}
}

// EmptyLists makes the lists that are nil empty: [] rather than null in JSON (empty, not
// unknown).
func (p *Project) EmptyLists() {
	p.CoImplementers = nonNil(p.CoImplementers)
	p.Regions, p.Subregions, p.Municipalities = nonNil(p.Regions), nonNil(p.Subregions), nonNil(p.Municipalities)
	p.Missing, p.Warnings = nonNil(p.Missing), nonNil(p.Warnings)
}
