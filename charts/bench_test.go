package charts

import (
	"io"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
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
