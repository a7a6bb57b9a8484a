package geo

import (
	"slices"

	"vertailu/data"
)

// Tally is projects counted per area of a map, as the Groups view counts them: a project in
// several areas counts in each of them (once in each, however many of its names lead there)
// and once in the total.
type Tally struct {
	Map   *Map
	Field data.Field // data.FieldRegion, data.FieldMunicipality or data.FieldAuthorityArea
	Areas []AreaSums // by the index of Map.Areas
	Total data.Sums
	// Overlap says some project is in more than one area, so the areas add up to more than
	// the total.
	Overlap bool
	// Unplaced counts the projects none of whose names is a known area (none given, a typo, a
	// place abroad); Unknown lists those names, in the order first met.
	Unplaced int
	Unknown  []string
}

// AreaSums are the sums of one area's projects.
type AreaSums struct {
	data.Sums
	// Names are the names the projects gave the area, as written ("Kuopio", "Juankoski"):
	// filtering by any of them finds the area's projects.
	Names []string
	// The planned public funding and persons planned summed over the projects that know both.
	pairedPlanned, pairedPersons int64
	paired                       bool
}

// CostPerPlannedParticipant is the planned public total ÷ persons planned, summed over the
// projects that know both; unknown when none does or no persons were planned.
func (s AreaSums) CostPerPlannedParticipant() data.Float {
	if !s.paired || s.pairedPersons <= 0 {
		return data.Float{}
	}
	return data.KnownFloat(float64(s.pairedPlanned) / float64(s.pairedPersons))
}

func (s *AreaSums) add(p *data.Project, name string) {
	s.Add(p)
	if pl, n := p.Funding.PlannedPublicTotal, p.Indicators.PersonsPlanned; pl.Known && n.Known {
		s.pairedPlanned += pl.V
		s.pairedPersons += n.V
		s.paired = true
	}
	s.addName(name)
}

func (s *AreaSums) addName(name string) {
	if !slices.Contains(s.Names, name) {
		s.Names = append(s.Names, name)
	}
}

// FieldOf is the project field whose names a level's areas are found by.
func FieldOf(l Level) data.Field {
	switch l {
	case Municipalities:
		return data.FieldMunicipality
	case AuthorityAreas:
		return data.FieldAuthorityArea
	}
	return data.FieldRegion
}

// Count tallies ps (nil entries skipped) per area of level l.
func Count(ps []*data.Project, l Level) Tally {
	m := Of(l)
	t := Tally{Map: m, Field: FieldOf(l), Areas: make([]AreaSums, len(m.Areas))}
	unknown := map[string]bool{}
	for _, p := range ps {
		if p == nil {
			continue
		}
		t.Total.Add(p)
		var found []int
		for _, name := range t.Field.Values(p) {
			i, ok := m.Find(name)
			switch {
			case !ok:
				if name != "" && !unknown[name] {
					unknown[name] = true
					t.Unknown = append(t.Unknown, name)
				}
			case slices.Contains(found, i):
				t.Areas[i].addName(name)
			default:
				found = append(found, i)
				t.Areas[i].add(p, name)
			}
		}
		if len(found) == 0 {
			t.Unplaced++
		}
		t.Overlap = t.Overlap || len(found) > 1
	}
	return t
}
