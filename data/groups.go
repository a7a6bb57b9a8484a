package data

import (
	"cmp"
	"encoding/json"
	"slices"
)

// Group is one group of projects sharing a value of a field, with their sums.
type Group struct {
	Field Field
	Value string // "" for projects without a value
	Sums
	// MeanUtilisation is the unweighted mean of the projects' known EU+state utilisations;
	// Sums.UtilisationEUState is the group's own (realised ÷ granted of the sums).
	MeanUtilisation Float
	Projects        []*Project
}

// MarshalJSON writes the group as table --group-by does: value, count, the four sums and
// their unknown counts, and the utilisation of the sums.
func (g Group) MarshalJSON() ([]byte, error) {
	return sumsJSON(g.Sums, map[string]any{"value": g.Value})
}

// Grouping is projects grouped by a field, with a total that counts each project once.
type Grouping struct {
	Field  Field
	Groups []Group
	Total  Sums
	// Overlap says some project is in more than one group (several regions, say), so the
	// groups' sums add up to more than the total.
	Overlap bool
}

// MarshalJSON writes {"field", "groups": [...], "total": {...}, "overlap"}.
func (g Grouping) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Field   Field   `json:"field"`
		Groups  []Group `json:"groups"`
		Total   Sums    `json:"total"`
		Overlap bool    `json:"overlap"`
	}{g.Field, nonNil(g.Groups), g.Total, g.Overlap})
}

// GroupBy groups projects by f, largest planned public total first (equal ones in Finnish
// alphabetical order), projects without a value last. A project with several values of f (regions, municipalities) counts in each of
// them, and once in the total.
func GroupBy(ps []*Project, f Field) Grouping {
	index := map[string]int{}
	out := Grouping{Field: f}
	utilSum := map[string]float64{}
	utilN := map[string]int{}
	for _, p := range ps {
		if p == nil {
			continue
		}
		out.Total.Add(p)
		values := uniq(f.Values(p))
		out.Overlap = out.Overlap || len(values) > 1
		for _, v := range values {
			i, ok := index[v]
			if !ok {
				i = len(out.Groups)
				index[v] = i
				out.Groups = append(out.Groups, Group{Field: f, Value: v})
			}
			g := &out.Groups[i]
			g.Add(p)
			g.Projects = append(g.Projects, p)
			if u := p.Derived.UtilisationEUState; u.Known {
				utilSum[v] += u.V
				utilN[v]++
			}
		}
	}
	for i := range out.Groups {
		if n := utilN[out.Groups[i].Value]; n > 0 {
			out.Groups[i].MeanUtilisation = KnownFloat(utilSum[out.Groups[i].Value] / float64(n))
		}
	}
	slices.SortStableFunc(out.Groups, func(a, b Group) int {
		if a.Value == "" || b.Value == "" {
			return boolOrder(a.Value != "", b.Value != "")
		}
		return cmp.Or(-compareInts(a.PlannedPublicTotal, b.PlannedPublicTotal), CompareText(a.Value, b.Value))
	})
	return out
}
