package pdftext_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"vertailu/assets"
	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/pdftext"

	"codeberg.org/go-pdf/fpdf"
)

// printed prints text as a browser would: A4 pages, a column w mm wide that wraps long lines
// at spaces, page breaks where the page is full, and the browser's header and footer (date,
// title, address, page number) on every page.
func printed(t *testing.T, text string, w float64) []byte {
	t.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes("r", "", assets.Roboto)
	pdf.SetFont("r", "", 10)
	pdf.SetHeaderFunc(func() {
		pdf.SetY(5)
		pdf.CellFormat(0, 4, "2.12.2026 klo 9.41    Rakennerahastotietopalvelu", "", 1, "L", false, 0, "")
		pdf.SetY(20)
	})
	pdf.SetFooterFunc(func() {
		pdf.SetY(-12)
		pdf.CellFormat(0, 4, "https://www.eura2014.fi/rrtiepa/projekti.php?projektikoodi=S0", "", 0, "L", false, 0, "")
		pdf.CellFormat(0, 4, strconv.Itoa(pdf.PageNo())+"/9", "", 0, "R", false, 0, "")
	})
	pdf.SetAutoPageBreak(true, 20)
	pdf.AddPage()
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			pdf.Ln(3)
			continue
		}
		pdf.MultiCell(w, 5, l, "", "L", false)
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var space = regexp.MustCompile(`\s+`)

// flat is a project's JSON with its texts' white space squeezed (printing moves line breaks)
// and the file name and sources left out.
func flat(t *testing.T, p *data.Project) map[string]string {
	t.Helper()
	b, _ := json.Marshal(p)
	var m map[string]json.RawMessage
	json.Unmarshal(b, &m)
	out := map[string]string{}
	for k, v := range m {
		if k == "file" || k == "warnings" || k == "sources" {
			continue
		}
		out[k] = space.ReplaceAllString(strings.ReplaceAll(string(v), `\n`, " "), " ")
	}
	return out
}

func loadPDFs(t *testing.T, files map[string][]byte) *data.LoadResult {
	t.Helper()
	dir := t.TempDir()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := load.Folder(t.Context(), dir, load.Options{PDF: pdftext.Reader()})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// Each seed printed to PDF in a narrow column (its values and criterion names wrap, it breaks
// over pages, the browser's header and footer on every page) gives the project its text gives,
// field by field.
func TestPrintedSeedsReadAsTheirText(t *testing.T) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "assets", "samples", "*.txt"))
	files := map[string][]byte{}
	want := map[string]*data.Project{}
	for _, f := range seeds {
		b, _ := os.ReadFile(f)
		p, err := load.Parse(filepath.Base(f), b)
		if err != nil {
			t.Fatal(err)
		}
		want[p.Code] = p
		files[p.Code+".pdf"] = printed(t, strings.ReplaceAll(string(b), "\r\n", "\n"), 110)
	}
	res := loadPDFs(t, files)
	for _, f := range res.Files {
		if f.Project == nil {
			t.Errorf("%s: %v", f.Path, words.Of("en").Problem(f.Reason))
			continue
		}
		for _, w := range f.Project.Warnings {
			t.Errorf("%s: warning %v", f.Path, w)
		}
		g, w := flat(t, f.Project), flat(t, want[f.Project.Code])
		for k := range w {
			if g[k] != w[k] {
				t.Errorf("%s: %s\n got %.300s\nwant %.300s", f.Path, k, g[k], w[k])
			}
		}
	}
}

// The shared fixture, the service's page printed by Chromium, reads as its seed.
func TestSharedPrintedFixture(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.pdf"))
	if err != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	seed, _ := filepath.Glob(filepath.Join("..", "..", "assets", "samples", "000_*.txt"))
	sb, _ := os.ReadFile(seed[0])
	want, _ := load.Parse("seed.txt", sb)
	res := loadPDFs(t, map[string][]byte{"S22829.pdf": b})
	p := res.Files[0].Project
	if p == nil {
		t.Fatalf("skipped: %s", words.Of("en").Problem(res.Files[0].Reason))
	}
	// Chromium's text keeps the page's footer line after section 9, and PDFium cannot tell a
	// broken hyphen from a joined word; the fields are the seed's.
	g, w := flat(t, p), flat(t, want)
	for _, k := range []string{
		"code", "name", "fund", "priority_axis", "specific_objective", "start", "end", "status", "authority",
		"applicant", "co_implementers", "regions", "municipalities", "funding", "indicators", "sustainability", "gender_equality",
	} {
		if g[k] != w[k] {
			t.Errorf("%s\n got %.300s\nwant %.300s", k, g[k], w[k])
		}
	}
	for _, warn := range p.Warnings {
		t.Errorf("warning %v", warn)
	}
}

// PDFs that are not descriptions are skipped, each with a reason that says which: another
// document, a scan without text, a password, damage.
func TestPDFsThatAreNotDescriptions(t *testing.T) {
	form := printed(t, "EURA 2014 HANKEHAKEMUS\nHankkeen nimi: Uusi hanke\nHakijan virallinen nimi: Oy\n", 150)
	locked := fpdf.New("P", "mm", "A4", "")
	locked.SetProtection(fpdf.CnProtectPrint, "salainen", "omistaja")
	locked.AddPage()
	locked.SetFont("Helvetica", "", 12)
	locked.Cell(40, 10, "Hankekoodi: S1")
	var lb bytes.Buffer
	locked.Output(&lb)
	scan := fpdf.New("P", "mm", "A4", "")
	scan.AddPage()
	scan.Rect(20, 20, 100, 100, "F") // a page with a drawing and no text
	var sb bytes.Buffer
	scan.Output(&sb)
	good := printed(t, "Hankekoodi: S1\nHankkeen nimi: x\n", 150)
	res := loadPDFs(t, map[string][]byte{
		"hakemus.pdf": form, "lukittu.pdf": lb.Bytes(), "skannaus.pdf": sb.Bytes(),
		"rikki.pdf": good[:len(good)/3], "tyhjä.pdf": []byte("%PDF-1.7\n"),
	})
	want := map[string]string{
		"hakemus.pdf": "application", "lukittu.pdf": "password", "skannaus.pdf": "without text",
		"rikki.pdf": "damaged", "tyhjä.pdf": "damaged",
	}
	for _, f := range res.Files {
		msg := words.Of("en").Problem(f.Reason)
		if f.Status != data.Skipped || !strings.Contains(msg, want[f.Path]) {
			t.Errorf("%s: %v %q, want skipped saying %q", f.Path, f.Status, msg, want[f.Path])
		}
	}
}

// A PDF that PDFium does not read in time is skipped as such, the instance reading it is
// stopped, and the next PDF reads with a new one.
func TestSlowPDFIsStoppedAndTheNextReads(t *testing.T) {
	b, _ := os.ReadFile(filepath.Join("..", "..", "assets", "samples", "000_4cc8329ff47c7010.txt"))
	pdf := printed(t, strings.ReplaceAll(string(b), "\r\n", "\n"), 110)
	if _, _, err := pdftext.Reader().PageTexts(t.Context(), pdf); err != nil { // the runtime started
		t.Fatal(err)
	}
	old := pdftext.SetReadTimeout(time.Microsecond)
	res := loadPDFs(t, map[string][]byte{"slow.pdf": pdf})
	pdftext.SetReadTimeout(old)
	if f := res.Files[0]; f.Status != data.Skipped || f.Reason.Code != "pdf_timeout" {
		t.Fatalf("slow.pdf: %v %v", f.Status, words.Of("en").Problem(f.Reason))
	}
	res = loadPDFs(t, map[string][]byte{"S22829.pdf": pdf})
	if f := res.Files[0]; f.Project == nil || f.Project.Code != "S22829" {
		t.Fatalf("the next PDF: %v %v", f.Status, words.Of("en").Problem(f.Reason))
	}
}

// The shared page and its printed PDF, side by side as an officer keeps them, are one project
// with both sources.
func TestPageAndItsPDFAreOneProject(t *testing.T) {
	page, err1 := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.html"))
	pdf, err2 := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.pdf"))
	if err1 != nil || err2 != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	res := loadPDFs(t, map[string][]byte{"S22829.html": page, "S22829.pdf": pdf})
	if len(res.Projects) != 1 {
		t.Fatalf("%d projects", len(res.Projects))
	}
	p := res.Projects[0]
	if len(p.Sources) != 2 || p.Sources[0].Kind != data.SourcePage || p.Sources[1].Kind != data.SourcePDF || p.SourcesDisagree() {
		t.Errorf("sources %+v", p.Sources)
	}
	for _, f := range res.Files {
		if f.Status != data.Loaded {
			t.Errorf("%s: %v %v", f.Path, f.Status, f.Problems)
		}
	}
}
