package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestLook writes the seed summaries to $VERTAILU_LOOK for a person to look at.
func TestLook(t *testing.T) {
	dir := os.Getenv("VERTAILU_LOOK")
	if dir == "" {
		t.Skip("set VERTAILU_LOOK=DIR to write PDFs to look at")
	}
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	for _, p := range seeds(t) {
		for _, lang := range []string{"fi", "en"} {
			var b bytes.Buffer
			if err := WriteSummary(&b, p, SummaryOptions{Lang: lang, Now: now}); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(dir, p.Code+"_"+lang+".pdf"), b.Bytes(), 0o644)
		}
	}
}

// TestLookSynthetic writes an extreme and an ordinary synthetic summary and a report to
// $VERTAILU_LOOK.
func TestLookSynthetic(t *testing.T) {
	dir := os.Getenv("VERTAILU_LOOK")
	if dir == "" {
		t.Skip("set VERTAILU_LOOK=DIR to write PDFs to look at")
	}
	now := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	for _, i := range []int{0, 10, 3, 5} {
		var b bytes.Buffer
		if err := WriteSummary(&b, synthProject(i), SummaryOptions{Now: now}); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "synth"+strconv.Itoa(i)+".pdf"), b.Bytes(), 0o644)
	}
	var b bytes.Buffer
	if err := WriteReport(&b, seeds(t), ReportOptions{Now: now}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "report.pdf"), b.Bytes(), 0o644)
}
