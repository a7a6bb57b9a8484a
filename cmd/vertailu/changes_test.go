package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"vertailu/data/synth"
)

const changesHead = synth.ListHeader2014 + "\n"

// changesFolder holds two exports of one period, the newer named by its date, and one of
// another period.
func changesFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("lista_2026-07-25.csv", changesHead+
		"S1,ESR,Nimi,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,100,,2000\n"+
		"S2,ESR,Toinen,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,100,3000,2000\n")
	write("lista_2026-09-25.csv", changesHead+
		"S3,ESR,Kolmas,3,ELY,Toiminnassa,1.1.2016,31.12.2017,Oy,500,0,3000,2000\n"+
		"S1,ESR,Nimi,3,ELY,Toiminta päättynyt,1.1.2015,31.1.2018,Oy,1000,350,10,2000\n")
	return dir
}

// The JSON is an array of one object per changed project: code, kind and for a changed one
// its changes with the keys and values of the table's JSON.
func TestChangesJSON(t *testing.T) {
	dir := changesFolder(t)
	out, errs, code := runCLI(t, "changes", "--format", "json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []struct {
		Code    string
		Kind    string
		Changes []struct {
			Field    string
			From, To any
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err, out)
	}
	if len(got) != 3 || got[0].Code != "S1" || got[0].Kind != "changed" || got[1].Kind != "removed" || got[2].Code != "S3" || got[2].Kind != "added" {
		t.Fatalf("%+v", got)
	}
	c := got[0].Changes
	if len(c) != 4 || c[0].Field != "status" || c[0].From != "Toiminnassa" || c[0].To != "Toiminta päättynyt" ||
		c[1].Field != "end" || c[1].To != "2018-01-31" || c[2].Field != "realised_eu_state" || c[2].From != 100.0 || c[2].To != 350.0 ||
		c[3].Field != "planned_public_total" || c[3].From != nil || c[3].To != 10.0 {
		t.Errorf("%+v", c)
	}
	if strings.Contains(out, `"changes": null`) || !strings.Contains(out, `"kind": "added"`) {
		t.Errorf("%s", out)
	}
	// The same, named; --min leaves the small figures out.
	out, errs, code = runCLI(t, "changes", "--format", "json", "--min", "100", "--from", filepath.Join(dir, "lista_2026-07-25.csv"), "--to", "lista_2026-09-25.csv", dir)
	if code != 0 || !strings.Contains(out, `"realised_eu_state"`) || strings.Contains(out, `"planned_public_total"`) {
		t.Errorf("exit %d %s: %s", code, errs, out)
	}
	// Two files wherever they are, newer first: the changes backwards.
	out, errs, code = runCLI(t, "changes", "--format", "json", "--from", filepath.Join(dir, "lista_2026-09-25.csv"), "--to", filepath.Join(dir, "lista_2026-07-25.csv"))
	if code != 0 || !strings.Contains(out, `"from": "Toiminta päättynyt"`) || !strings.Contains(out, `"code": "S3",
    "kind": "removed"`) {
		t.Errorf("exit %d %s: %s", code, errs, out)
	}
}

func TestChangesTextCSVAndErrors(t *testing.T) {
	dir := changesFolder(t)
	out, errs, code := runCLI(t, "changes", "--lang", "fi", dir)
	for _, want := range []string{"lista_2026-07-25.csv (25.7.2026, name)", "lisätty 1, poistettu 1, muuttunut 1", "realised_eu_state", "+250 €", "250,0 %", "Toiminta päättynyt"} {
		if code != 0 || !strings.Contains(strings.ReplaceAll(out, "\u00a0", " "), want) {
			t.Errorf("exit %d %s: no %q in\n%s", code, errs, want, out)
		}
	}
	if out, _, _ := runCLI(t, "changes", dir); !strings.Contains(out, "from lista_2026-07-25.csv") || !strings.Contains(out, "added 1, removed 1, changed 1") {
		t.Errorf("the English text:\n%s", out)
	}
	out, _, code = runCLI(t, "changes", "--format", "csv", dir)
	if code != 0 || !strings.HasPrefix(out, "code,name,kind,field,from,to,difference,ratio\n") || !strings.Contains(out, "S1,Nimi,changed,realised_eu_state,100,350,250,2.5000\n") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	xlsx := filepath.Join(t.TempDir(), "muutokset.xlsx")
	if _, errs, code := runCLI(t, "changes", "--format", "xlsx", "--out", xlsx, "--lang", "fi", dir); code != 0 {
		t.Fatalf("xlsx: exit %d %s", code, errs)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Muutokset")
	f.Close()
	if len(rows) != 7 || rows[0][0] != "Koodi" || rows[0][7] != "Muutos %" || rows[1][3] != "Tila" || rows[3][6] != "250 €" {
		t.Errorf("%q", rows)
	}
	if _, errs, code := runCLI(t, "changes", "--from", "a.csv", dir); code != 2 || !strings.Contains(errs, "--from and --to go together") {
		t.Errorf("exit %d %s", code, errs)
	}
	if _, errs, code := runCLI(t, "changes", "--from", "nope.csv", "--to", "lista_2026-09-25.csv", dir); code != 2 || !strings.Contains(errs, "nope.csv is not a project list export") {
		t.Errorf("exit %d %s", code, errs)
	}
	if _, errs, code := runCLI(t, "changes", t.TempDir()); code != 2 || !strings.Contains(errs, "no two project list exports") {
		t.Errorf("exit %d %s", code, errs)
	}
	if _, errs, code := runCLI(t, "changes", "--out", filepath.Join(dir, "x.csv"), "--format", "csv", dir); code != 2 || !strings.Contains(errs, "inside") {
		t.Errorf("writing into the folder read: exit %d %s", code, errs)
	}
}

// BenchmarkChanges20k runs `vertailu changes --format json DIR` as a whole process on two
// exports of 20,000 rows each (the older as the service writes it, the newer saved again by a
// spreadsheet, rows gone, statuses and figures changed) and reports the time of one run. The
// target is 0.5 s; cpu-s is the processor time the run took (user and system, both cores),
// which a busy machine does not inflate as it does the wall time.
func BenchmarkChanges20k(b *testing.B) {
	dir := b.TempDir()
	rows := synth.RandomListRows(20000, 1, false)
	for i := range rows {
		rows[i] = rows[i].Expected(charmap.ISO8859_1)
	}
	write := func(name string, bs []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), bs, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write("projektilista-2014-2020_2026-07-25.csv", synth.RawList(rows, false, charmap.ISO8859_1))
	for i := range rows {
		if i%10 == 0 {
			rows[i].Status = "Keskeytynyt"
		}
		if i%7 == 0 {
			rows[i].Money[1].Cents += 100000
		}
	}
	write("projektilista-2014-2020_2026-09-25.csv", synth.SpreadsheetCSV(rows[100:], false))
	var cpu time.Duration
	run := func() time.Duration {
		cmd := vertailuBench("changes", "--format", "json", dir)
		t0 := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		return time.Since(t0)
	}
	run() // warm the page cache and the program
	cpu = 0
	var took time.Duration
	for b.Loop() {
		took += run()
	}
	b.ReportMetric(took.Seconds()/float64(b.N), "changes-s")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s") // on a busy machine, what the run itself took
}

// vertailuBench is the vertailu command with args as a process (this test binary started as
// the command, see TestMain), its output discarded.
func vertailuBench(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$", "-test.bench=^$")
	cmd.Env = append(os.Environ(), "VERTAILU_TEST_COMMAND="+strings.Join(args, "\x1f"))
	return cmd
}

// The meeting pack with --changes has the changes' page at its end.
func TestPackWithChangesFlag(t *testing.T) {
	dir := changesFolder(t)
	out := filepath.Join(t.TempDir(), "pack.pdf")
	if _, errs, code := runCLI(t, "pack", "--changes", "--lang", "en", "--out", out, dir); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text, err := exec.Command("pdftotext", out, "-").Output()
		if err != nil || !strings.Contains(string(text), "Changes since") || !strings.Contains(string(text), "1 new, 1 no longer listed, 1 changed") {
			t.Errorf("%v: the pack has no changes' page:\n%s", err, text)
		}
	}
	one := t.TempDir()
	if err := os.WriteFile(filepath.Join(one, "lista.csv"), []byte(changesHead+"S1,ESR,Nimi,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,100,,2000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := runCLI(t, "pack", "--changes", "--out", filepath.Join(t.TempDir(), "p.pdf"), one); code == 0 || !strings.Contains(errs, "no two project list exports") {
		t.Errorf("exit %d: %s", code, errs)
	}
}
