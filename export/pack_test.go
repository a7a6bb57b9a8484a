package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"

	"vertailu/assets/words"
	"vertailu/data"
)

func packBytes(t *testing.T, ps []*data.Project, opts PackOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	opts.Now = testNow
	if err := WritePack(context.Background(), &b, ps, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pageTexts is the text of each page of a PDF, spaces squeezed.
func pageTexts(t *testing.T, b []byte) []string {
	t.Helper()
	file := writeTemp(t, "p.pdf", b)
	var out []string
	for n := 1; n <= pageCount(b); n++ {
		if _, err := exec.LookPath("pdftotext"); err != nil {
			t.Skip("pdftotext (poppler-utils) is not installed")
		}
		text, err := exec.Command("pdftotext", "-f", fmt.Sprint(n), "-l", fmt.Sprint(n), "-layout", file, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext page %d: %v", n, err)
		}
		out = append(out, normSpace(string(text)))
	}
	return out
}

// footerNumber finds "n / N" (pdftotext may drop the spaces) at the end of a page's text.
var footerNumber = regexp.MustCompile(`(\d+) ?/ ?(\d+)\s*$`)

func TestPackSeeds(t *testing.T) {
	ps := seeds(t)
	q := data.Query{Text: "maahanmuutt", SortKey: "granted_eu_state", Desc: true}
	b := packBytes(t, ps, PackOptions{Lang: "fi", Folder: "/home/virkailija/Hankkeet 2014–2020", Query: q})
	golden(t, filepath.Join("testdata", "pack.pdf"), b)
	// Cover, contents, the three pages of the comparison, five summaries.
	const total = 10
	if n := pageCount(b); n != total {
		t.Fatalf("%d pages, want %d", n, total)
	}
	pages := pageTexts(t, b)
	for i, text := range pages {
		m := footerNumber.FindStringSubmatch(text)
		if m == nil || m[1] != fmt.Sprint(i+1) || m[2] != fmt.Sprint(total) {
			t.Errorf("page %d does not end with its number %d / %d: …%s", i+1, i+1, total, tail(text, 60))
		}
	}
	for _, w := range []string{
		"Kokousaineisto", "Hankkeet 2014–2020", "5 hanketta", "haku ”maahanmuutt”", "Myönnetty EU+valtio €, laskevasti",
		normSpace(words.Of("fi").Sum(data.Totals(ps), data.GrantedEUState)), "sivulta 3", "sivulta 6",
	} {
		if !strings.Contains(pages[0], w) {
			t.Errorf("the cover lacks %q:\n%s", w, pages[0])
		}
	}
	for i, p := range ps {
		row := regexp.MustCompile(p.Code + ` .*\.* ?` + fmt.Sprint(6+i) + `\b`)
		if !row.MatchString(pages[1]) {
			t.Errorf("the contents do not give %s page %d:\n%s", p.Code, 6+i, pages[1])
		}
	}
	if !strings.Contains(pages[2], "Hankkeiden vertailu") || !strings.Contains(pages[4], "Välillinen") {
		t.Error("pages 3–5 are not the comparison")
	}
}

func tail(s string, n int) string { return s[max(0, len(s)-n):] }

// A summary in the pack is the one-page summary, only numbered in the pack.
func TestPackSummaryIsTheOnePager(t *testing.T) {
	ps := seeds(t)
	pages := pageTexts(t, packBytes(t, ps, PackOptions{Lang: "en"}))
	for i, p := range ps {
		var one bytes.Buffer
		if err := WriteSummary(&one, p, SummaryOptions{Lang: "en", Now: testNow}); err != nil {
			t.Fatal(err)
		}
		alone := footerNumber.ReplaceAllString(pageTexts(t, one.Bytes())[0], "")
		inPack := footerNumber.ReplaceAllString(pages[5+i], "")
		if alone != inPack {
			t.Errorf("%s in the pack differs from its summary:\n%s\n----\n%s", p.Code, inPack, alone)
		}
	}
}

// outlineJSON is what qpdf says of an outline entry.
type outlineJSON struct {
	Title string        `json:"title"`
	Page  int           `json:"destpageposfrom1"`
	Kids  []outlineJSON `json:"kids"`
}

func TestPackOutline(t *testing.T) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf is not installed (scripts/setup.sh installs it)")
	}
	ps := make([]*data.Project, 40)
	for i := range ps {
		ps[i] = synthProject(i)
	}
	b := packBytes(t, ps, PackOptions{Lang: "en", Marked: true})
	file := writeTemp(t, "o.pdf", b)
	if out, err := exec.Command("qpdf", "--check", file).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	out, err := exec.Command("qpdf", "--json", "--json-key=outlines", file).Output()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct{ Outlines []outlineJSON }
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	// 40 projects: 1 contents page; the comparison is 2 table pages, 3 chart pages and
	// 7×2 radar pages (planned, so counted here by the plan).
	rp, _ := newReport(ps, "en", testNow)
	first := 2 + len(rp.plan())
	want := []outlineJSON{{Title: "Cover", Page: 1}, {Title: "Contents", Page: 2}, {Title: "Project comparison", Page: 3}, {Title: "Project summaries", Page: first + 1}}
	if len(doc.Outlines) != len(want) {
		t.Fatalf("outline %+v", doc.Outlines)
	}
	for i, w := range want {
		if o := doc.Outlines[i]; o.Title != w.Title || o.Page != w.Page {
			t.Errorf("outline entry %d is %q on page %d, want %q on page %d", i, o.Title, o.Page, w.Title, w.Page)
		}
	}
	kids := doc.Outlines[3].Kids
	if len(kids) != len(ps) {
		t.Fatalf("%d project entries, want %d", len(kids), len(ps))
	}
	for i, k := range kids {
		want := sanitised(ps[i]) // as the page shows it: one line, letters the fonts have
		if k.Title != want.Code+" "+want.Name || k.Page != first+1+i {
			t.Errorf("entry %d: %q on page %d, want %q on page %d", i, k.Title, k.Page, want.Code+" "+want.Name, first+1+i)
		}
	}
	if n := pageCount(b); n != first+len(ps) {
		t.Errorf("%d pages, want %d", n, first+len(ps))
	}
}

// The pack reaches its writer as it is made, not all at the end: when the last part is done,
// nearly all of it has been written (the joiner keeps 64 KB in its buffer).
func TestPackStreams(t *testing.T) {
	ps := make([]*data.Project, 60)
	for i := range ps {
		ps[i] = synthProject(i)
	}
	var w countWriter
	var atSteps []int64
	opts := PackOptions{Now: testNow, Progress: func(done, total int) { atSteps = append(atSteps, w.n) }}
	if err := WritePack(context.Background(), &w, ps, opts); err != nil {
		t.Fatal(err)
	}
	half := atSteps[len(atSteps)/2]
	if half < w.n/3 {
		t.Errorf("half way through the parts only %d of %d bytes were written", half, w.n)
	}
	if last := atSteps[len(atSteps)-1]; last < w.n-200<<10 {
		t.Errorf("after the last part %d of %d bytes were written", last, w.n)
	}
}

type countWriter struct{ n int64 }

func (w *countWriter) Write(b []byte) (int, error) {
	w.n += int64(len(b))
	return len(b), nil
}

func TestPackFileCancelledLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	ps := make([]*data.Project, 30)
	for i := range ps {
		ps[i] = synthProject(i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	opts := PackOptions{Progress: func(done, total int) {
		if done == 5 {
			cancel()
		}
	}}
	err := WritePackFile(ctx, filepath.Join(dir, "pack.pdf"), ps, opts)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled pack: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a cancelled pack left %v", entries)
	}
	if err := WritePackFile(context.Background(), filepath.Join(dir, "pack.pdf"), ps[:2], PackOptions{}); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the pack folder holds %v", entries)
	}
}

func TestPackDiskFull(t *testing.T) {
	full := func(io.Writer) error { return &os.PathError{Op: "write", Path: "x.pdf", Err: syscall.ENOSPC} }
	dir := t.TempDir()
	err := placeContent(context.Background(), filepath.Join(dir, "x.pdf"), full, true)
	if !errors.Is(err, ErrDiskFull) || !strings.Contains(err.Error(), "the disk is full") {
		t.Errorf("a full disk gave %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a failed write left %v", entries)
	}
}

func TestPackEmpty(t *testing.T) {
	if err := WritePack(context.Background(), io.Discard, nil, PackOptions{}); err == nil {
		t.Error("a pack of nothing gave no error")
	}
}

func TestJoinRejectsOtherPDFs(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("%PDF-1.4\n"), []byte("startxref\n99999\n%%EOF"), []byte("xref\n0 2\nstartxref\n0\n%%EOF")} {
		j := newJoiner(io.Discard, 1)
		if _, err := j.add(b); err == nil {
			t.Errorf("joined %q", b)
		}
	}
}
