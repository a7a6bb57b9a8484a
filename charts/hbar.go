package charts

import (
	"math"
	"strings"

	chart "github.com/go-analyze/charts/chartdraw"
	"github.com/go-analyze/charts/chartdraw/drawing"
)

// hbarValue is one bar: a value that may be unknown, and the text written at its end.
type hbarValue struct {
	v       float64
	known   bool
	text    string // the value as people read it; "n/a" for an unknown one
	flagged bool   // utilisation above 100 %
	series  int
}

// hbarRow is one category: a label on the left and its bars, one per series.
type hbarRow struct {
	label string
	bars  []hbarValue
}

type hbarSeries struct {
	name  string
	color drawing.Color
}

// hbarChart is the one bar layout every funding chart uses: horizontal bars, so long Finnish
// labels and 60 project codes stay readable, on a value axis that starts at 0.
type hbarChart struct {
	title      string
	series     []hbarSeries
	rows       []hbarRow
	legend     bool
	tick       func(v float64) string // axis label of a tick value
	defaultMax float64                // axis end when no value is above 0
	ref        float64                // a dashed reference line at this value; 0 for none
	refLabel   string
	flagLabel  string // legend entry for flagged bars
	empty      string // written when there are no rows
	flagFill   bool   // fill flagged bars in the flag colour (else outline them)
}

// hbarLayout is where things go, in renderer units.
type hbarLayout struct {
	top, bottom, left, right float64 // plot area
	labelX                   float64
	xMax                     float64
	step                     float64
	rowH                     float64
	labelEvery               int
	labelSize, valueSize     float64
}

func (h *hbarChart) Draw(r chart.Renderer, width, height int) error {
	c, err := newCanvas(r, width, height)
	if err != nil {
		return err
	}
	pad := c.fs * 0.8
	y := c.drawTitle(h.title, pad)
	if len(h.rows) == 0 {
		c.text(h.empty, c.w/2, (y+c.h)/2, c.fs, c.look.muted, alignCenter)
		return nil
	}
	if h.legend || h.hasFlag() || h.ref > 0 {
		y = c.drawLegend(h.legendItems(c), pad, y+pad*0.4, c.w-pad)
	}
	l := h.layout(c, pad, y+pad*0.6)
	h.drawAxis(c, l)
	h.drawRef(c, l)
	for i, row := range h.rows {
		h.drawRow(c, l, i, row)
	}
	c.line(l.left, l.top, l.left, l.bottom, c.look.text, 1, nil)
	return nil
}

func (h *hbarChart) hasFlag() bool {
	for _, row := range h.rows {
		for _, b := range row.bars {
			if b.flagged {
				return true
			}
		}
	}
	return false
}

func (h *hbarChart) legendItems(c *canvas) []legendItem {
	var items []legendItem
	if h.legend {
		for _, s := range h.series {
			items = append(items, legendItem{name: s.name, color: s.color, kind: swatchBox})
		}
	}
	if h.hasFlag() {
		kind := swatchFlag
		if h.flagFill {
			kind = swatchBox
		}
		items = append(items, legendItem{name: h.flagLabel, color: colFlag, kind: kind})
	}
	if h.ref > 0 {
		items = append(items, legendItem{name: h.refLabel, color: c.look.text, kind: swatchDash})
	}
	return items
}

// layout measures labels and values and places the plot.
func (h *hbarChart) layout(c *canvas, pad, top float64) hbarLayout {
	l := hbarLayout{top: top, bottom: c.h - pad - c.fs*1.5}
	n := float64(len(h.rows))
	l.rowH = math.Max((l.bottom-l.top)/n, 0.1)
	l.labelSize = math.Min(c.fs, l.rowH*0.85)
	l.labelEvery = 1
	if l.labelSize < 7 {
		l.labelEvery = int(math.Ceil(7 * 1.15 / l.rowH))
		l.labelSize = math.Min(c.fs, 7)
	}
	nb := float64(max(h.barsPerRow(), 1))
	l.valueSize = math.Min(c.fs*0.85, l.rowH*0.8/nb*0.95)
	if l.valueSize < 5.5 { // 5.95 pt at the smallest base size still prints legibly
		l.valueSize = 0
	}
	labelW := 0.0
	for _, row := range h.rows {
		labelW = math.Max(labelW, c.textWidth(row.label, l.labelSize))
	}
	labelW = math.Min(labelW, c.w*0.4)
	l.labelX = pad + labelW
	l.left = l.labelX + pad*0.6
	valueW := 0.0
	if l.valueSize > 0 {
		for _, row := range h.rows {
			for _, b := range row.bars {
				valueW = math.Max(valueW, c.textWidth(b.text, l.valueSize))
			}
		}
	}
	l.right = c.w - pad - math.Min(valueW+pad*0.4, c.w*0.3)
	if l.right-l.left < c.w*0.2 { // a very narrow chart: give the bars room first
		l.left = math.Min(l.left, c.w*0.45)
		l.labelX = l.left - pad*0.6
		l.right = math.Max(l.right, l.left+c.w*0.2)
	}
	l.xMax, l.step = h.axisRange(c, l.right-l.left)
	return l
}

func (h *hbarChart) barsPerRow() int {
	n := 0
	for _, row := range h.rows {
		n = max(n, len(row.bars))
	}
	return n
}

// axisRange picks a nice axis end and step so that tick labels do not collide.
func (h *hbarChart) axisRange(c *canvas, plotW float64) (xMax, step float64) {
	top := 0.0
	for _, row := range h.rows {
		for _, b := range row.bars {
			if b.known && b.v > top && !math.IsInf(b.v, 0) {
				top = b.v
			}
		}
	}
	top = math.Max(top, h.ref*1.1) // the reference line never sits on the plot edge
	if top <= 0 {
		top = h.defaultMax
	}
	labelW := c.textWidth(h.tick(top), c.fs*0.85) + c.fs
	ticks := clamp(math.Floor(plotW/math.Max(labelW*1.3, 1)), 1, 8)
	step = niceStep(top / ticks)
	xMax = step * math.Ceil(top/step-1e-9)
	for xMax/step > ticks+0.5 { // rounding up may have added a tick that does not fit
		step = niceStep(step * 1.01)
		xMax = step * math.Ceil(top/step-1e-9)
	}
	return xMax, step
}

// niceStep rounds v up to 1, 2, 2.5 or 5 times a power of ten.
func niceStep(v float64) float64 {
	if !(v > 0) || math.IsInf(v, 0) {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if v <= m*p*(1+1e-9) {
			return m * p
		}
	}
	return 10 * p
}

func (l hbarLayout) x(v float64) float64 {
	if !(v > 0) {
		return l.left
	}
	return l.left + (l.right-l.left)*math.Min(v/l.xMax, 1.05)
}

// drawAxis draws the grid and tick labels under the plot; the axis always starts at 0.
func (h *hbarChart) drawAxis(c *canvas, l hbarLayout) {
	size := c.fs * 0.85
	ty := l.bottom + c.fs*1.2
	for i := 0; ; i++ {
		v := float64(i) * l.step
		if v > l.xMax*(1+1e-9) || i > 20 {
			break
		}
		x := l.x(v)
		if i > 0 {
			c.line(x, l.top, x, l.bottom, c.look.grid, 1, nil)
		}
		label := h.tick(v)
		a := alignCenter
		if x+c.textWidth(label, size)/2 > c.w-2 {
			a = alignRight
		}
		c.text(label, x, ty, size, c.look.muted, a)
	}
	c.line(l.left, l.bottom, l.right, l.bottom, c.look.axis, 1, nil)
}

func (h *hbarChart) drawRow(c *canvas, l hbarLayout, i int, row hbarRow) {
	y0 := l.top + float64(i)*l.rowH
	if i%l.labelEvery == 0 {
		c.rowLabel(row.label, l.labelX, y0, l.rowH*float64(min(l.labelEvery, 2)), l.labelSize, l.labelX-c.fs*0.8)
	}
	nb := float64(max(len(row.bars), 1))
	barH := l.rowH * 0.8 / nb
	for j, b := range row.bars {
		by := y0 + l.rowH*0.1 + float64(j)*barH
		h.drawBar(c, l, b, by, barH)
	}
	if l.valueSize == 0 {
		h.rowNA(c, l, row, y0)
	}
}

// rowNA writes one "n/a" per row after its longest bar when the bars are too thin for their
// own labels, so an unknown value never passes for a short bar.
func (h *hbarChart) rowNA(c *canvas, l hbarLayout, row hbarRow, y0 float64) {
	size := math.Min(l.labelSize, l.rowH*0.9)
	if size < 5 {
		return
	}
	end, na := l.left, ""
	for _, b := range row.bars {
		if !b.known {
			na = b.text
			continue
		}
		end = math.Max(end, l.x(b.v))
	}
	if na != "" {
		c.text(na, end+3, y0+l.rowH/2+size*0.35, size, c.look.muted, alignLeft)
	}
}

// rowLabel writes a right-aligned category label centred on the row; a long one wraps onto a
// second line when the row is tall enough, else it is shortened.
func (c *canvas) rowLabel(s string, x, y0, rowH, size, maxW float64) {
	mid := y0 + rowH/2
	if maxW <= size || c.textWidth(s, size) <= maxW || rowH < size*2.4 {
		c.text(c.fit(s, size, maxW), x, mid+size*0.35, size, c.look.text, alignRight)
		return
	}
	a, b := splitLine(s)
	c.text(c.fit(a, size, maxW), x, mid-size*0.2, size, c.look.text, alignRight)
	c.text(c.fit(b, size, maxW), x, mid+size*0.95, size, c.look.text, alignRight)
}

// splitLine breaks s at the space nearest its middle.
func splitLine(s string) (string, string) {
	best := -1
	for i, r := range s {
		if r == ' ' && (best < 0 || math.Abs(float64(i)-float64(len(s))/2) < math.Abs(float64(best)-float64(len(s))/2)) {
			best = i
		}
	}
	if best < 0 {
		return s, ""
	}
	return s[:best], strings.TrimSpace(s[best:])
}

func (h *hbarChart) drawBar(c *canvas, l hbarLayout, b hbarValue, y, barH float64) {
	col := c.look.muted
	if b.series >= 0 && b.series < len(h.series) {
		col = h.series[b.series].color
	}
	inner := math.Max(barH*0.92, 0.5)
	textY := y + barH/2 + l.valueSize*0.35
	if !b.known {
		if l.valueSize > 0 {
			c.text(b.text, l.left+3, textY, l.valueSize, c.look.muted, alignLeft)
		}
		return
	}
	x1 := l.x(b.v)
	if b.flagged && h.flagFill {
		col = colFlag
	}
	if x1 > l.left {
		c.fillRect(l.left, y, x1, y+inner, col)
		if inner >= 6 { // an edge keeps light bars visible on white paper
			c.strokePath(rect(l.left, y+0.5, x1-0.5, y+inner-0.5), true, darker(col), 1, nil)
		}
	}
	if b.flagged && !h.flagFill {
		w := math.Max(1, math.Min(2, inner*0.2))
		c.strokePath(rect(l.left+w/2, y+w/2, x1-w/2, y+inner-w/2), true, colFlag, w, nil)
	}
	if l.valueSize > 0 {
		// a white ground keeps the value readable where it crosses a grid or reference line
		tw := c.textWidth(b.text, l.valueSize)
		c.fillRect(x1+1.5, textY-l.valueSize*0.85, x1+4.5+tw, textY+l.valueSize*0.25, c.look.paper)
		c.text(b.text, x1+3, textY, l.valueSize, c.look.text, alignLeft)
	}
}

func (h *hbarChart) drawRef(c *canvas, l hbarLayout) {
	if h.ref <= 0 {
		return
	}
	x := l.x(h.ref)
	c.line(x, l.top-2, x, l.bottom, c.look.text, 1.2, []float64{5, 3})
}

// darker returns col at 70 % brightness.
func darker(col drawing.Color) drawing.Color {
	return drawing.Color{R: uint8(float64(col.R) * 0.7), G: uint8(float64(col.G) * 0.7), B: uint8(float64(col.B) * 0.7), A: col.A}
}
