package charts

import (
	"image/color"
	"math"

	"github.com/go-analyze/charts/chartdraw/drawing"
)

// projectPalette alternates dark and light colours (Okabe–Ito based) so neighbours also differ
// in grey; overlays add a dash pattern and a marker of their own on top.
var projectPalette = []drawing.Color{
	{R: 0, G: 90, B: 160, A: 255},    // blue, dark
	{R: 230, G: 159, B: 0, A: 255},   // orange, light
	{R: 0, G: 130, B: 90, A: 255},    // green, middle
	{R: 204, G: 121, B: 167, A: 255}, // pink, light
	{R: 60, G: 60, B: 60, A: 255},    // near black
	{R: 86, G: 180, B: 233, A: 255},  // sky, light
	{R: 213, G: 94, B: 0, A: 255},    // vermillion, middle
	{R: 120, G: 80, B: 160, A: 255},  // purple, dark
}

// ProjectColor returns the colour of the i-th project of a selection: the same i always gives
// the same colour, neighbours differ in hue and in lightness, and the palette repeats after
// eight.
func ProjectColor(i int) drawing.Color {
	n := len(projectPalette)
	return projectPalette[((i%n)+n)%n]
}

// Funding figure colours: EU+state in blues, public total in oranges, at four distinct grey
// levels (about 27 %, 43 %, 63 % and 85 % luminance) so the bars read in grey print too.
var (
	colGranted       = drawing.Color{R: 31, G: 78, B: 121, A: 255}
	colRealised      = drawing.Color{R: 120, G: 170, B: 220, A: 255}
	colPlanned       = drawing.Color{R: 175, G: 95, B: 15, A: 255}
	colRealisedPub   = drawing.Color{R: 250, G: 212, B: 165, A: 255}
	colFlag          = drawing.Color{R: 225, G: 80, B: 30, A: 255} // lighter than the blues in grey
	colText          = drawing.Color{R: 33, G: 33, B: 33, A: 255}
	colMuted         = drawing.Color{R: 100, G: 100, B: 100, A: 255}
	colAxis          = drawing.Color{R: 120, G: 120, B: 120, A: 255}
	colGrid          = drawing.Color{R: 215, G: 215, B: 215, A: 255}
	colDimensionTint = [3]drawing.Color{
		{R: 226, G: 242, B: 222, A: 255}, // ecological: green
		{R: 252, G: 240, B: 214, A: 255}, // economic: sand
		{R: 228, G: 232, B: 248, A: 255}, // social: blue
	}
	colDimensionText = [3]drawing.Color{
		{R: 40, G: 110, B: 40, A: 255},
		{R: 140, G: 95, B: 10, A: 255},
		{R: 50, G: 70, B: 150, A: 255},
	}
)

// lineStyle is how one radar series reads in grey print: a dash pattern and a marker.
type lineStyle struct {
	dash   []float64 // in units of the stroke width; nil is solid
	marker int
}

var lineStyles = []lineStyle{
	{nil, markerCircle},
	{[]float64{6, 3}, markerSquare},
	{[]float64{1.5, 2.5}, markerTriangle},
	{[]float64{8, 3, 2, 3}, markerDiamond},
	{[]float64{12, 4}, markerCross},
	{[]float64{3, 3}, markerX},
}

func styleOf(i int) lineStyle {
	n := len(lineStyles)
	return lineStyles[((i%n)+n)%n]
}

const (
	markerCircle = iota
	markerSquare
	markerTriangle
	markerDiamond
	markerCross
	markerX
)

// scaledDash multiplies a dash pattern by the line width.
func scaledDash(d []float64, w float64) []float64 {
	if d == nil {
		return nil
	}
	out := make([]float64, len(d))
	for i, v := range d {
		out[i] = v * math.Max(w, 1)
	}
	return out
}

// marker draws marker kind m of half-size s at (x, y).
func (c *canvas) marker(m int, x, y, s float64, col drawing.Color) {
	switch m {
	case markerSquare:
		c.fillPoly(rect(x-s*0.85, y-s*0.85, x+s*0.85, y+s*0.85), col)
	case markerTriangle:
		c.fillPoly([]pt{{x, y - s*1.2}, {x + s*1.1, y + s*0.8}, {x - s*1.1, y + s*0.8}}, col)
	case markerDiamond:
		c.fillPoly([]pt{{x, y - s*1.2}, {x + s*1.1, y}, {x, y + s*1.2}, {x - s*1.1, y}}, col)
	case markerCross:
		w := math.Max(s*0.5, 1)
		c.line(x-s*1.1, y, x+s*1.1, y, col, w, nil)
		c.line(x, y-s*1.1, x, y+s*1.1, col, w, nil)
	case markerX:
		w := math.Max(s*0.5, 1)
		c.line(x-s, y-s, x+s, y+s, col, w, nil)
		c.line(x-s, y+s, x+s, y-s, col, w, nil)
	default:
		c.fillPoly(arc(x, y, s, 0, 2*math.Pi), col)
	}
}

// look is the paper a chart is drawn on and the ink of its text, axes and grid. Print and PDF
// use printLook; a screen in a dark theme draws on its own background in light ink.
type look struct {
	paper, text, muted, axis, grid drawing.Color
	dimText                        [3]drawing.Color // the sustainability dimensions' names
}

// printLook is black ink on white paper.
var printLook = look{
	paper: drawing.ColorWhite, text: colText, muted: colMuted, axis: colAxis, grid: colGrid,
	dimText: colDimensionText,
}

// lookOn is the look of a chart drawn on paper: the print look on light paper, light ink on
// dark paper (luminance below a half).
func lookOn(paper color.Color) look {
	r, g, b, _ := paper.RGBA()
	p := drawing.Color{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 255}
	l := printLook
	l.paper = p
	if (0.2126*float64(p.R)+0.7152*float64(p.G)+0.0722*float64(p.B))/255 < 0.5 {
		l.text = drawing.Color{R: 230, G: 230, B: 230, A: 255}
		l.muted = drawing.Color{R: 170, G: 170, B: 170, A: 255}
		l.axis = drawing.Color{R: 150, G: 150, B: 150, A: 255}
		l.grid = drawing.Color{R: 75, G: 75, B: 75, A: 255}
		l.dimText = [3]drawing.Color{
			{R: 140, G: 205, B: 140, A: 255},
			{R: 225, G: 190, B: 110, A: 255},
			{R: 160, G: 180, B: 245, A: 255},
		}
	}
	return l
}
