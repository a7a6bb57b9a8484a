package export

import (
	"bytes"
	"strings"
	"testing"

	"vertailu/data"
)

// TestSummarySimilar: the similar earlier projects, at most three, each with its outcome, on
// the one page, above the footer; a long name is cut, the outcome kept.
func TestSummarySimilar(t *testing.T) {
	ps := seeds(t)
	long := *ps[3]
	long.Name = strings.Repeat("Hyvin pitkä hankkeen nimi ", 20)
	var buf bytes.Buffer
	opts := SummaryOptions{Lang: "en", Similar: []*data.Project{ps[1], &long, ps[2], ps[4]}}
	if err := WriteSummary(&buf, ps[0], opts); err != nil {
		t.Fatal(err)
	}
	if n := pageCount(buf.Bytes()); n != 1 {
		t.Fatalf("%d pages", n)
	}
	text := normSpace(pdfText(t, writeTemp(t, "s.pdf", buf.Bytes())))
	for _, want := range []string{"Similar earlier projects", ps[1].Code + " " + ps[1].Name + " – Ended, utilisation EU+state", long.Code + " Hyvin pitkä", ps[2].Code} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	if strings.Contains(text, ps[4].Code+" ") {
		t.Error("a fourth project is listed")
	}
	if i, j := strings.Index(text, "Similar earlier projects"), strings.Index(text, "Final report"); i < j {
		t.Error("the similar projects are not below the texts")
	}
	buf.Reset()
	WriteSummary(&buf, ps[0], SummaryOptions{Lang: "fi", Similar: ps[1:2]})
	if text := normSpace(pdfText(t, writeTemp(t, "f.pdf", buf.Bytes()))); !strings.Contains(text, "Samankaltaiset aiemmat hankkeet") {
		t.Errorf("Finnish: %s", text)
	}
}
