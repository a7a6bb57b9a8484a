package pdftext_test

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/pdftext"

	"codeberg.org/go-pdf/fpdf"
)

// TestMain lets a test start this binary as a process that loads a folder with the process's
// PDF reader (see TestWholeLoadStaysInMemory), printing each file's path and problem code.
func TestMain(m *testing.M) {
	if dir := os.Getenv("VERTAILU_TEST_LOAD"); dir != "" {
		res, err := load.Folder(context.Background(), dir, load.Options{PDF: pdftext.Reader()})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		for _, f := range res.Files {
			fmt.Printf("%s %s\n", f.Path, f.Reason.Code)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// A PDF of one page built object by object: the crafted files a hostile folder may hold.
// objects are the bodies of objects 1…n; object 1 is the catalogue, 2 the page tree, 3 the
// page.
func rawPDF(objects ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

// stream is a stream object of content, deflated when deflate says so.
func stream(dict string, content []byte, deflate bool) string {
	if deflate {
		var z bytes.Buffer
		w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
		w.Write(content)
		w.Close()
		content = z.Bytes()
		dict += " /Filter /FlateDecode"
	}
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(content), content)
}

const (
	catalog = "<< /Type /Catalog /Pages 2 0 R >>"
	pages   = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
	font    = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
)

// formBomb is a 3 KB PDF whose page draws a form that draws the next ten times, nine deep:
// a billion words of text.
func formBomb() []byte {
	objs := []string{
		catalog, pages,
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>",
		stream("", []byte("/X Do"), false),
	}
	const levels = 9
	for i := range levels {
		n := len(objs) + 1 // this form's object number
		if i == levels-1 {
			objs = append(objs, stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F %d 0 R >> >>", n+1),
				[]byte("BT /F 12 Tf 72 700 Td (Hankekoodi) Tj ET"), false), font)
			break
		}
		objs = append(objs, stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X %d 0 R >> >>", n+1),
			[]byte(strings.Repeat("/X Do ", 10)), false))
	}
	return rawPDF(objs...)
}

// textBomb is a 31 KB PDF whose one page shows three million pieces of text.
func textBomb() []byte {
	content := "BT /F 1 Tf 72 700 Td " + strings.Repeat("(a) Tj ", 3_000_000) + "ET"
	return rawPDF(catalog, pages,
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F 5 0 R >> >> /Contents 4 0 R >>",
		stream("", []byte(content), true), font)
}

// inflateBomb is a 1 MB PDF whose page's content inflates to a GiB of spaces.
func inflateBomb() []byte {
	const chunk, n = 1 << 20, 1024
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestCompression)
	spaces := bytes.Repeat([]byte(" "), chunk)
	var ends [3]int
	for i := range ends {
		w.Write(spaces)
		w.Flush()
		ends[i] = z.Len()
	}
	w.Close()
	first, again, end := z.Bytes()[:ends[0]], z.Bytes()[ends[1]:ends[2]], z.Bytes()[ends[2]:]
	if !bytes.Equal(again, z.Bytes()[ends[0]:ends[1]]) {
		panic("the deflated chunks differ")
	}
	var s bytes.Buffer
	s.Write([]byte{0x78, 0xda})
	s.Write(first)
	for range n - 1 {
		s.Write(again)
	}
	s.Write(end)
	// Adler-32 of n MiB of spaces: a = 1 + 32·N, b = Σ (1 + 32·k) = N + 16·N·(N+1), N bytes.
	const mod = 65521
	bytes := uint64(n * chunk)
	a := (1 + 32*bytes) % mod
	b := (bytes%mod + 16*(bytes%mod)%mod*((bytes+1)%mod)) % mod
	s.Write([]byte{byte(b >> 8), byte(b), byte(a >> 8), byte(a)})
	content := s.Bytes()
	return rawPDF(catalog, pages,
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", len(content), content))
}

// sharedPDF is the service's page printed by Chromium, from the shared fixtures.
func sharedPDF(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "pages", "S22829.pdf"))
	if err != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	return b
}

// loadWith loads files (name → bytes) from a new folder with r, saying into *preparing how
// often the load was told the reader prepares itself.
func loadWith(t *testing.T, r data.PDFReader, files map[string][]byte, preparing *int) *data.LoadResult {
	t.Helper()
	dir := t.TempDir()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	opts := load.Options{PDF: r}
	if preparing != nil {
		opts.Preparing = func() { *preparing++ }
	}
	res, err := load.Folder(t.Context(), dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// wantRead fails unless the load read S22829.pdf as the project S22829.
func wantRead(t *testing.T, res *data.LoadResult) {
	t.Helper()
	for _, f := range res.Files {
		if f.Path == "S22829.pdf" && (f.Project == nil || f.Project.Code != "S22829") {
			t.Errorf("S22829.pdf: %v %s", f.Status, words.Of("en").Problem(f.Reason))
		}
	}
}

// Crafted PDFs of a few kilobytes that make PDFium ask for gigabytes (forms drawing forms, three
// million pieces of text, a stream inflating to a GiB) are each skipped as needing too much
// memory, and the real description read after them in the same load is read, every time: an
// instance that failed is never used again. (The memory is capped lower here, to be quick;
// twice, once under the race detector, which makes it slow.)
func TestCraftedPDFsAreSkippedAndTheNextReads(t *testing.T) {
	r := pdftext.NewReader(pdftext.CacheFolder(), nil, 64<<20)
	files := map[string][]byte{"a.pdf": formBomb(), "b.pdf": textBomb(), "c.pdf": inflateBomb(), "S22829.pdf": sharedPDF(t)}
	runs := 2
	if pdftext.RaceEnabled {
		runs = 1
	}
	for range runs {
		res := loadWith(t, r, files, nil)
		wantRead(t, res)
		for _, f := range res.Files {
			if f.Path != "S22829.pdf" && (f.Status != data.Skipped || f.Reason.Code != "pdf_memory") {
				t.Errorf("%s: %v %s", f.Path, f.Status, words.Of("en").Problem(f.Reason))
			}
		}
	}
}

// A reader that cannot start says why, once, as the reader's failure and not as damage to each
// PDF: the load's other PDFs point to it.
func TestReaderThatCannotStartSaysWhy(t *testing.T) {
	r := pdftext.NewReader("", []byte("\x00asm but not quite"), pdftext.MemoryLimit)
	pdf := sharedPDF(t)
	res := loadWith(t, r, map[string][]byte{"S22829.pdf": pdf, "toinen.pdf": pdf}, nil)
	if msg := words.Of("en").Problem(res.Files[1].Reason); msg != "not read: the PDF reader could not start (the cause is said on S22829.pdf)" {
		t.Errorf("toinen.pdf: %q", msg)
	}
	f := res.Files[0]
	msg := words.Of("en").Problem(f.Reason)
	if f.Reason.Code != "pdf_reader" || !strings.HasPrefix(msg, "the PDF reader could not start: ") || strings.Contains(msg, "damaged") {
		t.Errorf("%v %q", f.Status, msg)
	}
	if fi := words.Of("fi").Problem(f.Reason); !strings.HasPrefix(fi, "PDF-lukija ei käynnistynyt: ") {
		t.Errorf("fi: %q", fi)
	}
}

// A PDF of more pages than are read says how many were not.
func TestPagesPastTheLastReadAreSaid(t *testing.T) {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetFont("Helvetica", "", 12)
	for i := range 203 {
		pdf.AddPage()
		if i == 0 {
			pdf.MultiCell(0, 6, "Hankekoodi: S1\nHankkeen nimi: Pitkä hanke\n", "", "L", false)
		} else {
			pdf.Cell(40, 10, "Liite "+strconv.Itoa(i))
		}
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	res := loadWith(t, pdftext.Reader(), map[string][]byte{"pitkä.pdf": b.Bytes()}, nil)
	f := res.Files[0]
	if f.Project == nil {
		t.Fatalf("skipped: %s", words.Of("en").Problem(f.Reason))
	}
	var said []string
	for _, p := range f.Problems {
		said = append(said, words.Of("en").Problem(p))
	}
	want := "only the first 200 pages of the PDF were read: the 3 pages after them were not"
	if !slices.Contains(said, want) {
		t.Errorf("warnings %q, want %q", said, want)
	}
}
