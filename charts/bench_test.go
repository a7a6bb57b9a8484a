package charts

import (
	"io"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"vertailu/charts/geo"
)

func reportMS(b *testing.B, start time.Time) {
	b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(b.N), "ms/chart")
}

// BenchmarkPNG800x400 is one screen chart: target ≤ 20 ms.
func BenchmarkPNG800x400(b *testing.B) {
	ps := seeds(b)
	for name, c := range map[string]Chart{"funding": Funding(ps[0], "fi"), "radar": Radar(ps[0], "fi")} {
		b.Run(name, func(b *testing.B) {
			start := time.Now()
			for b.Loop() {
				if _, err := RenderPNG(c, 800, 400, 1); err != nil {
					b.Fatal(err)
				}
			}
			reportMS(b, start)
		})
	}
}

// BenchmarkPDFPage draws the same charts as vectors onto a page of an open document: target
// ≤ 5 ms. Writing the document (fonts, compression) is the export's cost, measured apart.
func BenchmarkPDFPage(b *testing.B) {
	ps := seeds(b)
	for name, c := range map[string]Chart{"funding": Funding(ps[0], "fi"), "radar": Radar(ps[0], "fi")} {
		b.Run(name, func(b *testing.B) {
			pdf := fpdf.New("L", "pt", "A4", "")
			start := time.Now()
			for b.Loop() {
				pdf.AddPage()
				if err := DrawPDF(pdf, c, 20, 20, 800, 400); err != nil {
					b.Fatal(err)
				}
			}
			reportMS(b, start)
		})
	}
	b.Run("whole-document", func(b *testing.B) {
		c := Radar(ps[0], "fi")
		start := time.Now()
		for b.Loop() {
			if err := WritePDF(io.Discard, c, 800, 400); err != nil {
				b.Fatal(err)
			}
		}
		reportMS(b, start)
	})
}

// BenchmarkCompare60 is the grouped bar chart of 60 projects at the height it needs.
func BenchmarkCompare60(b *testing.B) {
	c := FundingCompare(synthetic(60), true, "fi")
	b.Run("png", func(b *testing.B) {
		start := time.Now()
		for b.Loop() {
			if _, err := RenderPNG(c, 1000, 1400, 1); err != nil {
				b.Fatal(err)
			}
		}
		reportMS(b, start)
	})
	b.Run("pdf-page", func(b *testing.B) {
		pdf := fpdf.New("P", "pt", "A4", "")
		start := time.Now()
		for b.Loop() {
			pdf.AddPage()
			if err := DrawPDF(pdf, c, 20, 20, 555, 800); err != nil {
				b.Fatal(err)
			}
		}
		reportMS(b, start)
	})
}

// BenchmarkMap draws the municipality map (309 areas, 5 420 points) and, for the yardstick,
// one project's funding chart, both as 800×400 PNGs; the map should cost under ten funding
// charts. It reports both figures and their ratio: go test ./charts -run '^$' -bench Map.
func BenchmarkMap(b *testing.B) {
	ps := seeds(b)
	funding := Funding(ps[0], "fi")
	maps := map[string]Chart{
		"municipalities": Map(ps, MapOptions{Level: geo.Municipalities, Figure: MapGranted}, "fi"),
		"regions":        Map(ps, MapOptions{Level: geo.Regions, Figure: MapGranted}, "fi"),
	}
	for name, c := range maps {
		b.Run(name+"-png", func(b *testing.B) {
			var mapTime, fundingTime time.Duration
			for b.Loop() {
				t0 := time.Now()
				if _, err := RenderPNG(c, 800, 400, 1); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if _, err := RenderPNG(funding, 800, 400, 1); err != nil {
					b.Fatal(err)
				}
				mapTime += t1.Sub(t0)
				fundingTime += time.Since(t1)
			}
			n := float64(b.N)
			b.ReportMetric(float64(mapTime.Microseconds())/1000/n, "ms/map")
			b.ReportMetric(float64(fundingTime.Microseconds())/1000/n, "ms/funding")
			b.ReportMetric(float64(mapTime)/float64(max(fundingTime, 1)), "map/funding")
		})
		b.Run(name+"-pdf-page", func(b *testing.B) {
			pdf := fpdf.New("P", "pt", "A4", "")
			start := time.Now()
			for b.Loop() {
				pdf.AddPage()
				if err := DrawPDF(pdf, c, 20, 20, 555, 500); err != nil {
					b.Fatal(err)
				}
			}
			reportMS(b, start)
		})
	}
}
