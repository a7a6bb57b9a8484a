package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"vertailu/assets/words"
)

func TestNotesCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "nb", "notebook.db")
	t.Setenv("VERTAILU_NOTEBOOK", db)
	if _, errs, code := runCLI(t, "notes", "add", "S21029", "Ask", "about", "the", "budget"); code != 0 {
		t.Fatalf("add: %d %s", code, errs)
	}
	if _, errs, code := runCLI(t, "notes", "add", "--", "s22829", "-5 % in the plan"); code != 0 {
		t.Fatalf("add after --: %d %s", code, errs)
	}
	out, errs, code := runCLI(t, "notes", "list", "--format", "json")
	if code != 0 {
		t.Fatalf("list: %d %s", code, errs)
	}
	var notes []map[string]any
	if err := json.Unmarshal([]byte(out), &notes); err != nil || len(notes) != 2 {
		t.Fatalf("list json: %v\n%s", err, out)
	}
	for _, k := range []string{"id", "code", "text", "created", "edited", "author"} {
		if _, ok := notes[0][k]; !ok {
			t.Errorf("no %q in %v", k, notes[0])
		}
	}
	if notes[0]["text"] != "Ask about the budget" || notes[1]["code"] != "S22829" || notes[1]["text"] != "-5 % in the plan" {
		t.Errorf("notes %v", notes)
	}
	out, _, _ = runCLI(t, "notes", "list", "S21029")
	if !strings.Contains(out, "S21029") || !strings.Contains(out, "    Ask about the budget") || strings.Contains(out, "S22829") {
		t.Errorf("list text:\n%s", out)
	}
	id := notes[0]["id"].(string)
	if _, errs, code := runCLI(t, "notes", "edit", id, "Asked."); code != 0 {
		t.Fatalf("edit: %s", errs)
	}
	if _, errs, code := runCLI(t, "notes", "delete", notes[1]["id"].(string)); code != 0 {
		t.Fatalf("delete: %s", errs)
	}
	if _, errs, code := runCLI(t, "notes", "delete", "nope"); code != 1 || !strings.Contains(errs, "no such note") {
		t.Errorf("delete unknown: %d %s", code, errs)
	}
	if _, _, code := runCLI(t, "notes", "frobnicate"); code != 2 {
		t.Errorf("unknown verb: %d", code)
	}

	// tags and selections
	for _, args := range [][]string{
		{"tags", "add", "S21029", "follow", "up"},
		{"tags", "add", "S21029", "risk"},
		{"tags", "remove", "S21029", "risk"},
		{"selections", "save", "Seurantakomitea 12/2026", "S21029", "S22829"},
		{"selections", "save", "Old", "S1"},
		{"selections", "rename", "Old", "Vanha"},
		{"selections", "delete", "Vanha"},
	} {
		if _, errs, code := runCLI(t, args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, errs)
		}
	}
	if out, _, _ := runCLI(t, "tags", "list"); out != "S21029\tfollow up\n" {
		t.Errorf("tags list %q", out)
	}
	if out, _, _ := runCLI(t, "selections", "list"); out != "Seurantakomitea 12/2026\t2\tS21029 S22829\n" {
		t.Errorf("selections list %q", out)
	}

	// export, then import into another notebook twice: the same notes once
	file := filepath.Join(dir, "mine.json")
	for _, kind := range []string{"notes", "tags", "selections"} {
		f := filepath.Join(dir, kind+".json")
		if _, errs, code := runCLI(t, kind, "export", f); code != 0 {
			t.Fatalf("%s export: %s", kind, errs)
		}
		if _, errs, code := runCLI(t, kind, "export", strings.TrimSuffix(f, ".json")+".csv"); code != 0 {
			t.Fatalf("%s export csv: %s", kind, errs)
		}
	}
	os.Rename(filepath.Join(dir, "notes.json"), file)
	other := filepath.Join(dir, "other.db")
	for range 2 {
		if out, errs, code := runCLI(t, "notes", "import", "--db", other, file); code != 0 || !strings.Contains(out, "notes: ") {
			t.Fatalf("import: %d %s %s", code, out, errs)
		}
	}
	out, _, _ = runCLI(t, "notes", "list", "--db", other, "--format", "json")
	if strings.Count(out, `"id"`) != 1 || !strings.Contains(out, "Asked.") {
		t.Errorf("after two imports:\n%s", out)
	}
	if out, _, code := runCLI(t, "selections", "import", "--db", other, filepath.Join(dir, "selections.json")); code != 0 || !strings.Contains(out, "selections: 1 added") {
		t.Errorf("selections import: %s", out)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "tags.csv")); !strings.Contains(string(b), "tag,S21029,follow up") {
		t.Errorf("tags csv %q", b)
	}
	if _, errs, code := runCLI(t, "notes", "import", filepath.Join(dir, "tags.csv")); code != 1 || !strings.Contains(errs, "not a Vertailu notes export") {
		t.Errorf("import of a CSV: %d %s", code, errs)
	}
}

func TestNotesCommandMovesAsideADamagedNotebook(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "notebook.db")
	os.WriteFile(db, []byte(strings.Repeat("garbage ", 1000)), 0o600)
	_, errs, code := runCLI(t, "notes", "add", "--db", db, "S1", "kept")
	if code != 0 || !strings.Contains(errs, "damaged") || !strings.Contains(errs, "moved aside") {
		t.Fatalf("add on a damaged file: %d %s", code, errs)
	}
	moved, _ := filepath.Glob(db + ".unusable-*")
	if len(moved) != 1 {
		t.Fatalf("moved aside: %v", moved)
	}
	if _, errs, code := runCLI(t, "notes", "export", "--db", moved[0], filepath.Join(dir, "out.json")); code != 1 || !strings.Contains(errs, "damaged") {
		t.Errorf("export of garbage: %d %s", code, errs)
	}
	if out, _, _ := runCLI(t, "notes", "list", "--db", db); !strings.Contains(out, "kept") {
		t.Errorf("the new notebook: %s", out)
	}
}

func TestOutputsWithNotes(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("VERTAILU_NOTEBOOK", filepath.Join(dir, "notebook.db"))
	t.Setenv("SOURCE_DATE_EPOCH", "1764662400")
	for _, args := range [][]string{{"notes", "add", "S21029", "Kysy budjetista."}, {"tags", "add", "S21029", "riski"}} {
		if _, errs, code := runCLI(t, args...); code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
	}
	csvFile := filepath.Join(dir, "t.csv")
	if _, errs, code := runCLI(t, "table", "--format", "csv", "--notes", "--out", csvFile); code != 0 {
		t.Fatalf("table --notes: %s", errs)
	}
	if b, _ := os.ReadFile(csvFile); !strings.Contains(string(b), "Tunnisteet;Omat muistiinpanot") && !strings.Contains(string(b), "Tags;My notes") {
		t.Errorf("csv header: %s", strings.SplitN(string(b), "\n", 2)[0])
	}
	out, _, _ := runCLI(t, "table", "--format", "tsv", "--notes")
	if !strings.Contains(out, "\town_tags\town_notes") || !strings.Contains(out, "riski\t") || !strings.Contains(out, ": Kysy budjetista.") {
		t.Errorf("tsv with notes:\n%s", out)
	}
	if out, _, _ := runCLI(t, "table", "--format", "tsv"); strings.Contains(out, "own_notes") {
		t.Error("notes without --notes")
	}
	pack := filepath.Join(dir, "pack.pdf")
	if _, errs, code := runCLI(t, "pack", "--notes", "--codes", "S21029,S22829", "--out", pack); code != 0 {
		t.Fatalf("pack --notes: %s", errs)
	}
	if text := pdfFileText(t, pack); !strings.Contains(text, "Omat muistiinpanot") || !strings.Contains(text, "Kysy budjetista.") {
		t.Errorf("the pack has no notes:\n%s", text)
	}
	sums := filepath.Join(dir, "sums")
	if _, errs, code := runCLI(t, "export", "--notes", "--lang", "en", "--codes", "S21029", "--out", sums); code != 0 {
		t.Fatalf("export --notes: %s", errs)
	}
	files, _ := filepath.Glob(filepath.Join(sums, "*.pdf"))
	if len(files) != 1 {
		t.Fatalf("files %v", files)
	}
	if text := pdfFileText(t, files[0]); !strings.Contains(text, "My notes") || !strings.Contains(text, "Tags: riski") {
		t.Errorf("the summary has no notes:\n%s", text)
	}
}

func TestAppNotebookMovedAside(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "notebook.db")
	t.Setenv("VERTAILU_NOTEBOOK", p)
	os.WriteFile(p, []byte(strings.Repeat("not sqlite ", 500)), 0o600)
	var errb strings.Builder
	s, problem := openAppNotebook(voice{lang: words.EN, w: &errb})
	if s == nil || problem.Kind != "damaged" || !strings.HasPrefix(problem.Moved, p+".unusable-") {
		t.Fatalf("store %v, problem %+v", s, problem)
	}
	s.Close()
	s, problem = openAppNotebook(voice{lang: words.EN, w: &errb})
	if s == nil || problem.Kind != "" {
		t.Fatalf("the second start: %v %+v", s, problem)
	}
	s.Close()
}

func TestPackOfASavedSelection(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("VERTAILU_NOTEBOOK", filepath.Join(dir, "notebook.db"))
	if _, errs, code := runCLI(t, "selections", "save", "Komitea", "S21029", "S99999", "S22829"); code != 0 {
		t.Fatal(errs)
	}
	pack := filepath.Join(dir, "pack.pdf")
	out, errs, code := runCLI(t, "pack", "--selection", "Komitea", "--out", pack)
	if code != 0 || !strings.Contains(out, "2 projects") || !strings.Contains(errs, "1 project of the selection is not in the folder: S99999") {
		t.Fatalf("pack --selection: %d %s %s", code, out, errs)
	}
	if _, errs, code := runCLI(t, "pack", "--selection", "Nope", "--out", filepath.Join(dir, "x.pdf")); code != 1 || !strings.Contains(errs, "no saved selection") {
		t.Errorf("an unknown selection: %d %s", code, errs)
	}
	if _, _, code := runCLI(t, "pack", "--selection", "Komitea", "--codes", "S1", "--out", filepath.Join(dir, "y.pdf")); code != 2 {
		t.Errorf("--codes and --selection: %d", code)
	}
	// table --notes: the filter finds the words of a note
	runCLI(t, "notes", "add", "S20634", "erityinen huomio")
	if out, _, _ := runCLI(t, "table", "--notes", "--filter", "erityinen"); !strings.Contains(out, "S20634") || !strings.Contains(out, "1 project\n") {
		t.Errorf("table --notes --filter:\n%s", out)
	}
}

// TestNotesFromTwoProcessesAtOnce: two vertailu processes adding notes to one notebook at the
// same time both succeed, and every note is there; a third lists them meanwhile.
func TestNotesFromTwoProcessesAtOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "notebook.db")
	const each = 25
	var wg sync.WaitGroup
	errs := make(chan string, 3*each)
	for _, code := range []string{"S21029", "S22829"} {
		wg.Go(func() {
			for i := range each {
				cmd := vertailuProcess(t, "notes", "add", "--db", db, code, fmt.Sprintf("note %d", i))
				if out, err := cmd.CombinedOutput(); err != nil {
					errs <- fmt.Sprintf("%s %d: %v %s", code, i, err, out)
				}
			}
		})
	}
	wg.Go(func() {
		for range each {
			cmd := vertailuProcess(t, "notes", "list", "--db", db, "--format", "json")
			if out, err := cmd.CombinedOutput(); err != nil {
				errs <- fmt.Sprintf("list: %v %s", err, out)
			}
		}
	})
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	out, _, _ := runCLI(t, "notes", "list", "--db", db, "--format", "json")
	var notes []map[string]any
	if err := json.Unmarshal([]byte(out), &notes); err != nil || len(notes) != 2*each {
		t.Fatalf("%d notes, want %d (%v)", len(notes), 2*each, err)
	}
}
