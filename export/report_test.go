package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/data"
	"vertailu/data/locale"
)

func reportBytes(t *testing.T, ps []*data.Project, lang string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteReport(&b, ps, ReportOptions{Lang: lang, Now: testNow}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReportSeeds(t *testing.T) {
	ps := seeds(t)
	b := reportBytes(t, ps, "fi")
	golden(t, filepath.Join("testdata", "report.pdf"), b)
	if n := pageCount(b); n != 3 {
		t.Errorf("five projects: %d pages, want 3 (table with funding and utilisation, direct radar, indirect radar)", n)
	}
	if hasRaster(b) {
		t.Error("the report holds a raster image")
	}
	text := normSpace(pdfText(t, writeTemp(t, "r.pdf", b)))
	total := data.Totals(ps)
	for _, w := range []string{
		"Hankkeiden vertailu", "Yhteensä", normSpace(locale.Finnish.Int(total.GrantedEUState.V)),
		normSpace(locale.Finnish.Int(total.RealisedPublicTotal.V)), "1/3", "3/3", "Välitön", "Välillinen", "Tulostettu 23.11.2026",
	} {
		if !strings.Contains(text, w) {
			t.Errorf("report text lacks %q", w)
		}
	}
	for _, p := range ps {
		if !strings.Contains(text, p.Code) {
			t.Errorf("report lacks %s", p.Code)
		}
	}
}

func TestReportManyProjects(t *testing.T) {
	ps := make([]*data.Project, 75)
	for i := range ps {
		ps[i] = synthProject(i)
	}
	b := reportBytes(t, ps, "en")
	// 75 rows need three table pages; 5 pages of 18 bar rows; 13 parts of 6 projects, each
	// a direct and an indirect radar page.
	if n := pageCount(b); n < 3+5+26 || n > 4+5+26 {
		t.Errorf("75 projects: %d pages", n)
	}
	text := pdfText(t, writeTemp(t, "r.pdf", b))
	for _, w := range []string{"S20074", "Project comparison", "(73–75)", "(55–72)", "Total"} {
		if !strings.Contains(text, w) {
			t.Errorf("report text lacks %q", w)
		}
	}
}

func TestReportEmpty(t *testing.T) {
	if err := WriteReport(&bytes.Buffer{}, nil, ReportOptions{}); err == nil {
		t.Error("an empty report gave no error")
	}
	if err := WriteReport(&bytes.Buffer{}, []*data.Project{nil}, ReportOptions{}); err == nil {
		t.Error("a nil project gave no error")
	}
}

// The plan is the report: one page per planned sheet, and nothing drawn below the footer's
// rule, for any number of projects (the first chart block shares the table's last sheet
// only when it fits there).
func TestReportPlanFitsItsPages(t *testing.T) {
	for _, n := range []int{1, 2, 5, 17, 18, 19, 27, 28, 29, 36, 40, 75} {
		ps := make([]*data.Project, n)
		for i := range ps {
			ps[i] = synthProject(i)
		}
		rp, err := newReport(ps, "en", testNow)
		if err != nil {
			t.Fatal(err)
		}
		sheets := rp.plan()
		rp.pages = len(sheets)
		rp.start()
		for i, s := range sheets {
			rp.newPage(s.title)
			for _, b := range s.blocks {
				if err := rp.drawBlock(b); err != nil {
					t.Fatal(err)
				}
				if rp.y > repFootY {
					t.Errorf("%d projects, sheet %d: a block of kind %d ends at %.1f mm, below the footer at %.1f", n, i+1, b.kind, rp.y, repFootY)
				}
			}
		}
		var b bytes.Buffer
		if err := rp.pdf.Output(&b); err != nil {
			t.Fatal(err)
		}
		if got := pageCount(b.Bytes()); got != len(sheets) {
			t.Errorf("%d projects: %d pages for %d planned sheets", n, got, len(sheets))
		}
	}
}
