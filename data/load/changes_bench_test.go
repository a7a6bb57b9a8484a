package load_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"vertailu/data"
	"vertailu/data/synth"
)

// BenchmarkCompare20k times what the changes add to a load of two 20,000-row exports of one
// list: listing the exports' rows and comparing them (the load itself is the readers'; see
// BenchmarkChanges20k in cmd/vertailu for the whole process).
func BenchmarkCompare20k(b *testing.B) {
	dir := b.TempDir()
	rows := synth.RandomListRows(20000, 1, false)
	writeFile(b, filepath.Join(dir, "lista_2026-07-25.csv"), synth.RawList(rows, false, charmap.ISO8859_1))
	for i := range rows {
		if i%10 == 0 {
			rows[i].Status = "Keskeytynyt"
		}
		if i%7 == 0 {
			rows[i].Money[1].Cents += 100000
		}
	}
	writeFile(b, filepath.Join(dir, "lista_2026-09-25.csv"), synth.SpreadsheetCSV(rows[100:], false))
	res := loadDir(b, dir)
	var changed int
	for b.Loop() {
		from, to, _ := data.LatestPair(data.Exports(res))
		changed = len(data.Compare(from, to).Projects)
	}
	b.ReportMetric(float64(changed), "projects-changed")
}
