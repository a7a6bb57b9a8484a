package charts

import (
	"errors"
	"fmt"
	"io"
	"math"
	"time"

	"codeberg.org/go-pdf/fpdf"
	chart "github.com/go-analyze/charts/chartdraw"
	"github.com/go-analyze/charts/chartdraw/drawing"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"

	"vertailu/assets"
)

// PDFFontFamily is the family name under which DrawPDF registers the charts' Roboto in a
// document, so text in the PDF has the metrics the layout was measured with.
const PDFFontFamily = "VertailuChartRoboto"

// pdfEpoch is the fixed creation and modification date of WritePDF's documents.
var pdfEpoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// DrawPDF draws c as vector paths and real text into the box (x, y, w, h) of pdf's current
// page, in the pdf's units. It registers the Roboto font it needs once per document and
// restores the caller's font, colours and line width afterwards (the dash pattern is left
// solid). The canvas has one renderer unit per PDF point, so a chart drawn at 480×260 points
// lays out like a 480×260 PNG.
func DrawPDF(pdf *fpdf.Fpdf, c Chart, x, y, w, h float64) (err error) {
	if pdf == nil || c == nil {
		return errors.New("charts: DrawPDF needs a document and a chart")
	}
	if err := pdf.Error(); err != nil {
		return err
	}
	if pdf.PageNo() == 0 {
		return errors.New("charts: DrawPDF needs a page: call AddPage first")
	}
	k := pdf.GetConversionRatio()
	width, height := int(math.Round(w*k)), int(math.Round(h*k))
	if !(w > 0 && h > 0) || width <= 0 || height <= 0 || width*height > maxPixels {
		return fmt.Errorf("charts: cannot draw a chart in a %g×%g box", w, h)
	}
	pdf.AddUTF8FontFromBytes(PDFFontFamily, "", assets.Roboto)
	st := savePDFState(pdf)
	pdf.ClipRect(x, y, w, h, false)
	r := newPDFRenderer(pdf, x, y, w/float64(width), h/float64(height))
	err = safeDraw(c, r, width, height)
	pdf.ClipEnd()
	st.restore(pdf)
	if err == nil {
		err = pdf.Error()
	}
	return err
}

// WritePDF writes c as a one-page PDF of width×height points whose bytes depend only on the
// chart (sorted catalogue, fixed dates).
func WritePDF(w io.Writer, c Chart, width, height float64) error {
	if !(width > 0 && height > 0 && width < 14400 && height < 14400) {
		return fmt.Errorf("charts: cannot make a %g×%g pt page", width, height)
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "pt",
		Size:    fpdf.SizeType{Wd: width, Ht: height},
	})
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(pdfEpoch)
	pdf.SetModificationDate(pdfEpoch)
	pdf.SetCreator("Vertailu", true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.AddPageFormat("P", fpdf.SizeType{Wd: width, Ht: height})
	if err := DrawPDF(pdf, c, 0, 0, width, height); err != nil {
		return err
	}
	return pdf.Output(w)
}

// pdfState is what DrawPDF changes in the caller's document.
type pdfState struct {
	draw, fill, text [3]int
	lineWidth        float64
	family, style    string
	sizePt           float64
}

func savePDFState(pdf *fpdf.Fpdf) pdfState {
	var s pdfState
	s.draw[0], s.draw[1], s.draw[2] = pdf.GetDrawColor()
	s.fill[0], s.fill[1], s.fill[2] = pdf.GetFillColor()
	s.text[0], s.text[1], s.text[2] = pdf.GetTextColor()
	s.lineWidth = pdf.GetLineWidth()
	s.family, s.style = pdf.GetFontFamily(), pdf.GetFontStyle()
	s.sizePt, _ = pdf.GetFontSize()
	return s
}

func (s pdfState) restore(pdf *fpdf.Fpdf) {
	pdf.SetDrawColor(s.draw[0], s.draw[1], s.draw[2])
	pdf.SetFillColor(s.fill[0], s.fill[1], s.fill[2])
	pdf.SetTextColor(s.text[0], s.text[1], s.text[2])
	pdf.SetLineWidth(s.lineWidth)
	pdf.SetDashPattern([]float64{}, 0)
	if s.family != "" {
		pdf.SetFont(s.family, s.style, s.sizePt)
	}
}

// pathOp is one recorded path step: PDF forbids colour changes inside a path, so the path is
// kept until Fill or Stroke says how to paint it.
type pathOp struct {
	op   byte // 'M', 'L' or 'Z'
	x, y float64
}

// pdfRenderer implements chartdraw's Renderer over fpdf. Renderer units map to the PDF box by
// (x0 + x·sx, y0 + y·sy); text is measured with the same Roboto metrics as the PNG renderer.
type pdfRenderer struct {
	pdf            *fpdf.Fpdf
	x0, y0, sx, sy float64
	dpi            float64

	stroke, fill, fontColor drawing.Color
	strokeWidth             float64
	dash                    []float64
	fontSize                float64
	font                    *truetype.Font
	rotation                *float64

	path  []pathOp
	faces map[float64]font.Face
}

func newPDFRenderer(pdf *fpdf.Fpdf, x0, y0, sx, sy float64) *pdfRenderer {
	f, _ := chartFont()
	return &pdfRenderer{
		pdf: pdf, x0: x0, y0: y0, sx: sx, sy: sy, dpi: 72, font: f,
		fontSize: 10, faces: map[float64]font.Face{},
	}
}

func (r *pdfRenderer) ResetStyle() {
	r.stroke, r.fill, r.fontColor = drawing.Color{}, drawing.Color{}, drawing.Color{}
	r.strokeWidth, r.dash, r.rotation = 0, nil, nil
}

func (r *pdfRenderer) GetDPI() float64                 { return r.dpi }
func (r *pdfRenderer) SetDPI(dpi float64)              { r.dpi = dpi }
func (r *pdfRenderer) SetClassName(string)             {}
func (r *pdfRenderer) SetStrokeColor(c drawing.Color)  { r.stroke = c }
func (r *pdfRenderer) SetFillColor(c drawing.Color)    { r.fill = c }
func (r *pdfRenderer) SetStrokeWidth(w float64)        { r.strokeWidth = w }
func (r *pdfRenderer) SetStrokeDashArray(d []float64)  { r.dash = d }
func (r *pdfRenderer) SetFont(f *truetype.Font)        { r.font = f }
func (r *pdfRenderer) SetFontColor(c drawing.Color)    { r.fontColor = c }
func (r *pdfRenderer) SetFontSize(size float64)        { r.fontSize = size }
func (r *pdfRenderer) SetTextRotation(radians float64) { r.rotation = &radians }
func (r *pdfRenderer) ClearTextRotation()              { r.rotation = nil }
func (r *pdfRenderer) Save(io.Writer) error {
	return errors.New("charts: a PDF chart is saved with its document")
}
func (r *pdfRenderer) px(x float64) float64      { return r.x0 + x*r.sx }
func (r *pdfRenderer) py(y float64) float64      { return r.y0 + y*r.sy }
func (r *pdfRenderer) add(op byte, x, y float64) { r.path = append(r.path, pathOp{op, x, y}) }
func (r *pdfRenderer) MoveTo(x, y int)           { r.add('M', float64(x), float64(y)) }
func (r *pdfRenderer) LineTo(x, y int)           { r.add('L', float64(x), float64(y)) }
func (r *pdfRenderer) Close()                    { r.add('Z', 0, 0) }
func (r *pdfRenderer) Stroke()                   { r.paint(false, true) }
func (r *pdfRenderer) Fill()                     { r.paint(true, false) }
func (r *pdfRenderer) FillStroke()               { r.paint(true, true) }
func (r *pdfRenderer) pointsPerUnit() float64    { return r.sy * r.pdf.GetConversionRatio() }
func (r *pdfRenderer) Circle(radius float64, x, y int) {
	r.poly(arc(float64(x), float64(y), radius, 0, 2*math.Pi))
}

func (r *pdfRenderer) lastPoint() (float64, float64, bool) {
	for i := len(r.path) - 1; i >= 0; i-- {
		if r.path[i].op != 'Z' {
			return r.path[i].x, r.path[i].y, true
		}
	}
	return 0, 0, false
}

func (r *pdfRenderer) poly(ps []pt) {
	for i, p := range ps {
		op := byte('L')
		if i == 0 {
			op = 'M'
		}
		r.add(op, p.X, p.Y)
	}
	r.Close()
}

// QuadCurveTo flattens the curve into line segments.
func (r *pdfRenderer) QuadCurveTo(cx, cy, x, y int) {
	x0, y0, ok := r.lastPoint()
	if !ok {
		r.MoveTo(x, y)
		return
	}
	const n = 12
	for i := 1; i <= n; i++ {
		t := float64(i) / n
		a, b, c := (1-t)*(1-t), 2*(1-t)*t, t*t
		r.add('L', a*x0+b*float64(cx)+c*float64(x), a*y0+b*float64(cy)+c*float64(y))
	}
}

// ArcTo follows chartdraw's raster meaning (angles clockwise from the x axis on screen) with
// computed points: fpdf's own ArcTo turns the other way.
func (r *pdfRenderer) ArcTo(cx, cy int, rx, ry, start, delta float64) {
	n := int(math.Ceil(math.Abs(delta)/(math.Pi/30))) + 1
	for i := range n {
		a := start + delta*float64(i)/float64(max(n-1, 1))
		op := byte('L')
		if i == 0 && len(r.path) == 0 {
			op = 'M'
		}
		r.add(op, float64(cx)+rx*math.Cos(a), float64(cy)+ry*math.Sin(a))
	}
}

func visible(c drawing.Color) bool { return c.A > 0 }

func (r *pdfRenderer) paint(fill, stroke bool) {
	defer func() { r.path = r.path[:0] }()
	fill = fill && visible(r.fill)
	stroke = stroke && visible(r.stroke) && r.strokeWidth > 0
	if len(r.path) == 0 || (!fill && !stroke) {
		return
	}
	if fill {
		r.pdf.SetFillColor(int(r.fill.R), int(r.fill.G), int(r.fill.B))
	}
	if stroke {
		r.pdf.SetDrawColor(int(r.stroke.R), int(r.stroke.G), int(r.stroke.B))
		r.pdf.SetLineWidth(r.strokeWidth * r.sy)
		dash := make([]float64, len(r.dash))
		for i, d := range r.dash {
			dash[i] = d * r.sy
		}
		r.pdf.SetDashPattern(dash, 0)
	}
	started := false
	for _, p := range r.path {
		switch {
		case p.op == 'Z':
			if started {
				r.pdf.ClosePath()
			}
		case p.op == 'M' || !started:
			r.pdf.MoveTo(r.px(p.x), r.py(p.y))
			started = true
		default:
			r.pdf.LineTo(r.px(p.x), r.py(p.y))
		}
	}
	style := map[[2]bool]string{{true, false}: "F", {false, true}: "D", {true, true}: "FD"}[[2]bool{fill, stroke}]
	r.pdf.DrawPath(style)
}

func (r *pdfRenderer) face() font.Face {
	if f, ok := r.faces[r.fontSize]; ok {
		return f
	}
	f := truetype.NewFace(r.font, &truetype.Options{Size: r.fontSize, DPI: r.dpi})
	r.faces[r.fontSize] = f
	return f
}

// MeasureText measures with the same Roboto metrics as chartdraw's renderers.
func (r *pdfRenderer) MeasureText(body string) chart.Box {
	if r.font == nil || r.fontSize <= 0 {
		return chart.Box{}
	}
	d := font.Drawer{Face: r.face()}
	b := chart.Box{Right: d.MeasureString(body).Ceil(), Bottom: int(math.Round(r.fontSize * r.dpi / 72))}
	if r.rotation != nil {
		b = b.Corners().Rotate(chart.RadiansToDegrees(*r.rotation)).Box()
	}
	return b
}

// Text writes real, searchable text with its baseline at (x, y).
func (r *pdfRenderer) Text(body string, x, y int) {
	body = cleanText(body)
	if body == "" || r.fontSize <= 0 {
		return
	}
	r.pdf.SetFont(PDFFontFamily, "", r.fontSize*r.dpi/72*r.pointsPerUnit())
	c := r.fontColor
	r.pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
	px, py := r.px(float64(x)), r.py(float64(y))
	if r.rotation == nil {
		r.pdf.Text(px, py, body)
		return
	}
	r.pdf.TransformBegin()
	r.pdf.TransformRotate(-chart.RadiansToDegrees(*r.rotation), px, py)
	r.pdf.Text(px, py, body)
	r.pdf.TransformEnd()
}

var _ chart.Renderer = (*pdfRenderer)(nil)
