package charts

import (
	"math"
	"strconv"

	"github.com/go-analyze/charts/chartdraw/drawing"
)

// swatch kinds of a legend entry.
const (
	swatchBox  = iota // a filled square: a bar series
	swatchFlag        // an outlined square: a flagged bar
	swatchDash        // a dashed line: a reference line
	swatchLine        // a line with a marker and dash: a radar series
	swatchNone        // no swatch: a note such as "+12 more"
)

type legendItem struct {
	name   string
	note   string // said after the name, never shortened: " (scores missing)"
	color  drawing.Color
	kind   int
	style  lineStyle
	stroke float64
}

// drawTitle writes the title in the top left and returns the y below it.
func (c *canvas) drawTitle(title string, pad float64) float64 {
	size := c.fs * 1.2
	y := pad + size
	c.text(c.fit(title, size, c.w-2*pad), pad, y, size, c.look.text, alignLeft)
	return y + size*0.3
}

// legendMetrics are the sizes of one legend entry for the canvas' base font size.
func (c *canvas) legendMetrics() (size, sw, lineH float64) {
	size = c.fs * 0.9
	return size, size * 2.2, size * 1.5
}

// drawLegend flows the entries left to right from (x, y), wrapping at maxX; it returns the y
// below the last line.
func (c *canvas) drawLegend(items []legendItem, x, y, maxX float64) float64 {
	size, sw, lineH := c.legendMetrics()
	cx, cy := x, y
	for _, it := range items {
		name := c.fitItem(it, size, maxX-x-sw-size*0.5)
		w := sw + size*0.4 + c.textWidth(name, size) + size*1.2
		if cx > x && cx+w > maxX {
			cx, cy = x, cy+lineH
		}
		c.swatch(it, cx, cy, sw, size)
		c.text(name, cx+sw+size*0.4, cy+size*0.95, size, c.look.text, alignLeft)
		cx += w
	}
	return cy + lineH
}

// drawLegendColumn lists the entries one per line from (x, y), each shortened to maxW.
func (c *canvas) drawLegendColumn(items []legendItem, x, y, maxW float64) float64 {
	size, sw, lineH := c.legendMetrics()
	for _, it := range items {
		c.swatch(it, x, y, sw, size)
		c.text(c.fitItem(it, size, maxW-sw-size*0.4), x+sw+size*0.4, y+size*0.95, size, c.look.text, alignLeft)
		y += lineH
	}
	return y
}

// fitItem is an entry's name shortened to maxW with its note whole after it: a cut name
// still reads, a cut note ("(pisteet p…") does not.
func (c *canvas) fitItem(it legendItem, size, maxW float64) string {
	if it.note == "" {
		return c.fit(it.name, size, maxW)
	}
	return c.fit(it.name, size, maxW-c.textWidth(it.note, size)) + it.note
}

func (c *canvas) swatch(it legendItem, x, y, sw, size float64) {
	mid := y + size*0.6
	switch it.kind {
	case swatchFlag:
		w := math.Max(1, size*0.15)
		c.strokePath(rect(x+sw*0.2, y+size*0.15, x+sw*0.8, y+size*1.05), true, it.color, w, nil)
	case swatchDash:
		c.line(x, mid, x+sw, mid, it.color, 1.2, []float64{5, 3})
	case swatchNone:
	case swatchLine:
		w := math.Max(it.stroke, 1)
		c.line(x, mid, x+sw, mid, it.color, w, scaledDash(it.style.dash, w))
		c.marker(it.style.marker, x+sw/2, mid, size*0.3, it.color)
	default:
		c.fillRect(x+sw*0.2, y+size*0.15, x+sw*0.8, y+size*1.05, it.color)
	}
}

// capLegend keeps at most n entries, the last of them saying how many were left out.
func capLegend(items []legendItem, n int, more string) []legendItem {
	if len(items) <= n {
		return items
	}
	n = max(n, 1)
	left := len(items) - (n - 1)
	out := append([]legendItem(nil), items[:n-1]...)
	return append(out, legendItem{name: "+" + strconv.Itoa(left) + " " + more, kind: swatchNone})
}

// legendLines is how many lines drawLegend needs for items between x and maxX.
func (c *canvas) legendLines(items []legendItem, x, maxX float64) int {
	size, sw, _ := c.legendMetrics()
	cx, lines := x, 1
	for _, it := range items {
		name := c.fitItem(it, size, maxX-x-sw-size*0.5)
		w := sw + size*0.4 + c.textWidth(name, size) + size*1.2
		if cx > x && cx+w > maxX {
			cx, lines = x, lines+1
		}
		cx += w
	}
	return lines
}

// fitLegend caps items so that drawLegend needs at most maxLines lines.
func (c *canvas) fitLegend(items []legendItem, x, maxX float64, maxLines int, more string) []legendItem {
	for n := len(items); n > 1; n-- {
		capped := capLegend(items, n, more)
		if c.legendLines(capped, x, maxX) <= maxLines {
			return capped
		}
	}
	return capLegend(items, 1, more)
}
