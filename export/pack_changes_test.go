package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/data"
	"vertailu/data/load"
)

const changesHead = "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"

// testChanges compares two small exports of one list.
func testChanges(t *testing.T) *data.Changes {
	t.Helper()
	dir := t.TempDir()
	for name, rows := range map[string]string{
		"lista_2026-07-25.csv": "S1,ESR,Nimi,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,100,,2000\nS2,ESR,Toinen,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,100,3000,2000\n",
		"lista_2026-09-25.csv": "S3,ESR,Kolmas,3,ELY,Toiminnassa,1.1.2016,31.12.2017,Oy,500,0,3000,2000\nS1,ESR,Nimi,3,ELY,Toiminta päättynyt,1.1.2015,31.1.2018,Oy,1000,350,10,2000\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(changesHead+rows), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := load.Folder(context.Background(), dir, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	from, to, ok := data.LatestPair(data.Exports(res))
	if !ok {
		t.Fatal("no pair")
	}
	return data.Compare(from, to)
}

// The meeting pack with "Changes since DATE": named on the cover and in the contents, a page
// of its own at the end with the exports compared, the counts, the totals and the changes.
func TestPackWithChanges(t *testing.T) {
	ps := seeds(t)
	b := packBytes(t, ps, PackOptions{Lang: "fi", Changes: testChanges(t)})
	const total = 11 // the seeds' pack and a page
	if n := pageCount(b); n != total {
		t.Fatalf("%d pages, want %d", n, total)
	}
	pages := pageTexts(t, b)
	if !strings.Contains(pages[0], "Muutokset 25.7.2026 jälkeen sivu 11") || !strings.Contains(pages[1], "Muutokset 25.7.2026 jälkeen") {
		t.Errorf("the cover and contents do not name the changes:\n%s\n%s", pages[0], pages[1])
	}
	last := pages[total-1]
	for _, want := range []string{
		"Muutokset 25.7.2026 jälkeen", "lista_2026-07-25.csv (25.7.2026, tiedostonimen mukaan)", "1 uutta, 1 poistunut listalta, 1 muuttunut",
		"Toteutunut EU+valtio € 200 € 350 € +150 €", "S1 Nimi Toteutunut EU+valtio € +250 €", "Päättynyt", "11 / 11",
	} {
		if !strings.Contains(last, normSpace(want)) {
			t.Errorf("the changes' page lacks %q:\n%s", want, last)
		}
	}
}

// The changes as CSV for Excel (titles in the language, ratios in percent) and as a workbook.
func TestChangesCSVAndXLSX(t *testing.T) {
	ch := testChanges(t)
	var b bytes.Buffer
	if err := WriteChangesCSV(&b, ch.Projects, CSVOptions{Separator: ';', BOM: true, Lang: "fi"}); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 7 || strings.Join(rows[0], "|") != "Koodi|Nimi|Muutos|Tieto|Ennen|Jälkeen|Erotus €|Muutos %" ||
		strings.Join(rows[3], "|") != "S1|Nimi|Päättynyt|Toteutunut EU+valtio €|100|350|250|250,00" || rows[5][2] != "Poistunut listalta" {
		t.Errorf("%q", rows)
	}
	b.Reset()
	if err := WriteChangesXLSX(&b, ch.Projects, "en"); err != nil || !bytes.HasPrefix(b.Bytes(), []byte("PK")) {
		t.Errorf("xlsx: %v", err)
	}
}
