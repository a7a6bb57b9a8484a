package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
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
