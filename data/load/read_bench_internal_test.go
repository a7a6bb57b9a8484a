package load

import (
	"testing"

	"vertailu/data"
	"vertailu/data/synth"
)

// BenchmarkReadDescription reads synthetic descriptions already in memory as a loading worker
// does, one worker kept from file to file (its scratch reused): the list sniff, the decoding
// and the description parser, the loader's whole cost per file beyond the read. It reports the
// time and the allocations per file.
func BenchmarkReadDescription(b *testing.B) {
	docs := make([][]byte, 200)
	for i := range docs {
		docs[i] = synth.Description(i, 7)
	}
	w := &worker{}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if fr := w.read("x.txt", docs[i%len(docs)]); fr.Project == nil || fr.Status == data.Skipped {
			b.Fatalf("%+v", fr.Reason)
		}
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/file")
}
