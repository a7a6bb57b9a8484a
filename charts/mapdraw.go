package charts

import (
	"math"
	"slices"

	"github.com/go-analyze/charts/chartdraw/drawing"

	"vertailu/assets/words"
	"vertailu/charts/geo"
)

// mapLayout places the map: the plot box, the legend column, the notes and the attribution
// (beside the map when the canvas is wide enough, else at its foot), and the scale from
// ETRS-TM35FIN metres to renderer units.
type mapLayout struct {
	pad, fs              float64
	x0, y0, scale        float64 // canvas = (x0 + (E - minE)·scale, y0 + (maxN - N)·scale)
	minE, maxN           float64
	legendX, legendY     float64
	legendW              float64
	side                 bool    // the notes and the attribution go in the legend column
	sideW                float64 // the width they may wrap to there
	notesY               float64 // at the foot: the baseline of the first note line
	noteSize, creditSize float64
	labelSize            float64
}

// bounds is the box every map is fitted to: the regions', so both levels align.
func bounds() geo.Box { return geo.Of(geo.Regions).Box }

func (m *MapChart) layout(w, h float64) mapLayout {
	fs := baseFontSize(w, h)
	l := mapLayout{pad: fs * 0.8, fs: fs, noteSize: fs * 0.8, creditSize: fs * 0.7, labelSize: fs * 0.75}
	if m.opt.Level == geo.Municipalities {
		l.labelSize = math.Max(fs*0.6, 6)
	}
	l.legendW = math.Min(m.legendWidth(fs), w*0.42)
	top := l.pad + fs*1.2*1.3 + l.pad*0.5
	for _, centre := range []bool{true, false} {
		l.place(w, top, h-l.pad, centre)
		if l.sideW = w - l.legendX - l.pad; l.sideW >= math.Max(l.legendW, fs*14) {
			l.side = true
			return l
		}
	}
	notes := float64(len(m.notes()))
	foot := l.creditSize*1.3 + notes*l.noteSize*1.3 + l.pad*0.3
	l.place(w, top, h-l.pad-foot, true)
	l.notesY = h - l.pad - l.creditSize*1.3 - notes*l.noteSize*1.3 + l.noteSize
	return l
}

// place fits the map between top and bottom, left of the legend column, and puts the column
// just right of it; centre centres the two across the canvas, else the map starts at the left.
func (l *mapLayout) place(w, top, bottom float64, centre bool) {
	right := w - l.pad - l.legendW - l.pad
	b := bounds()
	bw, bh := b.Max.X-b.Min.X, b.Max.Y-b.Min.Y
	l.scale = math.Max(math.Min((right-l.pad)/bw, (bottom-top)/bh), 1e-9)
	l.minE, l.maxN = b.Min.X, b.Max.Y
	l.x0 = l.pad
	if centre {
		l.x0 += math.Max(0, (right-l.pad)-bw*l.scale) / 2
	}
	l.y0 = top
	l.legendX = l.x0 + bw*l.scale + l.pad
	l.legendY = top
}

// legendWidth is the width the legend's entries, heading and class note need.
func (m *MapChart) legendWidth(fs float64) float64 {
	f, _ := chartFont()
	size := fs * 0.9
	w := measure(f, m.opt.Figure.Name(m.lang), size)
	for _, it := range m.legendItems() {
		w = math.Max(w, measure(f, it.name, size)+size*2.6)
	}
	w = math.Max(w, measure(f, words.Of(m.lang).T("classes: quantiles, rounded"), size*0.85))
	return w + fs*0.2
}

func (l mapLayout) toCanvas(p geo.Point) pt {
	return pt{l.x0 + (p.X-l.minE)*l.scale, l.y0 + (l.maxN-p.Y)*l.scale}
}

func (l mapLayout) toGeo(p pt) geo.Point {
	return geo.Point{X: l.minE + (p.X-l.x0)/l.scale, Y: l.maxN - (p.Y-l.y0)/l.scale}
}

// drawAreas fills each area as one path (all its rings), with a white edge; a municipality map
// draws the regions' borders over it, and the selected area is outlined last.
func (m *MapChart) drawAreas(c *canvas, l mapLayout) {
	values := m.values()
	edge := 0.8
	if m.opt.Level == geo.Municipalities {
		edge = 0.35
	}
	areas := m.tally.Map.Areas
	selected, pointed := -1, -1
	for i := range areas {
		switch areas[i].Code {
		case m.opt.Selected:
			selected = i
		case m.opt.Pointed:
			pointed = i
		}
		c.fillRings(l.rings(&areas[i]), m.colorOf(m.tally.Areas[i].Count, values[i]), colBorder, edge)
	}
	if m.opt.Level == geo.Municipalities {
		for i := range geo.Of(geo.Regions).Areas {
			c.strokeRings(l.rings(&geo.Of(geo.Regions).Areas[i]), colRegionLine, 0.7)
		}
	}
	if pointed >= 0 {
		c.strokeRings(l.rings(&areas[pointed]), colText, 1.4)
	}
	if selected >= 0 {
		c.strokeRings(l.rings(&areas[selected]), colFlag, 2.2)
	}
}

// rings are an area's rings on the canvas.
func (l mapLayout) rings(a *geo.Area) [][]pt {
	out := make([][]pt, len(a.Rings))
	for i, r := range a.Rings {
		ps := make([]pt, len(r))
		for j, p := range r {
			ps[j] = l.toCanvas(p)
		}
		out[i] = ps
	}
	return out
}

// fillRings fills (and edges) all rings as one path, so an area is one shape in SVG and PDF.
func (c *canvas) fillRings(rings [][]pt, fill, edge drawing.Color, width float64) {
	if len(rings) == 0 {
		return
	}
	c.r.SetStrokeDashArray(nil)
	c.r.SetFillColor(fill)
	c.r.SetStrokeColor(edge)
	c.r.SetStrokeWidth(width)
	for _, r := range rings {
		c.path(r, true)
	}
	c.r.FillStroke()
}

func (c *canvas) strokeRings(rings [][]pt, col drawing.Color, width float64) {
	c.r.SetFillColor(noColor)
	c.r.SetStrokeColor(col)
	c.r.SetStrokeWidth(width)
	c.r.SetStrokeDashArray(nil)
	for _, r := range rings {
		c.path(r, true)
	}
	c.r.Stroke()
}

// drawNames writes area names where they fit inside their area without touching another
// name, largest areas first.
func (m *MapChart) drawNames(c *canvas, l mapLayout) {
	areas := m.tally.Map.Areas
	order := make([]int, len(areas))
	for i := range order {
		order[i] = i
	}
	size := func(a *geo.Area) float64 { return (a.Box.Max.X - a.Box.Min.X) * (a.Box.Max.Y - a.Box.Min.Y) }
	slices.SortStableFunc(order, func(i, j int) int { return -cmpFloat(size(&areas[i]), size(&areas[j])) })
	values := m.values()
	var placed [][4]float64
	for _, i := range order {
		a := &areas[i]
		name := cleanText(a.Short())
		at := l.toCanvas(a.Label)
		for _, size := range []float64{l.labelSize, math.Max(l.labelSize*0.8, 6)} {
			tw := c.textWidth(name, size)
			box := [4]float64{at.X - tw/2 - 1, at.Y - size*0.75, at.X + tw/2 + 1, at.Y + size*0.3}
			if !m.fits(l, a, box) || overlaps(placed, box) {
				continue
			}
			placed = append(placed, box)
			col := colText
			if dark(m.colorOf(m.tally.Areas[i].Count, values[i])) {
				col = drawing.ColorWhite
			}
			c.text(name, at.X, at.Y+size*0.3, size, col, alignCenter)
			break
		}
	}
}

// fits reports whether a text box lies inside the area: its corners and edge midpoints do.
func (m *MapChart) fits(l mapLayout, a *geo.Area, b [4]float64) bool {
	for _, x := range []float64{b[0], (b[0] + b[2]) / 2, b[2]} {
		for _, y := range []float64{b[1], (b[1] + b[3]) / 2, b[3]} {
			if !a.Contains(l.toGeo(pt{x, y})) {
				return false
			}
		}
	}
	return true
}

func overlaps(placed [][4]float64, b [4]float64) bool {
	for _, p := range placed {
		if b[0] < p[2] && p[0] < b[2] && b[1] < p[3] && p[1] < b[3] {
			return true
		}
	}
	return false
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// legendItems are the classes, then "no projects" and "figure unknown" when the map has such
// areas.
func (m *MapChart) legendItems() []legendItem {
	lw := words.Of(m.lang)
	var items []legendItem
	for _, cl := range m.classes {
		items = append(items, legendItem{name: cl.label, color: cl.color, kind: swatchBox})
	}
	values := m.values()
	var none, unknown bool
	for i, s := range m.tally.Areas {
		none = none || s.Count == 0
		unknown = unknown || (s.Count > 0 && !values[i].Known)
	}
	if unknown {
		items = append(items, legendItem{name: lw.T("figure unknown"), color: colNoFigure, kind: swatchBox})
	}
	if none {
		items = append(items, legendItem{name: lw.T("No projects"), color: colNoProjects, kind: swatchBox})
	}
	return items
}

func (m *MapChart) drawLegend(c *canvas, l mapLayout) float64 {
	size, sw, lineH := c.legendMetrics()
	c.text(c.fit(m.opt.Figure.Name(m.lang), size, l.legendW), l.legendX, l.legendY+size, size, c.look.text, alignLeft)
	y := l.legendY + size*1.5
	for _, it := range m.legendItems() {
		c.swatch(it, l.legendX, y, sw, size)
		if it.color == colNoProjects { // a near-white swatch needs an edge on white paper
			c.strokePath(rect(l.legendX+sw*0.2, y+size*0.15, l.legendX+sw*0.8, y+size*1.05), true, c.look.axis, 0.8, nil)
		}
		c.text(c.fit(it.name, size, l.legendW-sw-size*0.4), l.legendX+sw+size*0.4, y+size*0.95, size, c.look.text, alignLeft)
		y += lineH
	}
	if len(m.classes) > 1 {
		c.text(c.fit(words.Of(m.lang).T("classes: quantiles, rounded"), size*0.85, l.legendW), l.legendX, y+size*0.9, size*0.85, c.look.muted, alignLeft)
		y += lineH
	}
	return y
}

// notes say how a project in several areas counts and how many have no known area.
func (m *MapChart) notes() []string {
	lw := words.Of(m.lang)
	var out []string
	muni := m.opt.Level == geo.Municipalities
	if m.tally.Overlap {
		id := "A project in several regions counts in each of them; the total counts it once."
		if muni {
			id = "A project in several municipalities counts in each of them; the total counts it once."
		}
		out = append(out, lw.T(id))
	}
	if n := m.tally.Unplaced; n > 0 {
		id := "{{.Count}} projects without a known region"
		switch {
		case muni:
			id = "{{.Count}} projects without a known municipality"
		case m.opt.Level == geo.AuthorityAreas:
			id = "{{.Count}} projects of a ministry, a national agency or an authority of no known area"
		}
		out = append(out, lw.N(id, n))
	}
	switch {
	case m.opt.Level == geo.AuthorityAreas:
		out = append(out, lw.T("By the funding authority’s area, not the project’s place: a regional council’s region, an ELY centre’s regions."))
	case muni:
		out = append(out, lw.T("Municipalities from the descriptions (section 6) and, for 2021–2027, the site’s post office."))
	default:
		out = append(out, lw.T("Regions from the descriptions (section 6) and, for 2021–2027, the project’s location (NUTS 3); project lists give no place."))
	}
	return out
}

// drawNotes writes the notes and the attribution: wrapped in the legend column below the
// legend (the attribution at the column's foot), or one line each under the map.
func (m *MapChart) drawNotes(c *canvas, l mapLayout, legendBottom float64) {
	credit := words.Of(m.lang).T("Boundaries: © National Land Survey of Finland, CC BY 4.0")
	if !l.side {
		y := l.notesY
		for _, n := range m.notes() {
			c.text(c.fit(n, l.noteSize, c.w-2*l.pad), l.pad, y, l.noteSize, c.look.text, alignLeft)
			y += l.noteSize * 1.3
		}
		c.text(c.fit(credit, l.creditSize, c.w-2*l.pad), l.pad, c.h-l.pad, l.creditSize, c.look.muted, alignLeft)
		return
	}
	y := legendBottom + l.noteSize
	for _, n := range m.notes() {
		for _, line := range c.wrap(n, l.noteSize, l.sideW) {
			y += l.noteSize * 1.3
			c.text(line, l.legendX, y, l.noteSize, c.look.text, alignLeft)
		}
		y += l.noteSize * 0.4
	}
	lines := c.wrap(credit, l.creditSize, l.sideW)
	y = math.Max(y+l.creditSize*1.6, c.h-l.pad-float64(len(lines)-1)*l.creditSize*1.3)
	for _, line := range lines {
		c.text(line, l.legendX, y, l.creditSize, c.look.muted, alignLeft)
		y += l.creditSize * 1.3
	}
}
