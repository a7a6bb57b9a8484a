package charts

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	chart "github.com/go-analyze/charts/chartdraw"

	"vertailu/charts/geo"
	"vertailu/data"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs in testdata/")

// goldenCharts are the charts kept as golden PNGs: funding and radar for each seed, and every
// many-project kind for the five seeds together.
func goldenCharts(t *testing.T) map[string]Chart {
	ps := seeds(t)
	m := map[string]Chart{
		"compare":        FundingCompare(ps, true, "fi"),
		"utilisation":    Utilisation(ps, "fi"),
		"groups":         Groups(data.GroupBy(ps, data.FieldPriorityAxis), "fi"),
		"overlay":        RadarOverlay(ps, Direct, "fi"),
		"dimensions":     DimensionRadar(ps, Indirect, "fi"),
		"overlay_en":     RadarOverlay(ps, Indirect, "en"),
		"groups_status":  Groups(data.GroupBy(ps, data.FieldStatus), "en"),
		"dimensions_one": DimensionRadar(ps[3:4], Direct, "fi"),
	}
	for _, p := range ps {
		m["funding_"+p.Code] = Funding(p, "fi")
		m["radar_"+p.Code] = Radar(p, "fi")
	}
	return m
}

func TestGoldenPNG(t *testing.T) { goldenPNGs(t, goldenCharts(t), 640, 320) }

// goldenPNGs renders each chart at w×h and compares it with testdata/NAME.png (-update
// rewrites them).
func goldenPNGs(t *testing.T, cs map[string]Chart, w, h int) {
	for name, c := range cs {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			got, err := RenderImage(c, w, h, 1)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".png")
			if *update {
				var buf bytes.Buffer
				if err := png.Encode(&buf, got); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatalf("no golden (run go test ./charts -update): %v", err)
			}
			defer f.Close()
			want, err := png.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			if d := imageDiff(got, want); d > 0.0001 {
				t.Errorf("%.2f %% of pixels differ from %s (run -update if the change is meant)", d*100, path)
			}
		})
	}
}

// imageDiff returns the share of pixels that differ by more than a small rounding tolerance.
func imageDiff(a, b image.Image) float64 {
	if a.Bounds() != b.Bounds() {
		return 1
	}
	r := a.Bounds()
	bad := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := a.At(x, y).RGBA()
			r2, g2, b2, a2 := b.At(x, y).RGBA()
			if absDiff(r1, r2) > 0x0800 || absDiff(g1, g2) > 0x0800 || absDiff(b1, b2) > 0x0800 || absDiff(a1, a2) > 0x0800 {
				bad++
			}
		}
	}
	return float64(bad) / float64(r.Dx()*r.Dy())
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func TestRenderPNGScale(t *testing.T) {
	c := Radar(seeds(t)[0], "fi")
	img, err := RenderImage(c, 400, 250, 2)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 500 {
		t.Fatalf("scale 2 gave %v", b)
	}
	b, err := RenderPNG(c, 400, 250, 1.5)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 600 || cfg.Height != 375 {
		t.Fatalf("scale 1.5: %v %+v", err, cfg)
	}
	for _, bad := range [][3]float64{{0, 100, 1}, {100, 100, 0}, {100, -5, 1}, {100000, 100000, 1}, {100, 100, 100}} {
		if _, err := RenderPNG(c, int(bad[0]), int(bad[1]), bad[2]); err == nil {
			t.Errorf("size %v accepted", bad)
		}
	}
}

// TestNoPanics draws every kind from awkward inputs at awkward sizes, to every output.
func TestNoPanics(t *testing.T) {
	unknown := &data.Project{}
	sets := map[string][]*data.Project{
		"none":    nil,
		"nil":     {nil},
		"unknown": {unknown, unknown},
		"100":     synthetic(100),
		"emoji":   {{Code: "S1", Name: "Hanke 🚀 & <b>\u0000\x01 väärä\xff"}},
	}
	sizes := [][2]int{{1, 1}, {40, 25}, {300, 180}, {600, 60}}
	for name, ps := range sets {
		var one *data.Project
		if len(ps) > 0 {
			one = ps[0]
		}
		var nonNil []*data.Project // data.GroupBy does not take nil projects
		for _, p := range ps {
			if p != nil {
				nonNil = append(nonNil, p)
			}
		}
		kinds := []Chart{
			Funding(one, "fi"), FundingCompare(ps, true, "en"), Utilisation(ps, "fi"),
			Groups(data.GroupBy(nonNil, data.FieldRegion), "fi"), Groups(data.Grouping{}, "en"), Radar(one, "fi"),
			RadarOverlay(ps, Direct, "fi"), DimensionRadar(ps, Indirect, "en"),
			Map(ps, MapOptions{Level: geo.Regions, Figure: MapUtilisation}, "fi"),
			Map(ps, MapOptions{Level: geo.Municipalities, Figure: MapCostPerPerson}, "en"),
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			for k, c := range kinds {
				for _, sz := range sizes {
					if _, err := RenderImage(c, sz[0], sz[1], 1); err != nil {
						t.Errorf("kind %d %v: %v", k, sz, err)
					}
				}
				if _, err := RenderSVG(c, 300, 180); err != nil {
					t.Errorf("kind %d svg: %v", k, err)
				}
				if err := WritePDF(io.Discard, c, 300, 200); err != nil {
					t.Errorf("kind %d pdf: %v", k, err)
				}
			}
		})
	}
}

func TestSVGEscapesText(t *testing.T) {
	p := &data.Project{Code: "S1", Name: `Tom & Jerry <script> "quoted"`}
	p.Derived = data.Derive(p)
	b, err := RenderSVG(Funding(p, "fi"), 600, 300)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	text := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			text += string(cd)
		}
	}
	if !strings.Contains(text, "Tom & Jerry <script>") {
		t.Errorf("title lost in SVG text: %q", text)
	}
}

func TestPDFVectorsAndText(t *testing.T) {
	ps := seeds(t)
	var buf bytes.Buffer
	if err := WritePDF(&buf, Radar(ps[0], "fi"), 600, 320); err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := WritePDF(&again, Radar(ps[0], "fi"), 600, 320); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("WritePDF is not deterministic")
	}
	if regexp.MustCompile(`/Subtype\s*/Image`).Match(buf.Bytes()) {
		t.Error("the PDF embeds an image")
	}
	text := pdfText(t, buf.Bytes())
	for _, want := range []string{ps[0].Code, "Välitön", "Välillinen", "Ekologinen kestävyys", "Luonnonvarat", "Ympäristöosaaminen"} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext did not find %q in:\n%s", want, text)
		}
	}
	buf.Reset()
	if err := WritePDF(&buf, Funding(ps[0], "fi"), 600, 300); err != nil {
		t.Fatal(err)
	}
	text = strings.ReplaceAll(pdfText(t, buf.Bytes()), "\u00a0", " ")
	want := strings.ReplaceAll(data.FormatEuro(ps[0].Funding.GrantedEUState, "fi"), "\u00a0", " ")
	if !strings.Contains(text, want) || !strings.Contains(text, "Myönnetty EU- ja valtion rahoitus") {
		t.Errorf("funding labels %q missing from:\n%s", want, text)
	}
}

func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestDrawPDFRestoresCallerState(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddPage()
	pdf.SetFont("Helvetica", "B", 13)
	pdf.SetDrawColor(1, 2, 3)
	pdf.SetFillColor(4, 5, 6)
	pdf.SetTextColor(7, 8, 9)
	pdf.SetLineWidth(0.7)
	for range 2 { // twice: the font is registered once
		if err := DrawPDF(pdf, Radar(seeds(t)[1], "en"), 10, 20, 190, 100); err != nil {
			t.Fatal(err)
		}
	}
	if f, s := pdf.GetFontFamily(), pdf.GetFontStyle(); f != "helvetica" || s != "B" {
		t.Errorf("font is %q %q after DrawPDF", f, s)
	}
	if size, _ := pdf.GetFontSize(); size != 13 {
		t.Errorf("font size %g after DrawPDF", size)
	}
	r, g, b := pdf.GetDrawColor()
	fr, fg, fb := pdf.GetFillColor()
	tr, tg, tb := pdf.GetTextColor()
	if fmt.Sprint(r, g, b, fr, fg, fb, tr, tg, tb) != "1 2 3 4 5 6 7 8 9" || pdf.GetLineWidth() != 0.7 {
		t.Error("DrawPDF did not restore the caller's colours or line width")
	}
	pdf.Text(10, 150, "Caller text after the chart")
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(pdfText(t, buf.Bytes()), "Caller text after the chart") {
		t.Error("caller text lost")
	}
}

func TestDrawPDFWithoutPage(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	if err := DrawPDF(pdf, Radar(seeds(t)[0], "fi"), 0, 0, 100, 50); err == nil {
		t.Error("drawing on a document without a page succeeded")
	}
	if err := DrawPDF(nil, Radar(nil, "fi"), 0, 0, 100, 50); err == nil {
		t.Error("nil document accepted")
	}
}

// TestConcurrentRendering renders one chart from several goroutines (run with -race).
func TestConcurrentRendering(t *testing.T) {
	c := RadarOverlay(seeds(t), Direct, "en")
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			_, err := RenderPNG(c, 300, 200, 1)
			if err == nil {
				err = WritePDF(io.Discard, c, 300, 200)
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestMissingGlyphAsInPDF: a rune Roboto lacks is drawn as the missing-glyph box, the same for
// every such rune, as in the PDF, not from chartdraw's fallback fonts (whose glyphs the layout
// never measured, so they ran into the next word).
func TestMissingGlyphAsInPDF(t *testing.T) {
	draw := func(r string) image.Image {
		p := &data.Project{Code: "S1", Name: "Hanke " + r + " varoitus"}
		p.Derived = data.Derive(p)
		img, err := RenderImage(Funding(p, "fi"), 400, 200, 1)
		if err != nil {
			t.Fatal(err)
		}
		return img
	}
	if d := imageDiff(draw("⚠"), draw("→")); d != 0 {
		t.Errorf("two runes missing from the font drew differently (%.3f %% of pixels)", d*100)
	}
}

// TestRasterTextFillsItsMeasure: PNG text is as wide as the layout measured it (the same font
// size as SVG and PDF), so words sent one at a time keep normal spaces between them. With
// go-chart's DPI correction left on chartdraw, glyphs were 8/9 of the size and every gap grew.
func TestRasterTextFillsItsMeasure(t *testing.T) {
	const s, size, x = "Kulttuuriympäristö Ympäristöosaaminen", 30.0, 10.0
	r := chart.PNG(700, 60)
	c, err := newCanvas(raster{Renderer: r, look: printLook}, 700, 60)
	if err != nil {
		t.Fatal(err)
	}
	c.text(s, x, 45, size, printLook.text, alignLeft)
	var col collector
	if err := r.Save(&col); err != nil {
		t.Fatal(err)
	}
	right := 0 // the rightmost inked column
	b := col.img.Bounds()
	for px := b.Min.X; px < b.Max.X; px++ {
		for py := b.Min.Y; py < b.Max.Y; py++ {
			if cr, _, _, _ := col.img.At(px, py).RGBA(); cr < 0x8000 {
				right = px
			}
		}
	}
	want := x + c.textWidth(s, size)
	if math.Abs(float64(right)-want) > 4 {
		t.Errorf("text inked to x=%d, measured to %.1f", right, want)
	}
}
