package similar_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"sync"
	"testing"

	"vertailu/data"
	"vertailu/data/similar"
)

// scaleN is the folder size the issue names: 22,840 projects.
const scaleN = 22_840

// corpora are, each made once per test binary when first asked for, the projects the
// benchmarks index: every one a synthetic description (the worst case, all text), the scale
// folder of issue 13 (2,900 descriptions beside 19,940 list rows known by their names), and
// texts of a varied vocabulary (see varied).
var corpora = map[string]func() []*data.Project{
	"descriptions": sync.OnceValue(func() []*data.Project {
		var tb testing.B
		return synthetic(&tb, scaleN, 7)
	}),
	"with-list-rows": sync.OnceValue(func() []*data.Project {
		var tb testing.B
		mixed := synthetic(&tb, 2900, 7)
		for i, p := range synthetic(&tb, scaleN-2900, 8) {
			mixed = append(mixed, listRow(fmt.Sprintf("S1%05d", i), p.Name, i+2))
		}
		return mixed
	}),
	"varied": sync.OnceValue(func() []*data.Project {
		var tb testing.B
		return varied(&tb, scaleN)
	}),
}

// varied returns n projects whose texts are drawn from the words of the sample descriptions,
// as often as they use them, one in ten a compound of two such words never seen before: a
// vocabulary of a hundred thousand forms and more, as a real folder has, where the synthetic
// descriptions repeat a few dozen words.
func varied(tb testing.TB, n int) []*data.Project {
	var stream []string
	for _, p := range samples(tb) {
		stream = append(stream, strings.Fields(p.Summary+" "+p.TargetGroups.Primary+" "+p.FinalReport)...)
	}
	r := rand.New(rand.NewPCG(1, 2))
	text := func(k int) string {
		var b strings.Builder
		for range k {
			w := stream[r.IntN(len(stream))]
			if r.IntN(10) == 0 {
				w = strings.Trim(stream[r.IntN(len(stream))], ".,:;()") + w
			}
			b.WriteString(w)
			b.WriteByte(' ')
		}
		return b.String()
	}
	ps := make([]*data.Project, n)
	for i := range ps {
		ps[i] = &data.Project{
			Code: fmt.Sprintf("V%05d", i), Name: text(3 + r.IntN(6)), Summary: text(200 + r.IntN(400)),
			TargetGroups: data.TargetGroups{Primary: text(20 + r.IntN(80)), Indirect: text(10 + r.IntN(40))},
			FinalReport:  text(r.IntN(300)),
			Sources:      []data.Source{{Kind: data.SourceDescription}},
		}
	}
	return ps
}

// BenchmarkBuild builds the index of 22,840 projects and reports the time per build, wall and
// processor, and the heap the index keeps, per 10,000 projects.
func BenchmarkBuild(b *testing.B) {
	for _, name := range []string{"descriptions", "with-list-rows", "varied"} {
		ps := corpora[name]()
		b.Run(name, func(b *testing.B) {
			var ix *similar.Index
			cpu := cpuTime()
			for b.Loop() {
				ix = similar.New(ps, similar.Options{})
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/build")
			// The processor time of a build, both cores together, the collector's too: what
			// a shared machine's load changes least. The build's wall time on two idle cores
			// is a little over half of it (the analysis runs on both).
			b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/build")
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
	for _, name := range []string{"descriptions", "with-list-rows", "varied"} {
		ps := corpora[name]()
		ix := similar.New(ps, similar.Options{})
		b.Run(name+"/project", func(b *testing.B) {
			i := 0
			cpu := cpuTime()
			for b.Loop() {
				ix.Like(i%len(ps), 20)
				i += 997
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/query")
			b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/query")
		})
		b.Run(name+"/text", func(b *testing.B) {
			text := ps[0].Summary + " " + ps[1].Summary
			cpu := cpuTime()
			for b.Loop() {
				ix.LikeText(text, 20)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/query")
			// A query runs on one goroutine: its processor time is its time on an idle core.
			b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/query")
		})
	}
}
