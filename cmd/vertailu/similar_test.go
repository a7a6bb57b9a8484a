package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSimilarJSON: the other four samples, best first, each with the keys the issue names, the
// project asked about not among them.
func TestSimilarJSON(t *testing.T) {
	out, errs, code := runCLI(t, "similar", "s21029", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("%d projects, want the other 4", len(rows))
	}
	last := 2.0
	for _, r := range rows {
		for _, k := range []string{"code", "name", "score", "shared_words", "applicant", "period", "status", "granted_eu_state", "realised_eu_state", "utilisation_eu_state"} {
			if _, ok := r[k]; !ok {
				t.Errorf("key %s missing in %v", k, r)
			}
		}
		if r["code"] == "S21029" {
			t.Error("the project asked about is in its own list")
		}
		score := r["score"].(float64)
		if score > last || score <= 0 {
			t.Errorf("scores not best first: %v after %v", score, last)
		}
		last = score
		if len(r["shared_words"].([]any)) == 0 {
			t.Errorf("%v shares no word", r["code"])
		}
	}
}

// TestSimilarTextFormatsAndErrors: --text from standard input and from a file, --top, csv,
// and the usage errors (an unknown code is exit 2).
func TestSimilarTextFormatsAndErrors(t *testing.T) {
	stdin = strings.NewReader("Valmennusta ja ohjausta työttömille maahanmuuttajille Kiteellä ja Tohmajärvellä")
	defer func() { stdin = os.Stdin }()
	out, errs, code := runCLI(t, "similar", "--text", "-", "--top", "2", "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 3 || recs[0][2] != "code" || recs[1][2] != "S22829" {
		t.Fatalf("csv %v %v", recs, err)
	}
	file := filepath.Join(t.TempDir(), "idea.txt")
	os.WriteFile(file, []byte("maahanmuuttajien neuvontapalvelu Seinäjoella, oppilaitokset"), 0o644)
	out, _, code = runCLI(t, "similar", "--text", file, "--top", "1")
	if code != 0 || !strings.Contains(out, "S21921") || strings.Count(out, "\n") != 2 {
		t.Errorf("--text FILE: exit %d\n%s", code, out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"similar", "NOPE"}, "no project with the code NOPE"},
		{[]string{"similar"}, "give a project code"},
		{[]string{"similar", "S21029", "--top", "0"}, "--top must be 1 or more"},
		{[]string{"similar", "S21029", "--format", "xml"}, "unknown format"},
		{[]string{"similar", "--text", filepath.Join(t.TempDir(), "none.txt")}, "none.txt"},
		{[]string{"similar", "S21029", "a", "b"}, "at most one folder"},
	} {
		_, errs, code := runCLI(t, c.args...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d %q, want 2 and %q", c.args, code, errs, c.want)
		}
	}
}

// TestSimilarInSummariesAndPack: --similar lists the similar earlier projects on each summary,
// of export and of the pack; without it the pages say nothing of them.
func TestSimilarInSummariesAndPack(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	text := func(file string) string {
		out, err := exec.Command("pdftotext", file, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	dir := t.TempDir()
	pack := filepath.Join(dir, "pack.pdf")
	if _, errs, code := runCLI(t, "pack", "--similar", "--lang", "en", "--out", pack); code != 0 {
		t.Fatalf("pack: exit %d: %s", code, errs)
	}
	if n := strings.Count(text(pack), "Similar earlier projects"); n < 3 {
		t.Errorf("the pack lists similar earlier projects on %d summaries", n)
	}
	out := filepath.Join(dir, "pdf")
	if _, errs, code := runCLI(t, "export", "--similar", "--codes", "S22829", "--out", out); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	files, _ := filepath.Glob(filepath.Join(out, "S22829*.pdf"))
	if len(files) != 1 || !strings.Contains(text(files[0]), "Samankaltaiset aiemmat hankkeet") {
		t.Errorf("export --similar: %v", files)
	}
	plain := filepath.Join(dir, "plain")
	runCLI(t, "export", "--codes", "S22829", "--out", plain)
	files, _ = filepath.Glob(filepath.Join(plain, "S22829*.pdf"))
	if len(files) != 1 || strings.Contains(text(files[0]), "aiemmat hankkeet") {
		t.Errorf("export without --similar: %v", files)
	}
}
