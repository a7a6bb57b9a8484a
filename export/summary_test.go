package export

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"vertailu/data"
)

var testNow = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

// summary renders p's page; on the test's own goroutine only (it may stop the test).
func summary(t testing.TB, p *data.Project, lang string) []byte {
	t.Helper()
	b, err := render(p, lang)
	if err != nil {
		t.Fatalf("%s: %v", p.Code, err)
	}
	return b
}

// render renders p's page: safe on any goroutine.
func render(p *data.Project, lang string) ([]byte, error) {
	var b bytes.Buffer
	err := WriteSummary(&b, p, SummaryOptions{Lang: lang, Now: testNow})
	return b.Bytes(), err
}

// checkPage asserts a summary is one vector page whose text holds the code, the start of the
// name and the four funding figures.
func checkPage(t *testing.T, p *data.Project, lang string, b []byte, withText bool) {
	t.Helper()
	if n := pageCount(b); n != 1 {
		t.Errorf("%s: %d pages, want 1", p.Code, n)
	}
	if hasRaster(b) {
		t.Errorf("%s: the page holds a raster image", p.Code)
	}
	if !withText {
		return
	}
	text := normSpace(pdfText(t, writeTemp(t, "p.pdf", b)))
	want := []string{clean(p.Code), namePrefix(p.Name)}
	for _, f := range []data.Int{
		p.Funding.GrantedEUState, p.Funding.RealisedEUState,
		p.Funding.PlannedPublicTotal, p.Funding.RealisedPublicTotal,
	} {
		want = append(want, normSpace(data.FormatEuro(f, lang))) // as a reader of lang writes it
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s: page text lacks %q", p.Code, w)
		}
	}
}

// namePrefix is the first words of a name (up to 30 bytes), as they start the printed name.
func namePrefix(name string) string {
	words := strings.Fields(clean(name))
	var out []string
	n := 0
	for _, w := range words {
		if n+len(w) > 30 && len(out) > 0 {
			break
		}
		if strings.ContainsRune(w, '\uFFFD') {
			break
		}
		out = append(out, w)
		n += len(w) + 1
	}
	s := strings.Join(out, " ")
	if len(s) > 30 { // one long word, broken across lines
		s = truncateBytes(s, 30)
	}
	return s
}

func TestSeedSummariesOnePage(t *testing.T) {
	for _, p := range seeds(t) {
		for _, lang := range []string{"fi", "en"} {
			checkPage(t, p, lang, summary(t, p, lang), true)
		}
	}
}

// TestSyntheticSummariesOnePage lays out synthetic projects, the extreme ones included: every
// page count is checked, and the text of a sample of pages.
func TestSyntheticSummariesOnePage(t *testing.T) {
	n := 1000
	if testing.Short() || raceEnabled {
		n = 60
	}
	pages := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i := range n { // render in parallel; check on the test's goroutine (checks may stop it)
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			pages[i], errs[i] = render(synthProject(i), []string{"fi", "en"}[i%2])
		})
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("project %d: %v", i, errs[i])
		}
		checkPage(t, synthProject(i), []string{"fi", "en"}[i%2], pages[i], i%25 == 0 || i%25 == 10 || i%25 == 13)
	}
}

func TestSummaryGolden(t *testing.T) {
	for _, p := range seeds(t) {
		b := summary(t, p, "fi")
		golden(t, filepath.Join("testdata", p.Code+".pdf"), b)
	}
	golden(t, filepath.Join("testdata", "S22829_en.pdf"), summary(t, seeds(t)[0], "en"))
}

// golden compares the PDF b with the file, or rewrites the file under -update. What is
// compared is what the pages draw — each page's content stream, decompressed: its text (as
// the glyphs it sets) and its drawing operators — not the bytes around them (object order,
// compression, metadata), which may change without the page changing.
func golden(t *testing.T, file string, b []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update)", err)
	}
	got, exp := pageContents(t, b), pageContents(t, want)
	if len(got) == 0 {
		t.Fatalf("%s: no page content found in the PDF made", file)
	}
	if !slices.Equal(got, exp) {
		// Kept after the test (testdata/failed is ignored by git), to look at or diff.
		failed := filepath.Join(filepath.Dir(file), "failed", filepath.Base(file))
		os.MkdirAll(filepath.Dir(failed), 0o755)
		os.WriteFile(failed, b, 0o644)
		t.Errorf("%s draws otherwise than the golden file (%d vs %d content streams; got %s); if intended, run go test ./export -update",
			file, len(got), len(exp), failed)
	}
}

// streamData finds each stream of a PDF.
var streamData = regexp.MustCompile(`(?s)stream\r?\n(.*?)\r?\nendstream`)

// pageContents are the content streams of a PDF, decompressed, in file order: the streams
// that decompress to drawing operators (text objects, paths, images placed); fonts and images
// themselves are left out.
func pageContents(t *testing.T, pdf []byte) []string {
	t.Helper()
	var out []string
	for _, m := range streamData.FindAllSubmatch(pdf, -1) {
		raw := m[1]
		if r, err := zlib.NewReader(bytes.NewReader(raw)); err == nil {
			if dec, err := io.ReadAll(r); err == nil {
				raw = dec
			}
		}
		if isContent(raw) {
			out = append(out, string(raw))
		}
	}
	return out
}

// isContent reports whether a decoded stream is a page's content — text set in a font, paths,
// placed images — and not a font, its character map or an image.
func isContent(b []byte) bool {
	if bytes.HasPrefix(b, []byte("\x00\x01\x00\x00")) || bytes.Contains(b, []byte("begincmap")) {
		return false // a TrueType font, a character map
	}
	for _, op := range []string{" Tf", " re\n", " cm\n", " Do\n"} {
		if bytes.Contains(b, []byte(op)) {
			return true
		}
	}
	return false
}

func TestSummaryDeterministic(t *testing.T) {
	p := synthProject(3)
	first := summary(t, p, "fi")
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if b, err := render(p, "fi"); err != nil || !bytes.Equal(b, first) {
				t.Errorf("the same project and date gave different bytes (%v)", err)
			}
		})
	}
	wg.Wait()
	other := SummaryOptions{Now: testNow.AddDate(0, 0, 1)}
	var b bytes.Buffer
	if err := WriteSummary(&b, p, other); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(b.Bytes(), first) {
		t.Error("another print date gave the same bytes")
	}
}

func TestSummaryUnknownIsNA(t *testing.T) {
	p := &data.Project{Code: "S99999", Name: "Tuntematon", File: "x.txt", Complete: true}
	p.Derived = data.Derive(p)
	text := normSpace(pdfText(t, writeTemp(t, "na.pdf", summary(t, p, "fi"))))
	if c := strings.Count(text, "ei tiedossa"); c < 12 || strings.Contains(text, "n/a") {
		t.Errorf("an empty project shows \"ei tiedossa\" %d times, want every figure (≥ 12), and never n/a:\n%s", c, text)
	}
	for _, bad := range []string{"0,0 %", " 0 €", "∞", "NaN"} {
		if strings.Contains(text, bad) {
			t.Errorf("an empty project shows %q", bad)
		}
	}
	en := normSpace(pdfText(t, writeTemp(t, "na-en.pdf", summary(t, p, "en"))))
	if c := strings.Count(en, "n/a"); c < 12 || strings.Contains(en, "tiedossa") {
		t.Errorf("in English, an empty project shows n/a %d times, want every figure (≥ 12):\n%s", c, en)
	}
}

func TestSummaryTextCutWithNote(t *testing.T) {
	p := synthProject(0)
	p.Summary = strings.Repeat("Ensimmäinen lause kertoo hankkeesta. ", 400) + "LOPPUSANA"
	p.Derived = data.Derive(p)
	text := pdfText(t, writeTemp(t, "cut.pdf", summary(t, p, "fi")))
	if strings.Contains(text, "LOPPUSANA") {
		t.Error("a 15 000-character summary was printed whole")
	}
	if !strings.Contains(text, "Teksti jatkuu lähteessä") || !strings.Contains(text, "…") {
		t.Errorf("a cut text lacks the ellipsis or the note:\n%s", text)
	}
	if !strings.Contains(normSpace(text), "hankkeesta. …") {
		t.Error("the cut did not fall at the end of a sentence")
	}
}

func TestSummaryEnglish(t *testing.T) {
	p := seeds(t)[0]
	text := normSpace(pdfText(t, writeTemp(t, "en.pdf", summary(t, p, "en"))))
	for _, w := range []string{"Applicant", "Utilisation EU+state", "Gender equality", "Printed 23 Nov 2026", "1/1"} {
		if !strings.Contains(text, w) {
			t.Errorf("English page lacks %q", w)
		}
	}
	fi := normSpace(pdfText(t, writeTemp(t, "fi.pdf", summary(t, p, "fi"))))
	for _, w := range []string{"Hakija", "Käyttöaste EU+valtio", "Tulostettu 23.11.2026", "1/1", p.File} {
		if !strings.Contains(fi, w) {
			t.Errorf("Finnish page lacks %q", w)
		}
	}
}

func TestSummaryHostileText(t *testing.T) {
	p := &data.Project{
		Code: "S1\x00😀", Name: "Nimi 😀🇫🇮 \x1b[31m\u202e käännetty \xff\xfe 𝕏 日本語 Привет – €",
		Summary: strings.Repeat("😀", 5000), FinalReport: "\u2028\u2029\ufeff", File: "../../etc/😀.txt",
	}
	p.Municipalities = []string{"", "😀", strings.Repeat("x", 5000)}
	p.CoImplementers = []data.CoImplementer{{Name: strings.Repeat("Ä", 3000)}}
	p.Derived = data.Derive(p)
	b := summary(t, p, "fi")
	checkPage(t, p, "fi", b, false)
	text := pdfText(t, writeTemp(t, "h.pdf", b))
	if !strings.Contains(text, "Привет – €") {
		t.Errorf("Cyrillic, dash or euro sign lost:\n%s", text)
	}
}

func TestWriteSummaryNil(t *testing.T) {
	if err := WriteSummary(&bytes.Buffer{}, nil, SummaryOptions{}); err == nil {
		t.Error("a nil project gave no error")
	}
}

// A project without sustainability scores (a list's) gets a sentence, not the empty web of a
// radar.
func TestSummaryWithoutScoresDrawsNoRadar(t *testing.T) {
	p := &data.Project{Code: "A70303", Name: "INKA - SmartResearch", Fund: "EAKR", Period: data.Period2014}
	p.Derived = data.Derive(p)
	b := summary(t, p, "en")
	text := normSpace(pdfText(t, writeTemp(t, "s.pdf", b)))
	if !strings.Contains(text, "No sustainability scores") || strings.Contains(text, "Sustainable development") {
		t.Errorf("text:\n%s", text)
	}
}
