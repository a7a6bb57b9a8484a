package charts

import (
	"math"
	"slices"

	"github.com/go-analyze/charts/chartdraw/drawing"

	"vertailu/data"
)

// mapClass is one legend class: the values from lo (inclusive) up to the next class's lo.
type mapClass struct {
	lo    float64
	color drawing.Color
	label string
}

// mapRamp is a sequential blue ramp (ColorBrewer Blues), light to dark, at distinct grey
// levels so the classes read in grey print too.
var mapRamp = []drawing.Color{
	{R: 198, G: 219, B: 239, A: 255},
	{R: 158, G: 202, B: 225, A: 255},
	{R: 107, G: 174, B: 214, A: 255},
	{R: 49, G: 130, B: 189, A: 255},
	{R: 8, G: 69, B: 148, A: 255},
}

var (
	colNoProjects = drawing.Color{R: 242, G: 242, B: 242, A: 255} // an area without projects
	colNoFigure   = drawing.Color{R: 190, G: 190, B: 190, A: 255} // projects, figure unknown
	colBorder     = drawing.ColorWhite
	colRegionLine = drawing.Color{R: 90, G: 90, B: 90, A: 255}
)

// classify splits the known values into at most five classes at quantiles rounded to two
// significant digits (whole percents for a utilisation, whole numbers for a count), so the
// legend reads "50 000 – 120 000 €", not "49 871 – 118 254 €".
func classify(values []data.Float, f MapFigure, lang string) []mapClass {
	var vs []float64
	for _, v := range values {
		if v.Known && !math.IsNaN(v.V) && !math.IsInf(v.V, 0) {
			vs = append(vs, v.V)
		}
	}
	if len(vs) == 0 {
		return nil
	}
	slices.Sort(vs)
	distinct := len(slices.Compact(slices.Clone(vs)))
	k := min(len(mapRamp), distinct)
	breaks := []float64{vs[0]}
	for i := 1; i < k; i++ {
		b := roundBreak(vs[i*len(vs)/k], f)
		if b > breaks[len(breaks)-1] && b <= vs[len(vs)-1] {
			breaks = append(breaks, b)
		}
	}
	classes := make([]mapClass, len(breaks))
	for i, b := range breaks {
		classes[i] = mapClass{lo: b, color: mapRamp[rampIndex(i, len(breaks))]}
	}
	for i := range classes {
		classes[i].label = classLabel(classes, i, vs[len(vs)-1], f, lang)
	}
	return classes
}

// rampIndex spreads n classes over the ramp; fewer than five skip its lightest colour, which
// is close to the grey of an area without projects, and a single class is a clear blue.
func rampIndex(i, n int) int {
	last := len(mapRamp) - 1
	if n <= 1 {
		return last - 1
	}
	lo := 1
	if n >= len(mapRamp) {
		lo = 0
	}
	return lo + int(math.Round(float64(i)*float64(last-lo)/float64(n-1)))
}

// roundBreak rounds a class break to a value people read at a glance.
func roundBreak(v float64, f MapFigure) float64 {
	switch f {
	case MapCount:
		return math.Round(v)
	case MapUtilisation:
		return math.Round(v*100) / 100
	}
	if v <= 0 {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(v))-1)
	return math.Round(v/p) * p
}

// classLabel writes a class as "lo – hi", the first as "≤ hi" would hide the smallest value,
// so every class shows the range it covers: the first starts at the smallest value and the
// last ends at the largest.
func classLabel(cs []mapClass, i int, top float64, f MapFigure, lang string) string {
	lo := cs[i].lo
	hi := top
	if i+1 < len(cs) {
		hi = cs[i+1].lo
		if f == MapCount {
			hi-- // whole numbers: 1 – 2, 3 – 5
		}
	}
	a, b := f.breakText(lo, lang), f.breakText(hi, lang)
	if a == b || hi <= lo {
		return a
	}
	return a + " – " + b
}

// breakText writes a class bound: whole euros, whole percents, whole projects.
func (f MapFigure) breakText(v float64, lang string) string {
	if f == MapUtilisation {
		return data.FormatDecimal(v*100, 0, lang) + "\u00a0%"
	}
	return f.Format(data.KnownFloat(v), lang)
}

// classOf returns the colour of a value: no projects, figure unknown, or its class.
func (m *MapChart) colorOf(count int, v data.Float) drawing.Color {
	switch {
	case count == 0:
		return colNoProjects
	case !v.Known || len(m.classes) == 0:
		return colNoFigure
	}
	col := m.classes[0].color
	for _, c := range m.classes {
		if v.V >= c.lo {
			col = c.color
		}
	}
	return col
}

// dark reports whether text on col should be white.
func dark(col drawing.Color) bool {
	return 0.2126*float64(col.R)+0.7152*float64(col.G)+0.0722*float64(col.B) < 128
}
