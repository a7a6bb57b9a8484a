package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// listFolder writes a folder with one project list: names and authorities beginning with Ä, Ö,
// Å, O, Z, W and V, every project with the same funding.
func listFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	head := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"
	rows := ""
	for i, name := range []string{"Äänekosken hanke", "Oulun hanke", "Öljyntorjunta", "Zetan hanke", "Wasan hanke", "Vaasan hanke", "Åbon hanke", "Aallon hanke"} {
		rows += "S2000" + string(rune('0'+i)) + ",ESR," + name + ",3," + name + " ELY,Toiminnassa,1.4.2008,31.12.2009,Toteuttaja Oy,1234567,1000,1234567,2000\n"
	}
	if err := os.WriteFile(filepath.Join(dir, "lista-2016.csv"), []byte(head+rows), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestTableSortsInFinnishOrder: the command line's sort by name and its groups of equal sums put
// Å, Ä, Ö after Z and W after V, not Ä first and Ö among the O's.
func TestTableSortsInFinnishOrder(t *testing.T) {
	dir := listFolder(t)
	want := []string{"Aallon", "Oulun", "Vaasan", "Wasan", "Zetan", "Åbon", "Äänekosken", "Öljyntorjunta"}
	inOrder := func(what, out string) {
		t.Helper()
		last := -1
		for _, w := range want {
			i := strings.Index(out, w)
			if i <= last {
				t.Errorf("%s: %q not after the names before it:\n%s", what, w, out)
				return
			}
			last = i
		}
	}
	out, errs, code := runCLI(t, "table", "--sort", "name", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	inOrder("table --sort name", out)
	out, errs, code = runCLI(t, "table", "--group-by", "authority", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	inOrder("table --group-by authority", out)
}

// TestTableTextFollowsTheLanguage: the text table writes numbers and dates as --lang reads them.
func TestTableTextFollowsTheLanguage(t *testing.T) {
	dir := listFolder(t)
	en, _, _ := runCLI(t, "table", "--filter", "zetan", dir)
	fi, _, _ := runCLI(t, "table", "--filter", "zetan", "--lang", "fi", dir)
	for _, w := range []string{"1,234,567", "1,000", "0.1 %"} {
		if !strings.Contains(en, w) {
			t.Errorf("English text lacks %q:\n%s", w, en)
		}
	}
	for _, w := range []string{"1 234 567", "1 000", "0,1 %"} {
		if !strings.Contains(fi, w) {
			t.Errorf("Finnish text lacks %q:\n%s", w, fi)
		}
	}
	g, _, _ := runCLI(t, "table", "--group-by", "status", dir)
	if !strings.Contains(g, "9,876,536 €") {
		t.Errorf("English groups lack 9,876,536 €:\n%s", g)
	}
}
