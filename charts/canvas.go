package charts

import (
	"math"
	"strings"
	"sync"

	chart "github.com/go-analyze/charts/chartdraw"
	"github.com/go-analyze/charts/chartdraw/drawing"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/math/fixed"

	"vertailu/assets"
)

// chartFont is the charts' Roboto (assets.Roboto, also embedded in the PDFs), parsed once and
// set on every renderer: chartdraw's own default Roboto is another cut, without Cyrillic.
var chartFont = sync.OnceValues(func() (*truetype.Font, error) {
	return truetype.Parse(assets.Roboto)
})

// chartdraw's raster renderer draws a rune the font lacks from its own fallback fonts (Noto
// Sans), whose advances the layout never measured and which the PDFs cannot show: such a rune
// overlapped the next word. Without fallbacks it is drawn as the font's missing-glyph box, in
// the PNG as in the PDF. Set once, before any chart is drawn.
func init() { drawing.FallbackFonts = nil }

// noColor is the colour of what is not painted (fill or stroke): transparent, which the SVG
// writer emits as "none" and the PDF renderer skips.
var noColor = drawing.Color{}

// pt is a point in renderer units.
type pt struct{ X, Y float64 }

// canvas wraps a renderer with the few primitives the charts use. Charts draw only paths and
// text through it, never the renderer's Circle or ArcTo, whose meaning differs between
// chartdraw's PNG and SVG renderers and our PDF one.
type canvas struct {
	r    chart.Renderer
	w, h float64
	font *truetype.Font
	fs   float64 // base font size in renderer units
	// wordwise is set for chartdraw's raster renderer: see text.
	wordwise bool
	look     look // paper and ink
}

// newCanvas prepares r: 72 DPI so that font sizes are renderer units, Roboto, and the paper
// (white, unless the renderer asks for another look: RenderImageOn).
func newCanvas(r chart.Renderer, width, height int) (*canvas, error) {
	f, err := chartFont()
	if err != nil {
		return nil, err
	}
	r.SetDPI(72)
	r.ResetStyle()
	r.SetFont(f)
	c := &canvas{r: r, w: float64(max(width, 1)), h: float64(max(height, 1)), font: f}
	if ww, ok := r.(interface{ wordwise() bool }); ok {
		c.wordwise = ww.wordwise()
	}
	c.look = printLook
	if l, ok := r.(interface{ chartLook() look }); ok {
		c.look = l.chartLook()
	}
	c.fs = baseFontSize(c.w, c.h)
	c.fillRect(0, 0, c.w, c.h, c.look.paper)
	return c, nil
}

// baseFontSize is the base font size of a w×h canvas.
func baseFontSize(w, h float64) float64 { return clamp(math.Min(h/24, w/46), 7, 16) }

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

func ri(v float64) int {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return int(math.Round(clamp(v, -1e6, 1e6)))
}

func (c *canvas) path(ps []pt, closed bool) {
	for i, p := range ps {
		if i == 0 {
			c.r.MoveTo(ri(p.X), ri(p.Y))
			continue
		}
		c.r.LineTo(ri(p.X), ri(p.Y))
	}
	if closed {
		c.r.Close()
	}
}

// fillPoly fills a closed polygon.
func (c *canvas) fillPoly(ps []pt, col drawing.Color) {
	if len(ps) < 3 {
		return
	}
	c.r.SetStrokeColor(noColor)
	c.r.SetStrokeWidth(0)
	c.r.SetStrokeDashArray(nil)
	c.r.SetFillColor(col)
	c.path(ps, true)
	c.r.Fill()
}

// strokePath draws a polyline, closed or open, with an optional dash pattern.
func (c *canvas) strokePath(ps []pt, closed bool, col drawing.Color, width float64, dash []float64) {
	if len(ps) < 2 {
		return
	}
	c.r.SetFillColor(noColor)
	c.r.SetStrokeColor(col)
	c.r.SetStrokeWidth(width)
	c.r.SetStrokeDashArray(dash)
	c.path(ps, closed)
	c.r.Stroke()
	c.r.SetStrokeDashArray(nil)
}

func rect(x0, y0, x1, y1 float64) []pt {
	return []pt{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}
}

func (c *canvas) fillRect(x0, y0, x1, y1 float64, col drawing.Color) {
	c.fillPoly(rect(x0, y0, x1, y1), col)
}

func (c *canvas) line(x0, y0, x1, y1 float64, col drawing.Color, width float64, dash []float64) {
	c.strokePath([]pt{{x0, y0}, {x1, y1}}, false, col, width, dash)
}

// align says where a text's x lies: at its start, middle or end.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
)

// setFont selects the font size (renderer units) and colour for text and measuring.
func (c *canvas) setFont(size float64, col drawing.Color) {
	c.r.SetFont(c.font)
	c.r.SetFontSize(size)
	c.r.SetFontColor(col)
	c.r.SetFillColor(noColor)
	c.r.SetStrokeColor(noColor)
}

// textWidth measures s at size. Every renderer gets the same measure, from Roboto's advance
// widths and kerning, so PNG, SVG and PDF lay out alike (and measuring stays cheap, with no font
// face built per renderer).
func (c *canvas) textWidth(s string, size float64) float64 {
	return measure(c.font, s, size)
}

func measure(f *truetype.Font, s string, size float64) float64 {
	if s == "" || f == nil {
		return 0
	}
	upm := fixed.Int26_6(f.FUnitsPerEm())
	var sum fixed.Int26_6
	prev, hasPrev := truetype.Index(0), false
	for _, r := range s {
		i := f.Index(r)
		if hasPrev {
			sum += f.Kern(upm, prev, i)
		}
		sum += f.HMetric(upm, i).AdvanceWidth
		prev, hasPrev = i, true
	}
	return float64(sum) / float64(upm) * size
}

// text writes s with its baseline at y, aligned at x.
func (c *canvas) text(s string, x, y, size float64, col drawing.Color, a align) {
	s = cleanText(s)
	if s == "" {
		return
	}
	c.setFont(size, col)
	switch a {
	case alignCenter:
		x -= c.textWidth(s, size) / 2
	case alignRight:
		x -= c.textWidth(s, size)
	}
	if !c.wordwise || !strings.Contains(s, " ") {
		c.r.Text(s, ri(x), ri(y))
		return
	}
	// chartdraw's rasteriser slows down quadratically with the glyphs of one Text call, so
	// raster text goes word by word at the positions the whole line would give them.
	start := 0
	for i, r := range s {
		if r != ' ' {
			continue
		}
		if i > start {
			c.r.Text(s[start:i], ri(x+c.textWidth(s[:start], size)), ri(y))
		}
		start = i + 1
	}
	if start < len(s) {
		c.r.Text(s[start:], ri(x+c.textWidth(s[:start], size)), ri(y))
	}
}

// fit shortens s with an ellipsis until it is at most maxW wide at size ("" when nothing fits).
func (c *canvas) fit(s string, size, maxW float64) string {
	s = cleanText(s)
	if c.textWidth(s, size) <= maxW {
		return s
	}
	rs := []rune(s)
	lo, hi := 0, len(rs) // the longest prefix that fits with "…" is in [lo, hi)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if c.textWidth(strings.TrimSpace(string(rs[:mid]))+"…", size) <= maxW {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return strings.TrimSpace(string(rs[:lo])) + "…"
}

// wrap breaks s into lines at most maxW wide at size, at spaces (a word longer than a line is
// shortened to fit).
func (c *canvas) wrap(s string, size, maxW float64) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(cleanText(s)) {
		next := w
		if line != "" {
			next = line + " " + w
		}
		if line != "" && c.textWidth(next, size) > maxW {
			lines = append(lines, c.fit(line, size, maxW))
			next = w
		}
		line = next
	}
	if line != "" {
		lines = append(lines, c.fit(line, size, maxW))
	}
	return lines
}

// cleanText keeps one line of printable text (see CleanText).
func cleanText(s string) string { return CleanText(s, false) }

// arc returns points on a circle around (cx, cy) from angle a0 to a1 (radians, clockwise on
// screen from the x axis), at least one point every 6 degrees.
func arc(cx, cy, radius, a0, a1 float64) []pt {
	n := int(math.Ceil(math.Abs(a1-a0)/(math.Pi/30))) + 1
	if n < 2 {
		n = 2
	}
	ps := make([]pt, 0, n)
	for i := range n {
		a := a0 + (a1-a0)*float64(i)/float64(n-1)
		ps = append(ps, pt{cx + radius*math.Cos(a), cy + radius*math.Sin(a)})
	}
	return ps
}
