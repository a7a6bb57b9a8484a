package load_test

import (
	"path/filepath"
	"testing"
	"time"

	"vertailu/data/synth"
)

// BenchmarkLoadList2007 loads a folder holding the 2007–2013 list's full size (19,940
// synthetic rows as the service writes them, some names with a quote) in the process.
func BenchmarkLoadList2007(b *testing.B) {
	dir := b.TempDir()
	raw := synth.List(19940, 0, 7)
	writeFile(b, filepath.Join(dir, "lista.csv"), raw)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if f := loadDir(b, dir).Files[0]; f.RowsRead != 19940 {
			b.Fatalf("%d rows read: %v", f.RowsRead, f.Problems)
		}
	}
}

// BenchmarkLoadEura2021 loads a folder holding a synthetic EURA 2021 export of the real one's
// size (8,733 projects with summaries) in the process.
func BenchmarkLoadEura2021(b *testing.B) {
	dir := b.TempDir()
	writeFile(b, filepath.Join(dir, "eura2021.xlsx"), synth.Eura2021Workbook(synth.Eura2021Rows(8733, 1), time.Date(2026, 9, 25, 0, 0, 0, 0, time.UTC)))
	for b.Loop() {
		if f := loadDir(b, dir).Files[0]; f.RowsRead != 8733 {
			b.Fatalf("%d rows read: %v", f.RowsRead, f.Problems)
		}
	}
}
