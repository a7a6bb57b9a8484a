package charts

import (
	"math"
	"strings"

	chart "github.com/go-analyze/charts/chartdraw"

	"vertailu/assets/words"
	"vertailu/charts/geo"
	"vertailu/data"
)

// MapFigure is the figure a map shades its areas by.
type MapFigure int

// The figures a map can show, each summed over an area's projects.
const (
	MapGranted       MapFigure = iota // granted EU+state funding
	MapRealised                       // realised EU+state funding
	MapPlanned                        // planned public funding in total
	MapCount                          // the number of projects
	MapUtilisation                    // realised ÷ granted EU+state of the sums
	MapCostPerPerson                  // planned public total ÷ persons planned
	mapFigureCount
)

// MapFigures lists the figures in the order a screen offers them.
var MapFigures = []MapFigure{MapGranted, MapRealised, MapPlanned, MapCount, MapUtilisation, MapCostPerPerson}

var mapFigureKeys = [mapFigureCount]string{"granted", "realised", "planned", "count", "utilisation", "cost_per_participant"}

// Key is the figure's name on the command line: granted, realised, planned, count,
// utilisation, cost_per_participant.
func (f MapFigure) Key() string {
	if f < 0 || f >= mapFigureCount {
		return mapFigureKeys[0]
	}
	return mapFigureKeys[f]
}

// ParseMapFigure reads a figure's Key.
func ParseMapFigure(s string) (MapFigure, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for i, k := range mapFigureKeys {
		if k == s {
			return MapFigure(i), true
		}
	}
	return MapGranted, false
}

// Name names the figure in lang.
func (f MapFigure) Name(lang string) string {
	l := words.Of(lang)
	switch f {
	case MapRealised:
		return l.T("Realised EU+state")
	case MapPlanned:
		return l.T("Planned public total")
	case MapCount:
		return l.T("Number of projects")
	case MapUtilisation:
		return l.T("Utilisation EU+state")
	case MapCostPerPerson:
		return l.T("column.cost_per_planned_participant")
	}
	return l.T("Granted EU+state")
}

// Of returns the figure of an area's sums (unknown when its projects leave it unknown).
func (f MapFigure) Of(s geo.AreaSums) data.Float {
	switch f {
	case MapCount:
		return data.KnownFloat(float64(s.Count))
	case MapUtilisation:
		return s.UtilisationEUState()
	case MapCostPerPerson:
		return s.CostPerPlannedParticipant()
	}
	v := s.Sum([...]data.Figure{data.GrantedEUState, data.RealisedEUState, data.PlannedPublicTotal}[min(max(f, 0), 2)])
	if !v.Known {
		return data.Float{}
	}
	return data.KnownFloat(float64(v.V))
}

// Format writes a value of the figure as a reader of lang reads it: "95 084 €", "12",
// "98,5 %" in Finnish, "95,084 €", "12", "98.5 %" in English.
func (f MapFigure) Format(v data.Float, lang string) string {
	if !v.Known {
		return data.Unknown(lang)
	}
	switch f {
	case MapCount:
		return data.FormatInt(data.KnownInt(int64(math.Round(v.V))), lang)
	case MapUtilisation:
		return data.FormatPercent(v, lang)
	}
	return data.FormatEuro(data.KnownInt(int64(math.Round(v.V))), lang)
}

// MapOptions choose what a map shows.
type MapOptions struct {
	Level  geo.Level
	Figure MapFigure
	// Selected is the national code of an area to outline ("" for none): the one the table
	// is filtered to.
	Selected string
	// Pointed is the national code of the area under the pointer, outlined thinly ("" for none).
	Pointed string
}

// MapChart is Finland's regions or municipalities shaded by a figure of the projects, with a
// legend of rounded quantile classes, names where they fit, and the boundaries' attribution.
type MapChart struct {
	tally   geo.Tally
	opt     MapOptions
	lang    string
	classes []mapClass
}

// Map counts ps per region or municipality (a project in several counts in each, as the
// Groups view counts it) and shades the map by the chosen figure.
func Map(ps []*data.Project, o MapOptions, lang string) *MapChart {
	return MapOf(geo.Count(ps, o.Level), o, lang)
}

// MapOf shades an existing tally (of o.Level) by the chosen figure.
func MapOf(t geo.Tally, o MapOptions, lang string) *MapChart {
	if t.Map == nil || t.Map != geo.Of(o.Level) || t.Field != geo.FieldOf(o.Level) || len(t.Areas) != len(t.Map.Areas) {
		t = geo.Count(nil, o.Level)
	}
	m := &MapChart{tally: t, opt: o, lang: lang}
	m.classes = classify(m.values(), o.Figure, lang)
	return m
}

// Options are what the map shows.
func (m *MapChart) Options() MapOptions { return m.opt }

// Tally is what the map counted.
func (m *MapChart) Tally() geo.Tally { return m.tally }

// values are the figure of each area, unknown for an area without projects.
func (m *MapChart) values() []data.Float {
	out := make([]data.Float, len(m.tally.Areas))
	for i, s := range m.tally.Areas {
		if s.Count > 0 {
			out[i] = m.opt.Figure.Of(s)
		}
	}
	return out
}

// Draw renders the map into width×height renderer units.
func (m *MapChart) Draw(r chart.Renderer, width, height int) error {
	c, err := newCanvas(r, width, height)
	if err != nil {
		return err
	}
	l := m.layout(c.w, c.h)
	c.drawTitle(m.title(), l.pad)
	m.drawAreas(c, l)
	m.drawNames(c, l)
	m.drawNotes(c, l, m.drawLegend(c, l))
	return nil
}

// AreaAt returns the index (in Tally().Map.Areas) of the area under (x, y) of a map drawn at
// width×height, if any: what a pointer is over.
func (m *MapChart) AreaAt(width, height int, x, y float64) (int, bool) {
	l := m.layout(float64(max(width, 1)), float64(max(height, 1)))
	return m.tally.Map.At(l.toGeo(pt{x, y}))
}

func (m *MapChart) title() string {
	l := words.Of(m.lang)
	id := "{{.Figure}} by region"
	switch m.opt.Level {
	case geo.Municipalities:
		id = "{{.Figure}} by municipality"
	case geo.AuthorityAreas:
		id = "{{.Figure}} by the funding authority’s area"
	}
	return l.T(id, "Figure", m.opt.Figure.Name(m.lang))
}
