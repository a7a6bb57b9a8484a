package charts

import (
	"math"
	"strconv"

	chart "github.com/go-analyze/charts/chartdraw"
	"github.com/go-analyze/charts/chartdraw/drawing"

	"vertailu/data"
)

// radarMax is the top of the sustainability score scale; rings are drawn every radarStep.
const (
	radarMax  = 10.0
	radarStep = 2.0
)

// radarAxis is one spoke: its label on the rim, its name in the key and its dimension.
type radarAxis struct {
	rim, name string
	dim       data.Dimension
}

type radarSeries struct {
	name   string
	values []data.Float // one per axis; unknown scores leave a gap
	idx    int          // colour, dash and marker index
}

// radarChart draws any number of series on n axes from the top, clockwise, tinting the
// dimension sectors.
type radarChart struct {
	title   string
	axes    []radarAxis
	keyed   bool // rim shows numbers; a key lists the names under dimension headings
	series  []radarSeries
	lang    string
	empty   string
	missing string // appended to a series name whose scores are all unknown
	more    string // "more", for a legend too long to show whole
}

// singleRadar is one project, direct and indirect.
func singleRadar(p *data.Project, lang string) Chart {
	l := labels(lang)
	rc := criteriaRadar(l[lRadarTitle], lang)
	if p == nil {
		return rc
	}
	if t := ProjectLabel(p); t != "" {
		rc.title += ": " + t
	}
	rc.series = []radarSeries{
		{name: l[lDirect], values: scores(p, Direct), idx: 0},
		{name: l[lIndirect], values: scores(p, Indirect), idx: 1},
	}
	return rc
}

// overlayRadar is one series of several projects.
func overlayRadar(ps []*data.Project, s Series, lang string) Chart {
	rc := criteriaRadar(labels(lang)[lOverlayTitle]+": "+seriesName(s, lang), lang)
	for i, p := range ps {
		if p == nil {
			continue
		}
		rc.series = append(rc.series, radarSeries{name: ProjectLabel(p), values: scores(p, s), idx: i})
	}
	return rc
}

// dimensionRadar is the three dimension means of one series, one polygon per project.
func dimensionRadar(ps []*data.Project, s Series, lang string) Chart {
	l := labels(lang)
	rc := &radarChart{
		title: l[lDimTitle] + ": " + seriesName(s, lang), lang: lang,
		empty: l[lNoProjects], missing: l[lUnknownScores], more: l[lMore],
	}
	for _, d := range data.Dimensions {
		rc.axes = append(rc.axes, radarAxis{rim: dimensionShort(d, lang), name: dimensionName(d, lang), dim: d})
	}
	for i, p := range ps {
		if p == nil {
			continue
		}
		m := p.Derived.Direct
		if s == Indirect {
			m = p.Derived.Indirect
		}
		vals := []data.Float{m.Ecological, m.Economic, m.Social}
		rc.series = append(rc.series, radarSeries{name: ProjectLabel(p), values: vals, idx: i})
	}
	return rc
}

func criteriaRadar(title, lang string) *radarChart {
	l := labels(lang)
	rc := &radarChart{
		title: title, keyed: true, lang: lang, empty: l[lNoProjects],
		missing: l[lUnknownScores], more: l[lMore],
	}
	for i, c := range data.Criteria {
		rc.axes = append(rc.axes, radarAxis{rim: strconv.Itoa(i + 1), name: criterionShort(i, lang), dim: c.Dimension})
	}
	return rc
}

// scores returns the 15 scores of one series as floats.
func scores(p *data.Project, s Series) []data.Float {
	out := make([]data.Float, len(p.Sustainability))
	for i, c := range p.Sustainability {
		v := c.Direct
		if s == Indirect {
			v = c.Indirect
		}
		if v.Known {
			out[i] = data.KnownFloat(float64(v.V))
		}
	}
	return out
}

// angle of axis i of n: the first points up, the rest follow clockwise.
func angle(i, n int) float64 {
	return -math.Pi/2 + 2*math.Pi*float64(i)/float64(max(n, 1))
}

// vertex is where value v lies on axis i of n around (cx, cy) with outer radius r.
func vertex(cx, cy, r float64, i, n int, v float64) pt {
	a := angle(i, n)
	d := r * clamp(v, 0, radarMax) / radarMax
	return pt{cx + d*math.Cos(a), cy + d*math.Sin(a)}
}

func (rc *radarChart) legendItems(stroke float64) []legendItem {
	items := make([]legendItem, 0, len(rc.series))
	for _, s := range rc.series {
		note := ""
		if !anyKnown(s.values) {
			note = " (" + rc.missing + ")"
		}
		items = append(items, legendItem{
			name: s.name, note: note, color: ProjectColor(s.idx), kind: swatchLine,
			style: styleOf(s.idx), stroke: stroke,
		})
	}
	return items
}

// HasScores reports whether any of ps has a known score in series s: without one a radar
// is an empty web, and the comparison and the pack say so in words instead.
func HasScores(ps []*data.Project, s Series) bool {
	for _, p := range ps {
		if p != nil && anyKnown(scores(p, s)) {
			return true
		}
	}
	return false
}

func anyKnown(vs []data.Float) bool {
	for _, v := range vs {
		if v.Known {
			return true
		}
	}
	return false
}

func (rc *radarChart) Draw(r chart.Renderer, width, height int) error {
	c, err := newCanvas(r, width, height)
	if err != nil {
		return err
	}
	pad := c.fs * 0.8
	top := c.drawTitle(rc.title, pad) + pad*0.3
	if len(rc.series) == 0 {
		c.text(rc.empty, c.w/2, (top+c.h)/2, c.fs, c.look.muted, alignCenter)
		return nil
	}
	stroke := math.Max(1.5, c.fs*0.16)
	box := area{pad, top, c.w - pad, c.h - pad}
	if c.w >= c.h*1.2 {
		box = rc.sidePanel(c, box, stroke)
	} else {
		box = rc.bottomPanel(c, box, stroke)
	}
	rc.drawRadar(c, box, stroke)
	return nil
}

// area is a rectangle in renderer units.
type area struct{ x0, y0, x1, y1 float64 }

func (a area) w() float64 { return a.x1 - a.x0 }
func (a area) h() float64 { return a.y1 - a.y0 }

// sidePanel draws the legend and the key on the right and returns the area left for the radar.
func (rc *radarChart) sidePanel(c *canvas, box area, stroke float64) area {
	size, sw, lineH := c.legendMetrics()
	keyH := 0.0
	if rc.keyed {
		keyH = 18*6*1.3 + size*0.5 // the key at its smallest readable size
	}
	fits := int(math.Floor((box.h() - keyH) / lineH))
	items := capLegend(rc.legendItems(stroke), max(fits, 1), rc.more)
	panelW := 0.0
	for _, it := range items {
		panelW = math.Max(panelW, sw+size*0.4+c.textWidth(it.name+it.note, size))
	}
	ks := rc.keySize(c, box.h()-float64(len(items))*size*1.5-size)
	if rc.keyed {
		for _, a := range rc.axes {
			panelW = math.Max(panelW, c.textWidth("15  "+a.name, ks))
		}
		for _, d := range data.Dimensions {
			panelW = math.Max(panelW, ks*1.6+c.textWidth(dimensionName(d, rc.lang), ks))
		}
	}
	panelW = math.Min(panelW+size, box.w()*0.45)
	x := box.x1 - panelW
	y := c.drawLegendColumn(items, x, box.y0, panelW)
	if rc.keyed {
		rc.drawKeyColumn(c, x, y+size*0.5, panelW, ks)
	}
	return area{box.x0, box.y0, x - c.fs, box.y1}
}

// bottomPanel flows the legend under the title and puts the key in three columns at the
// bottom, returning the area between them.
func (rc *radarChart) bottomPanel(c *canvas, box area, stroke float64) area {
	items := c.fitLegend(rc.legendItems(stroke), box.x0, box.x1, 3, rc.more)
	y := c.drawLegend(items, box.x0, box.y0, box.x1)
	if !rc.keyed {
		return area{box.x0, y, box.x1, box.y1}
	}
	ks := rc.keySize(c, (box.y1-y)*0.35*3)
	keyH := 6 * ks * 1.3
	colW := box.w() / 3
	for di, d := range data.Dimensions {
		rc.drawKeyDimension(c, d, box.x0+float64(di)*colW, box.y1-keyH, colW-c.fs*0.5, ks)
	}
	return area{box.x0, y, box.x1, box.y1 - keyH - c.fs*0.5}
}

// keySize is the font size that fits the 18 key lines into height h.
func (rc *radarChart) keySize(c *canvas, h float64) float64 {
	if !rc.keyed {
		return c.fs * 0.85
	}
	return clamp(h/18/1.3, 6, c.fs*0.85)
}

func (rc *radarChart) drawKeyColumn(c *canvas, x, y, w, ks float64) {
	for _, d := range data.Dimensions {
		y = rc.drawKeyDimension(c, d, x, y, w, ks)
	}
}

// drawKeyDimension writes one dimension's heading with its tint and its numbered axes.
func (rc *radarChart) drawKeyDimension(c *canvas, d data.Dimension, x, y, w, ks float64) float64 {
	lineH := ks * 1.3
	c.fillRect(x, y+ks*0.1, x+ks*1.1, y+ks*1.2, colDimensionTint[d])
	c.strokePath(rect(x, y+ks*0.1, x+ks*1.1, y+ks*1.2), true, c.look.dimText[d], 1, nil)
	c.text(c.fit(dimensionName(d, rc.lang), ks, w-ks*1.6), x+ks*1.6, y+ks, ks, c.look.dimText[d], alignLeft)
	y += lineH
	numW := c.textWidth("15", ks) + ks*0.5
	for i, a := range rc.axes {
		if a.dim != d {
			continue
		}
		c.text(strconv.Itoa(i+1), x+numW-ks*0.5, y+ks, ks, c.look.muted, alignRight)
		c.text(c.fit(a.name, ks, w-numW), x+numW, y+ks, ks, c.look.text, alignLeft)
		y += lineH
	}
	return y
}

// drawRadar draws sectors, rings, spokes, rim labels and the series inside box.
func (rc *radarChart) drawRadar(c *canvas, box area, stroke float64) {
	n := len(rc.axes)
	rimSize := c.fs * 0.9
	if !rc.keyed {
		rimSize = c.fs
	}
	cx, cy, radius := rc.fit(c, box, rimSize)
	if radius < 5 {
		return
	}
	rc.drawSectors(c, cx, cy, radius)
	rc.drawGrid(c, cx, cy, radius)
	for i, a := range rc.axes {
		rc.rimLabel(c, a.rim, cx, cy, radius, i, n, rimSize, c.look.dimText[a.dim])
	}
	for _, s := range rc.series {
		rc.drawSeries(c, s, cx, cy, radius, stroke)
	}
	if !rc.keyed && len(rc.series) == 1 {
		rc.drawValues(c, rc.series[0], cx, cy, radius)
	}
}

// drawValues writes the means beside a lone series' vertices (the compact dimension radar).
func (rc *radarChart) drawValues(c *canvas, s radarSeries, cx, cy, r float64) {
	n := len(rc.axes)
	size := c.fs * 0.85
	for i := 0; i < n && i < len(s.values); i++ {
		if !s.values[i].Known {
			continue
		}
		p := vertex(cx, cy, r, i, n, s.values[i].V)
		label := data.FormatFloat(s.values[i], 1, rc.lang)
		tw := c.textWidth(label, size)
		ang := angle(i, n)
		x, y, a := labelAnchor(p.X, p.Y, ang, size*0.8, size)
		switch a {
		case alignCenter:
			x -= tw / 2
		case alignRight:
			x -= tw
		}
		c.fillRect(x-1, y-size*0.85, x+tw+1, y+size*0.25, c.look.paper)
		c.text(label, x, y, size, c.look.text, alignLeft)
	}
}

// labelAnchor places a label of font size beside (x, y), gap further along direction ang: it
// returns the anchor, the baseline and the alignment that keep the text outward.
func labelAnchor(x, y, ang, gap, size float64) (float64, float64, align) {
	x, y = x+gap*math.Cos(ang), y+gap*math.Sin(ang)
	a := alignCenter
	switch {
	case math.Cos(ang) > 0.3:
		a = alignLeft
	case math.Cos(ang) < -0.3:
		a = alignRight
	}
	base := y + size*0.35
	switch {
	case math.Sin(ang) < -0.3:
		base = y
	case math.Sin(ang) > 0.3:
		base = y + size*0.8
	}
	return x, base, a
}

// fit returns the largest radius whose rim labels stay inside box and the centre that uses the
// box's height best (a triangle needs less room below its centre than above).
func (rc *radarChart) fit(c *canvas, box area, size float64) (cx, cy, r float64) {
	n := len(rc.axes)
	gap := size * 0.5
	r = box.w() / 2
	up, down, labelUp, labelDown := 0.0, 0.0, 0.0, 0.0
	for i, a := range rc.axes {
		ang := angle(i, n)
		cos, sin := math.Cos(ang), math.Sin(ang)
		if math.Abs(cos) > 0.05 {
			tw := c.textWidth(a.rim, size)
			r = math.Min(r, (box.w()/2-gap-tw*labelShare(cos))/math.Abs(cos))
		}
		up, down = math.Max(up, -sin), math.Max(down, sin)
		if sin < -0.3 {
			labelUp = gap + size*1.1
		}
		if sin > 0.3 {
			labelDown = gap + size*1.1
		}
	}
	if up+down > 0 {
		r = math.Min(r, (box.h()-labelUp-labelDown)/(up+down))
	}
	r = math.Max(r, 0)
	extra := (box.h() - labelUp - labelDown - r*(up+down)) / 2
	return box.x0 + box.w()/2, box.y0 + labelUp + math.Max(extra, 0) + r*up, r
}

// labelShare is how much of a rim label's width lies outward of its anchor.
func labelShare(cos float64) float64 {
	switch {
	case math.Abs(cos) > 0.3:
		return 1
	default:
		return 0.5
	}
}

func (rc *radarChart) rimLabel(c *canvas, s string, cx, cy, r float64, i, n int, size float64, col drawing.Color) {
	ang := angle(i, n)
	x, y := cx+r*math.Cos(ang), cy+r*math.Sin(ang)
	x, base, a := labelAnchor(x, y, ang, size*0.5, size)
	c.text(s, x, base, size, col, a)
}

// drawSectors tints each dimension's share of the outer ring: from the middle of the edge
// before its first axis to the middle of the edge after its last.
func (rc *radarChart) drawSectors(c *canvas, cx, cy, r float64) {
	n := len(rc.axes)
	v := func(i int) pt { return vertex(cx, cy, r, (i+n)%n, n, radarMax) }
	mid := func(a, b pt) pt { return pt{(a.X + b.X) / 2, (a.Y + b.Y) / 2} }
	for i := 0; i < n; {
		j := i
		for j+1 < n && rc.axes[j+1].dim == rc.axes[i].dim {
			j++
		}
		ps := []pt{{cx, cy}, mid(v(i-1), v(i))}
		for k := i; k <= j; k++ {
			ps = append(ps, v(k))
		}
		ps = append(ps, mid(v(j), v(j+1)))
		if n <= 2 { // no polygon to follow: a full circle
			ps = append([]pt{{cx, cy}}, arc(cx, cy, r, 0, 2*math.Pi)...)
		}
		c.fillPoly(ps, colDimensionTint[rc.axes[i].dim])
		i = j + 1
	}
}

// drawGrid draws the rings at 0, 2, …, 10 as polygons, the spokes and the ring values.
func (rc *radarChart) drawGrid(c *canvas, cx, cy, r float64) {
	n := len(rc.axes)
	for i := range n {
		p := vertex(cx, cy, r, i, n, radarMax)
		c.line(cx, cy, p.X, p.Y, c.look.grid, 1, nil)
	}
	size := c.fs * 0.75
	for v := radarStep; v <= radarMax; v += radarStep {
		ring := make([]pt, n)
		for i := range n {
			ring[i] = vertex(cx, cy, r, i, n, v)
		}
		col := c.look.grid
		if v == radarMax {
			col = c.look.axis
		}
		c.strokePath(ring, true, col, 1, nil)
		if r > size*8 {
			c.text(strconv.Itoa(int(v)), cx+3, vertex(cx, cy, r, 0, n, v).Y+size*0.9, size, c.look.muted, alignLeft)
		}
	}
	c.marker(markerCircle, cx, cy, 1.5, c.look.axis) // the 0 ring
}

// drawSeries joins consecutive known scores; an unknown score leaves a gap on both sides.
func (rc *radarChart) drawSeries(c *canvas, s radarSeries, cx, cy, r, stroke float64) {
	n := len(rc.axes)
	col, st := ProjectColor(s.idx), styleOf(s.idx)
	dash := scaledDash(st.dash, stroke)
	if allKnown(s.values, n) {
		ring := make([]pt, n)
		for i := range n {
			ring[i] = vertex(cx, cy, r, i, n, s.values[i].V)
		}
		c.strokePath(ring, true, col, stroke, dash)
	} else {
		for i := range n {
			j := (i + 1) % n
			if i < len(s.values) && j < len(s.values) && s.values[i].Known && s.values[j].Known {
				a, b := vertex(cx, cy, r, i, n, s.values[i].V), vertex(cx, cy, r, j, n, s.values[j].V)
				c.strokePath([]pt{a, b}, false, col, stroke, dash)
			}
		}
	}
	ms := math.Max(stroke*1.6, 2.5)
	for i := 0; i < n && i < len(s.values); i++ {
		if s.values[i].Known {
			p := vertex(cx, cy, r, i, n, s.values[i].V)
			c.marker(st.marker, p.X, p.Y, ms, col)
		}
	}
}

func allKnown(vs []data.Float, n int) bool {
	if len(vs) < n {
		return false
	}
	for _, v := range vs[:n] {
		if !v.Known {
			return false
		}
	}
	return true
}
