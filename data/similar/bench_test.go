package similar_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"vertailu/data"
	"vertailu/data/similar"
)

// scaleN is the folder size the issue names: 22,840 projects.
const scaleN = 22_840

// corpora holds, once per test binary, the projects the benchmarks index: every one a
// synthetic description (the worst case, all text), and the scale folder of issue 13 (2,900
// descriptions beside 19,940 list rows known by their names).
var corpora = sync.OnceValue(func() map[string][]*data.Project {
	var tb testing.B
	described := synthetic(&tb, scaleN, 7)
	mixed := append([]*data.Project(nil), described[:2900]...)
	for i, p := range synthetic(&tb, scaleN-2900, 8) {
		mixed = append(mixed, listRow(fmt.Sprintf("S1%05d", i), p.Name, i+2))
	}
	return map[string][]*data.Project{"descriptions": described, "with-list-rows": mixed}
})

// BenchmarkBuild builds the index of 22,840 projects and reports the time per build and the
// heap the index keeps, per 10,000 projects.
func BenchmarkBuild(b *testing.B) {
	for _, name := range []string{"descriptions", "with-list-rows"} {
		ps := corpora()[name]
		b.Run(name, func(b *testing.B) {
			var ix *similar.Index
			for b.Loop() {
				ix = similar.New(ps, similar.Options{})
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/build")
			b.ReportMetric(heapOf(func() any { return similar.New(ps, similar.Options{}) })/float64(len(ps))*10_000, "MB/10k")
			b.ReportMetric(float64(ix.Terms()), "stems")
		})
	}
}

// heapOf returns the megabytes of heap that what make returns keeps.
func heapOf(make func() any) float64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v := make()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(v)
	return float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / (1 << 20)
}

// BenchmarkQuery asks for the 20 projects most like one project, and like a text, among 22,840.
func BenchmarkQuery(b *testing.B) {
	for _, name := range []string{"descriptions", "with-list-rows"} {
		ps := corpora()[name]
		ix := similar.New(ps, similar.Options{})
		b.Run(name+"/project", func(b *testing.B) {
			i := 0
			for b.Loop() {
				ix.Like(i%len(ps), 20)
				i += 997
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/query")
		})
		b.Run(name+"/text", func(b *testing.B) {
			text := ps[0].Summary + " " + ps[1].Summary
			for b.Loop() {
				ix.LikeText(text, 20)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/query")
		})
	}
}
