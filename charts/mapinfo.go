package charts

import (
	"strings"

	"vertailu/assets/words"
	"vertailu/charts/geo"
	"vertailu/data"
)

// AreaName is area i's name as the map writes it, with its region for a municipality:
// "Kuopio (Pohjois-Savo)".
func (m *MapChart) AreaName(i int) string {
	areas := m.tally.Map.Areas
	if i < 0 || i >= len(areas) {
		return ""
	}
	a := &areas[i]
	if a.Region == "" {
		return a.Short()
	}
	if r, ok := geo.Of(geo.Regions).FindCode(a.Region); ok {
		return a.Name + " (" + r.Short() + ")"
	}
	return a.Name
}

// AreaText describes area i for a pointer over it: its name, its projects and every figure
// the map can show, one per line, and the other names its descriptions gave it.
func (m *MapChart) AreaText(i int) string {
	if i < 0 || i >= len(m.tally.Areas) {
		return ""
	}
	l := words.Of(m.lang)
	s := m.tally.Areas[i]
	lines := []string{m.AreaName(i), l.N("{{.Count}} projects", s.Count)}
	if s.Count > 0 {
		for _, f := range []data.Figure{data.GrantedEUState, data.RealisedEUState, data.PlannedPublicTotal} {
			lines = append(lines, words.Of(m.lang).Figure(f)+": "+words.Of(m.lang).Sum(s.Sums, f))
		}
		for _, f := range []MapFigure{MapUtilisation, MapCostPerPerson} {
			lines = append(lines, f.Name(m.lang)+": "+f.Format(f.Of(s), m.lang))
		}
	}
	var other []string
	for _, n := range s.Names {
		if !strings.EqualFold(n, m.tally.Map.Areas[i].Name) {
			other = append(other, n)
		}
	}
	if len(other) > 0 {
		lines = append(lines, l.T("Named in the descriptions also as {{.Names}}", "Names", strings.Join(other, ", ")))
	}
	return strings.Join(lines, "\n")
}

// Notes are what the map writes under itself: how a project in several areas counts, and how
// many projects have no known area.
func (m *MapChart) Notes() []string { return m.notes() }

// AreaPoint is where area i's label point lies on a map drawn at width×height: a point
// inside the area (for tests and for pointing at an area from code).
func (m *MapChart) AreaPoint(width, height, i int) (x, y float64) {
	areas := m.tally.Map.Areas
	if i < 0 || i >= len(areas) {
		return -1, -1
	}
	p := m.layout(float64(max(width, 1)), float64(max(height, 1))).toCanvas(areas[i].Label)
	return p.X, p.Y
}
