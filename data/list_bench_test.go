package data_test

import (
	"path/filepath"
	"testing"

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
