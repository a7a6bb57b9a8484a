package charts

import (
	"io"
	"math"

	chart "github.com/go-analyze/charts/chartdraw"
	"github.com/go-analyze/charts/chartdraw/drawing"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
)

// recShape is one painted path as the recorder saw it.
type recShape struct {
	points       []pt
	fill, stroke drawing.Color // zero when not painted that way
	width        float64
	dash         []float64
}

type recText struct {
	s    string
	x, y float64
	size float64
}

// recorder is a chart.Renderer that keeps what was drawn, for geometry tests.
type recorder struct {
	font                    *truetype.Font
	size                    float64
	fill, stroke, fontColor drawing.Color
	width                   float64
	dash                    []float64
	path                    []pt
	shapes                  []recShape
	texts                   []recText
}

func newRecorder() *recorder {
	f, _ := chartFont()
	return &recorder{font: f, size: 10}
}

func (r *recorder) ResetStyle()                    {}
func (r *recorder) GetDPI() float64                { return 72 }
func (r *recorder) SetDPI(float64)                 {}
func (r *recorder) SetClassName(string)            {}
func (r *recorder) SetStrokeColor(c drawing.Color) { r.stroke = c }
func (r *recorder) SetFillColor(c drawing.Color)   { r.fill = c }
func (r *recorder) SetStrokeWidth(w float64)       { r.width = w }
func (r *recorder) SetStrokeDashArray(d []float64) { r.dash = d }
func (r *recorder) MoveTo(x, y int)                { r.path = append(r.path[:0], pt{float64(x), float64(y)}) }

func (r *recorder) LineTo(x, y int)            { r.path = append(r.path, pt{float64(x), float64(y)}) }
func (r *recorder) QuadCurveTo(_, _, x, y int) { r.LineTo(x, y) }
func (r *recorder) ArcTo(int, int, float64, float64, float64, float64) {
}
func (r *recorder) Close()                       {}
func (r *recorder) Stroke()                      { r.paint(false, true) }
func (r *recorder) Fill()                        { r.paint(true, false) }
func (r *recorder) FillStroke()                  { r.paint(true, true) }
func (r *recorder) Circle(float64, int, int)     {}
func (r *recorder) SetFont(f *truetype.Font)     { r.font = f }
func (r *recorder) SetFontColor(c drawing.Color) { r.fontColor = c }
func (r *recorder) SetFontSize(s float64)        { r.size = s }
func (r *recorder) SetTextRotation(float64)      {}
func (r *recorder) ClearTextRotation()           {}
func (r *recorder) Save(io.Writer) error         { return nil }
func (r *recorder) Text(s string, x, y int) {
	r.texts = append(r.texts, recText{s, float64(x), float64(y), r.size})
}

func (r *recorder) MeasureText(s string) chart.Box {
	d := font.Drawer{Face: truetype.NewFace(r.font, &truetype.Options{Size: r.size, DPI: 72})}
	return chart.Box{Right: d.MeasureString(s).Ceil(), Bottom: int(r.size)}
}

func (r *recorder) paint(fill, stroke bool) {
	s := recShape{points: append([]pt(nil), r.path...), width: r.width, dash: r.dash}
	if fill {
		s.fill = r.fill
	}
	if stroke {
		s.stroke = r.stroke
	}
	r.shapes = append(r.shapes, s)
	r.path = r.path[:0]
}

// filled returns the shapes filled with col.
func (r *recorder) filled(col drawing.Color) []recShape {
	var out []recShape
	for _, s := range r.shapes {
		if s.fill == col {
			out = append(out, s)
		}
	}
	return out
}

// stroked returns the shapes stroked with col.
func (r *recorder) stroked(col drawing.Color) []recShape {
	var out []recShape
	for _, s := range r.shapes {
		if s.stroke == col && s.fill == (drawing.Color{}) {
			out = append(out, s)
		}
	}
	return out
}

// text returns the first text equal to s.
func (r *recorder) text(s string) (recText, bool) {
	for _, t := range r.texts {
		if t.s == s {
			return t, true
		}
	}
	return recText{}, false
}

// bounds returns the bounding box of a shape.
func (s recShape) bounds() (x0, y0, x1, y1 float64) {
	x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range s.points {
		x0, y0 = math.Min(x0, p.X), math.Min(y0, p.Y)
		x1, y1 = math.Max(x1, p.X), math.Max(y1, p.Y)
	}
	return
}
