package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func TestTableJSONOnSamples(t *testing.T) {
	out, errs, code := runCLI(t, "table", "--format", "json", "--sort", "planned_public_total", "--desc")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var ps []map[string]any
	if err := json.Unmarshal([]byte(out), &ps); err != nil {
		t.Fatal(err)
	}
	if len(ps) != 5 || ps[0]["code"] != "S21029" {
		t.Fatalf("%d projects, first %v", len(ps), ps[0]["code"])
	}
	for _, key := range []string{
		"file", "code", "name", "fund", "priority_axis", "specific_objective", "start", "end", "status",
		"authority", "applicant", "co_implementers", "funding", "regions", "subregions", "municipalities", "indicators",
		"gender_equality", "sustainability", "summary", "target_groups", "final_report", "derived", "complete", "warnings",
	} {
		if _, ok := ps[0][key]; !ok {
			t.Errorf("key %q missing", key)
		}
	}
	for _, p := range ps {
		if p["code"] == "S21921" && p["derived"].(map[string]any)["utilisation_eu_state"] != nil {
			t.Error("utilisation of the interrupted project must be null")
		}
	}
}

func TestTableTextFilterAndErrors(t *testing.T) {
	out, _, code := runCLI(t, "table", "--filter", "raakkyla")
	if code != 0 || !strings.Contains(out, "S22829") || strings.Contains(out, "S21029") || !strings.Contains(out, "1 project\n") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if _, errs, code := runCLI(t, "table", "--sort", "nope"); code != 2 || !strings.Contains(errs, "unknown sort key") {
		t.Errorf("bad sort key: exit %d %q", code, errs)
	}
	if _, errs, code := runCLI(t, "table", "--bogus"); code != 2 || !strings.Contains(errs, "Usage") {
		t.Errorf("bad flag: exit %d %q", code, errs)
	}
	if _, errs, code := runCLI(t, "table", filepath.Join(t.TempDir(), "missing")); code != 2 || !strings.Contains(errs, "cannot be opened: no such file or folder") {
		t.Errorf("missing folder: exit %d %q", code, errs)
	}
	if _, errs, code := runCLI(t, "table", "--lang", "fi", filepath.Join(t.TempDir(), "missing")); code != 2 || !strings.Contains(errs, "ei voi avata: tiedostoa tai kansiota ei ole") {
		t.Errorf("missing folder, in Finnish: exit %d %q", code, errs)
	}
}

func TestCheck(t *testing.T) {
	out, _, code := runCLI(t, "check")
	if code != 0 || !strings.Contains(out, "5 files: 5 ok, 0 with warnings, 0 skipped") {
		t.Errorf("samples: exit %d\n%s", code, out)
	}
	dir := t.TempDir()
	src, _ := os.ReadFile("../../assets/samples/000_4cc8329ff47c7010.txt")
	os.WriteFile(filepath.Join(dir, "a.txt"), src, 0o644)
	os.WriteFile(filepath.Join(dir, "cut.txt"), src[:1500], 0o644)
	os.WriteFile(filepath.Join(dir, "hakemus.txt"), []byte("Hankehakemus\n\nHankkeen nimi: x\n"), 0o644)
	out, _, code = runCLI(t, "check", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"warn  a.txt\n", "also appears in cut.txt", "warn  cut.txt", "looks truncated",
		"skip  hakemus.txt: not a project description: a EURA application form", "3 files: 0 ok, 2 with warnings, 1 skipped",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestTableRefusesToWriteIntoTheFolderItReads(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile("../../assets/samples/000_4cc8329ff47c7010.txt")
	os.WriteFile(filepath.Join(dir, "a.txt"), src, 0o644)
	_, errs, code := runCLI(t, "table", "--format", "json", "--out", filepath.Join(dir, "out.json"), dir)
	if code != 2 || !strings.Contains(errs, "inside the folder being read") {
		t.Errorf("exit %d %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.json")); err == nil {
		t.Error("a file was written into the folder")
	}
	out := filepath.Join(t.TempDir(), "t.tsv")
	if _, errs, code := runCLI(t, "table", "--format", "tsv", "--out", out, dir); code != 0 {
		t.Fatalf("exit %d %s", code, errs)
	}
	b, _ := os.ReadFile(out)
	if lines := strings.Split(strings.TrimSpace(string(b)), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[1], "S22829\t") {
		t.Errorf("tsv:\n%s", b)
	}
}

func TestTableSpreadsheets(t *testing.T) {
	dir := t.TempDir()
	csvPath, xlsxPath := filepath.Join(dir, "t.csv"), filepath.Join(dir, "t.xlsx")
	if _, errs, code := runCLI(t, "table", "--format", "csv", "--out", csvPath, "--lang", "fi"); code != 0 {
		t.Fatalf("csv: exit %d %s", code, errs)
	}
	b, _ := os.ReadFile(csvPath)
	if !bytes.HasPrefix(b, []byte("\ufeff")) || !strings.Contains(string(b), ";") || bytes.Count(b, []byte("\n")) < 6 {
		t.Errorf("csv for Excel:\n%.300s", b)
	}
	if _, errs, code := runCLI(t, "table", "--format", "xlsx", "--out", xlsxPath); code != 0 {
		t.Fatalf("xlsx: exit %d %s", code, errs)
	}
	if b, _ := os.ReadFile(xlsxPath); !bytes.HasPrefix(b, []byte("PK")) {
		t.Error("xlsx is not a zip file")
	}
	if _, errs, code := runCLI(t, "table", "--format", "xlsx"); code != 2 || !strings.Contains(errs, "needs --out") {
		t.Errorf("xlsx to stdout: exit %d %q", code, errs)
	}
}

func TestExportAndReport(t *testing.T) {
	out := t.TempDir()
	stdout, errs, code := runCLI(t, "export", "--out", out, "--codes", "S22829,S21921", "--lang", "en")
	if code != 0 {
		t.Fatalf("export: exit %d %s %s", code, stdout, errs)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 2 || !strings.HasPrefix(entries[0].Name(), "S21921_") {
		t.Fatalf("files %v", entries)
	}
	// A second run keeps the files unless --force.
	stdout, errs, _ = runCLI(t, "export", "--out", out, "--codes", "S22829")
	if !strings.Contains(stdout+errs, "exist") {
		t.Errorf("second run did not say the file exists: %s %s", stdout, errs)
	}
	if _, errs, code := runCLI(t, "export", "--out", out, "--codes", "S22829", "--force"); code != 0 {
		t.Errorf("--force: exit %d %s", code, errs)
	}
	report := filepath.Join(t.TempDir(), "r.pdf")
	if _, errs, code := runCLI(t, "report", "--out", report); code != 0 {
		t.Fatalf("report: exit %d %s", code, errs)
	}
	if b, _ := os.ReadFile(report); !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Error("report is not a PDF")
	}
	if _, _, code := runCLI(t, "export", "--out", out, "--codes", "S99999"); code != 1 {
		t.Errorf("unknown code: exit %d, want 1", code)
	}
	if _, _, code := runCLI(t, "export"); code != 2 {
		t.Errorf("missing --out: exit %d, want 2", code)
	}
}

// TestTableGroupBy: one row per group and a total that counts each project once, in text, CSV
// and JSON (the sums with their unknown counts and the utilisation of the sums).
func TestTableGroupBy(t *testing.T) {
	out, errs, code := runCLI(t, "table", "--group-by", "priority_axis", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var g struct {
		Groups []map[string]any `json:"groups"`
		Total  map[string]any   `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Groups) != 2 || g.Total["count"] != 5.0 || g.Total["granted_eu_state"] != 1051454.0 {
		t.Fatalf("groups %v, total %v", g.Groups, g.Total)
	}
	sum := 0.0
	for _, gr := range g.Groups {
		sum += gr["count"].(float64)
		for _, k := range []string{"value", "granted_eu_state_unknown", "realised_public_total", "utilisation_eu_state"} {
			if _, ok := gr[k]; !ok {
				t.Errorf("group without %q", k)
			}
		}
	}
	if sum != 5 || g.Total["utilisation_eu_state"] != 996243.0/1051454.0 {
		t.Errorf("counts add up to %v; total utilisation %v", sum, g.Total["utilisation_eu_state"])
	}
	text, _, code := runCLI(t, "table", "--group-by", "region")
	if code != 0 || !strings.Contains(text, "total (each project once)") {
		t.Errorf("text (exit %d):\n%s", code, text)
	}
	csv, _, code := runCLI(t, "table", "--group-by", "status", "--format", "csv")
	lines := strings.Split(strings.TrimSpace(csv), "\n")
	if code != 0 || !strings.HasPrefix(lines[0], "value,count,granted_eu_state,granted_eu_state_unknown") || len(lines) != 4 {
		t.Errorf("csv (exit %d):\n%s", code, csv)
	}
	if _, errs, code := runCLI(t, "table", "--group-by", "colour"); code != 2 || !strings.Contains(errs, "municipality") {
		t.Errorf("an unknown field: exit %d, %s", code, errs)
	}
}

func TestPack(t *testing.T) {
	out := filepath.Join(t.TempDir(), "Kokous 12–2026.pdf")
	stdout, errs, code := runCLI(t, "pack", "--out", out, "--codes", "S22829,s21921", "--sort", "granted_eu_state", "--desc", "--lang", "en", "--title", "Steering group")
	if code != 0 {
		t.Fatalf("pack: exit %d %s %s", code, stdout, errs)
	}
	if !strings.Contains(stdout, "meeting pack of 2 projects") {
		t.Errorf("pack said %q", stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Fatalf("the pack is not a PDF: %v", err)
	}
	// Cover, contents, the comparison's three pages, two summaries; the larger grant first.
	text := pdfFileText(t, out)
	for _, w := range []string{"Steering group", "by code: S22829, s21921", "Granted EU+state €, descending", "S22829", "S21921"} {
		if !strings.Contains(text, w) {
			t.Errorf("the pack lacks %q", w)
		}
	}
	if strings.Index(text, "S22829 VALO") > strings.Index(text, "S21921 Maahanmuuttajien") {
		t.Error("the pack is not in the order asked for")
	}
	if _, errs, code := runCLI(t, "pack", "--out", out); code != 2 || !strings.Contains(errs, "--force") {
		t.Errorf("over an existing pack: exit %d %s", code, errs)
	}
	if _, errs, code := runCLI(t, "pack", "--out", out, "--force", "--filter", "no such words anywhere"); code != 1 || !strings.Contains(errs, "no project") {
		t.Errorf("an empty selection: exit %d %s", code, errs)
	}
	for _, args := range [][]string{{"pack"}, {"pack", "--out", "x.txt"}, {"pack", "--out", "x.pdf", "--sort", "nope"}, {"pack", "--out", "x.pdf", "--lang", "sv"}} {
		if _, _, code := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

// pdfFileText is the text of a PDF file, by pdftotext (poppler-utils, which setup installs).
func pdfFileText(t *testing.T, file string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v (is poppler-utils installed? scripts/setup.sh installs it)", file, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// A warning in table --format json is its line, its code and the code worded in English: the
// domain gives the code, the command words it.
func TestTableJSONWordsWarnings(t *testing.T) {
	dir := t.TempDir()
	head := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"
	if err := os.WriteFile(filepath.Join(dir, "lista.csv"), []byte(head+"S1,ESR,Yksi,5,Tekes,Toiminnassa,1.1.2015,31.12.2016,Yo,-100,2,3,4\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, _ := runCLI(t, "table", "--format", "json", dir)
	var ps []struct {
		Code     string `json:"code"`
		Warnings []struct {
			Line    int    `json:"line"`
			Code    string `json:"code"`
			Message string `json:"message"`
		} `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(out), &ps); err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || len(ps[0].Warnings) != 1 {
		t.Fatalf("%+v", ps)
	}
	w := ps[0].Warnings[0]
	if w.Line != 2 || w.Code != "figure_negative_kept" || !strings.Contains(w.Message, "-100") || strings.Contains(w.Message, "problem.") {
		t.Errorf("%+v", w)
	}
}
