package export

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

func measuringDoc() *fpdf.Fpdf {
	pdf := newDocument("P", time.Time{})
	pdf.AddPage()
	setFont(pdf, "", 8)
	return pdf
}

func TestFitText(t *testing.T) {
	pdf := measuringDoc()
	long := strings.Repeat("Hanke kehittää ohjausta. ", 50)
	tests := []struct {
		name, text string
		w          float64
		n          int
		cut        bool
		end        string
	}{
		{"fits", "Lyhyt teksti.", 100, 2, false, "Lyhyt teksti."},
		{"sentence", long, 80, 3, true, "ohjausta. …"},
		{"word", strings.Repeat("sana ", 200), 80, 2, true, "sana …"},
		{"one long word", strings.Repeat("x", 2000), 50, 2, true, "…"},
		{"paragraphs", "Yksi.\nKaksi.\nKolme.\nNeljä.", 100, 2, true, "…"},
		{"empty", "", 100, 2, false, ""},
		{"no lines", "teksti", 100, 0, true, ""},
	}
	for _, tt := range tests {
		lines, cut := fitText(pdf, tt.text, tt.w, tt.n)
		if cut != tt.cut || len(lines) > max(tt.n, 0) {
			t.Errorf("%s: cut %v, %d lines; want cut %v, at most %d", tt.name, cut, len(lines), tt.cut, tt.n)
		}
		for _, l := range lines {
			if w := pdf.GetStringWidth(l); w > tt.w+0.01 {
				t.Errorf("%s: line %q is %.1f mm wide, more than %.1f", tt.name, l, w, tt.w)
			}
		}
		if got := strings.Join(lines, " "); !strings.HasSuffix(got, tt.end) {
			t.Errorf("%s: ends %q, want …%q", tt.name, got[max(0, len(got)-30):], tt.end)
		}
	}
}

func TestFitList(t *testing.T) {
	pdf := measuringDoc()
	items := strings.Split(strings.Repeat("Kitee,", 200), ",")[:200]
	lines := fitList(pdf, items, 60, 2, labelsFor("fi").more)
	if len(lines) != 2 || !strings.Contains(lines[1], "muuta") {
		t.Errorf("200 items in 2 lines: %q", lines)
	}
	if lines := fitList(pdf, []string{strings.Repeat("Pitkä nimi ", 40), "B"}, 60, 2, labelsFor("en").more); len(lines) != 2 || lines[1] != "+1 more" {
		t.Errorf("a too long first item: %q", lines)
	}
	if lines := fitList(pdf, []string{"A", "B"}, 60, 1, labelsFor("en").more); strings.Join(lines, "") != "A, B" {
		t.Errorf("a short list: %q", lines)
	}
}

func TestClean(t *testing.T) {
	got := clean("a\x00b\t\nc 😀 \xff d\u00a0€\u200b")
	if got != "a b c \uFFFD \uFFFD d\u00a0€" {
		t.Errorf("clean = %q", got)
	}
	if got := cleanText("yksi\r\n\n\n  kaksi \n", true); got != "yksi\nkaksi" {
		t.Errorf("cleanText = %q", got)
	}
}

// TestPageHelpers proves the page count and raster checks the other tests rely on can fail.
func TestPageHelpers(t *testing.T) {
	pdf := newDocument("P", testNow)
	pdf.AddPage()
	pdf.AddPage()
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	var pngBytes bytes.Buffer
	png.Encode(&pngBytes, img)
	pdf.RegisterImageOptionsReader("dot", fpdf.ImageOptions{ImageType: "PNG"}, &pngBytes)
	pdf.ImageOptions("dot", 10, 10, 5, 5, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	if n := pageCount(b.Bytes()); n != 2 {
		t.Errorf("pageCount = %d, want 2", n)
	}
	if !hasRaster(b.Bytes()) {
		t.Error("hasRaster missed an embedded PNG")
	}
}

// FuzzFitText checks that any text fits the lines it is given and never panics.
func FuzzFitText(f *testing.F) {
	for _, s := range []string{"", "a", "Lause. Toinen lause.", strings.Repeat("😀", 100), "\n\n\n", "x\u00a0y z"} {
		f.Add(s, 40.0, 3)
	}
	pdf := measuringDoc()
	f.Fuzz(func(t *testing.T, s string, w float64, n int) {
		if w < 5 || w > 500 || n < 0 || n > 50 {
			return
		}
		s = cleanText(s, true)
		lines, _ := fitText(pdf, s, w, n)
		if len(lines) > n {
			t.Fatalf("%d lines, want at most %d", len(lines), n)
		}
		for _, l := range lines {
			if len([]rune(l)) > 1 && pdf.GetStringWidth(l) > w+0.01 {
				t.Fatalf("line %q wider than %v", l, w)
			}
		}
	})
}
