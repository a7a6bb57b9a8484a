package load_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/assets/words"
)

// Two lists that give 2,000 codes with other figures, one of them not the service's export
// (its columns in another order, so not of a known period: no time series): the list the
// projects take their fields from keeps at most 100 warnings and one that says how many more
// there are.
func TestMergeWarningsCapped(t *testing.T) {
	head := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"
	var a, b strings.Builder
	a.WriteString(head)
	b.WriteString("Rahasto,Koodi" + strings.TrimPrefix(head, "Koodi,Rahasto"))
	const n = 2000
	for i := range n {
		fmt.Fprintf(&a, "S%05d,ESR,Nimi,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,1000,1000,1000\n", i)
		fmt.Fprintf(&b, "ESR,S%05d,Nimi,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,2000,2000,2000,2000\n", i)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.csv"), []byte(a.String()))
	writeFile(t, filepath.Join(dir, "b.csv"), []byte(b.String()))
	res := loadDir(t, dir)
	if len(res.Projects) != n || res.Files[0].Path != "a.csv" {
		t.Fatalf("%d projects, files %v", len(res.Projects), res.Files[0].Path)
	}
	ps := res.Files[1].Problems // b.csv: the later name, so taken as the newer
	if len(ps) != 101 || words.Of("en").Problem(ps[100]) != fmt.Sprintf("%d more problems in this file are not listed", 4*n-100) {
		t.Errorf("%d warnings: %v", len(ps), ps)
	}
}
