package charts

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"vertailu/data"
)

var lookDir = flag.String("look", "", "write every chart kind for the seeds and 60 synthetic projects, small and large, into this folder")

// TestLook renders charts for a person to look at; it runs only with -look DIR.
func TestLook(t *testing.T) {
	if *lookDir == "" {
		t.Skip("run with -look DIR to write charts for review")
	}
	if err := os.MkdirAll(*lookDir, 0o755); err != nil {
		t.Fatal(err)
	}
	sd, syn := seeds(t), synthetic(60)
	sets := map[string][]*data.Project{"seeds": sd, "syn60": syn}
	sizes := [][2]int{{400, 250}, {800, 400}, {1600, 900}}
	for set, ps := range sets {
		for name, c := range allKinds(ps, "fi") {
			for _, sz := range sizes {
				b, err := RenderPNG(c, sz[0], sz[1], 1)
				if err != nil {
					t.Fatal(err)
				}
				fn := filepath.Join(*lookDir, fmt.Sprintf("%s_%s_%dx%d.png", set, name, sz[0], sz[1]))
				if err := os.WriteFile(fn, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// TestLookPDF writes an A4 page in millimetres with two charts and caller text around them.
func TestLookPDF(t *testing.T) {
	if *lookDir == "" {
		t.Skip("run with -look DIR to write charts for review")
	}
	ps := seeds(t)
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddPage()
	pdf.SetFont("Helvetica", "B", 14)
	pdf.Text(15, 15, "Caller heading")
	if err := DrawPDF(pdf, FundingCompare(ps, true, "fi"), 15, 20, 180, 110); err != nil {
		t.Fatal(err)
	}
	if err := DrawPDF(pdf, Radar(ps[3], "en"), 15, 140, 180, 90); err != nil {
		t.Fatal(err)
	}
	pdf.Text(15, 245, "Caller text below")
	if err := pdf.OutputFileAndClose(filepath.Join(*lookDir, "page.pdf")); err != nil {
		t.Fatal(err)
	}
}

// allKinds builds one chart of each kind from ps.
func allKinds(ps []*data.Project, lang string) map[string]Chart {
	first := ps[0]
	overlay := ps[:min(len(ps), 5)]
	return map[string]Chart{
		"funding":       Funding(first, lang),
		"compare":       FundingCompare(ps, false, lang),
		"comparepublic": FundingCompare(ps, true, lang),
		"utilisation":   Utilisation(ps, lang),
		"groups":        Groups(data.GroupBy(ps, data.FieldPriorityAxis), lang),
		"radar":         Radar(first, lang),
		"overlay":       RadarOverlay(overlay, Direct, lang),
		"dimensions":    DimensionRadar(overlay, Indirect, lang),
		"overlayall":    RadarOverlay(ps, Indirect, lang),
		"dimensionsall": DimensionRadar(ps, Direct, lang),
	}
}
