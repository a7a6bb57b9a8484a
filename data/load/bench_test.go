package load_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/synth"
)

const benchN = 10000

var (
	corpusOnce sync.Once
	corpusDir  string
	corpusErr  error
)

// corpus writes benchN synthetic descriptions once per test binary run.
func corpus(b *testing.B) string {
	corpusOnce.Do(func() {
		corpusDir, corpusErr = os.MkdirTemp("", "vertailu-bench-")
		if corpusErr == nil {
			corpusErr = synth.WriteFolder(corpusDir, benchN, 7)
		}
	})
	if corpusErr != nil {
		b.Fatal(corpusErr)
	}
	return corpusDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if corpusDir != "" {
		os.RemoveAll(corpusDir)
	}
	os.Exit(code)
}

// listFiles lists every file below dir.
func listFiles(dir string) []string {
	var paths []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	return paths
}

// readFloor reads the listed files with os.ReadFile on one goroutine per core, each taking its
// own share of the list, parsing nothing: the plainest fast read of the same bytes, with no
// tree walk and no channel, so the least any load of them can cost. (The loader also walks the
// tree and hands files out one at a time.)
func readFloor(b *testing.B, paths []string) int64 {
	var wg sync.WaitGroup
	var total atomic.Int64
	n := runtime.NumCPU()
	for w := range n {
		wg.Go(func() {
			for i := w; i < len(paths); i += n {
				buf, err := os.ReadFile(paths[i])
				if err != nil {
					b.Error(err)
				}
				total.Add(int64(len(buf)))
			}
		})
	}
	wg.Wait()
	return total.Load()
}

// BenchmarkLoad10k loads 10,000 descriptions and reports the load time, the read floor
// (reading the same files in parallel without parsing) and their ratio.
func BenchmarkLoad10k(b *testing.B) {
	dir := corpus(b)
	paths := listFiles(dir)
	readFloor(b, paths) // warm the page cache
	var floor, loading, floorCPU, loadCPU time.Duration
	var floorFaults, loadFaults int64
	for b.Loop() {
		t0 := time.Now()
		c0, f0 := usage()
		readFloor(b, paths)
		t1 := time.Now()
		c1, f1 := usage()
		res, err := load.Folder(context.Background(), dir, load.Options{})
		t2 := time.Now()
		c2, f2 := usage()
		if err != nil || len(res.Projects) != benchN {
			b.Fatalf("loaded %d: %v", len(res.Projects), err)
		}
		floor += t1.Sub(t0)
		loading += t2.Sub(t1)
		floorCPU += c1 - c0
		loadCPU += c2 - c1
		floorFaults += f1 - f0
		loadFaults += f2 - f1
	}
	n := float64(b.N)
	b.ReportMetric(loading.Seconds()/n, "load-s")
	b.ReportMetric(floor.Seconds()/n, "readfloor-s")
	b.ReportMetric(loading.Seconds()/floor.Seconds(), "load/floor")
	b.ReportMetric(loadCPU.Seconds()/n, "load-cpu-s")
	b.ReportMetric(floorCPU.Seconds()/n, "readfloor-cpu-s")
	b.ReportMetric(float64(loadFaults)/n, "load-faults")
	b.ReportMetric(float64(floorFaults)/n, "readfloor-faults")
}

// BenchmarkHeapPerProject reports the heap a loaded project holds, in all and beyond its text.
func BenchmarkHeapPerProject(b *testing.B) {
	dir := corpus(b)
	var perProject, beyondText float64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		res, err := load.Folder(context.Background(), dir, load.Options{})
		if err != nil {
			b.Fatal(err)
		}
		s := data.NewStore()
		s.Set(res)
		runtime.GC()
		runtime.ReadMemStats(&after)
		var text int
		for _, p := range res.Projects {
			text += len(p.Summary) + len(p.TargetGroups.Primary) + len(p.TargetGroups.Indirect) + len(p.FinalReport)
			for _, c := range p.Sustainability {
				text += len(c.Justification)
			}
			for _, g := range p.GenderEquality {
				text += len(g.Text)
			}
		}
		heap := float64(after.HeapAlloc) - float64(before.HeapAlloc)
		perProject = heap / float64(len(res.Projects))
		beyondText = (heap - float64(text)) / float64(len(res.Projects))
		runtime.KeepAlive(s)
	}
	b.ReportMetric(perProject, "heapB/project")
	b.ReportMetric(beyondText, "heapB/project-beyond-text")
}

func benchStore(b *testing.B) *data.Store {
	res, err := load.Folder(context.Background(), corpus(b), load.Options{})
	if err != nil {
		b.Fatal(err)
	}
	s := data.NewStore()
	s.Set(res)
	return s
}

// BenchmarkSort10k sorts 10,000 projects by a money column and by name. Texts sort by Finnish
// collation keys made once per project per load: the names' by Index, on the loading goroutine,
// other text columns' on their first sort. "name-first" is the first sort by name after the
// store is set again (with the keys Index made), "name" a later one.
func BenchmarkSort10k(b *testing.B) {
	s := benchStore(b)
	for _, key := range []string{"planned_public_total", "name", "utilisation_eu_state", "name-first"} {
		b.Run(key, func(b *testing.B) {
			sortKey, ix := key, (*data.Indexed)(nil)
			if key == "name-first" {
				sortKey, ix = "name", data.Index(s.Result())
			}
			s.Query(data.Query{SortKey: sortKey}) // keys made before the timing, unless reset below
			var d time.Duration
			for b.Loop() {
				if ix != nil {
					s.SetIndexed(ix) // forgets the keys
				}
				start := time.Now()
				if got := s.Query(data.Query{SortKey: sortKey, Desc: true}); len(got) != benchN {
					b.Fatal(len(got))
				}
				d += time.Since(start)
			}
			b.ReportMetric(float64(d.Microseconds())/1000/float64(b.N), "ms/sort")
		})
	}
}

// BenchmarkFilter10k filters 10,000 projects by free text (one character and a word) and by
// a structured filter.
func BenchmarkFilter10k(b *testing.B) {
	s := benchStore(b)
	queries := map[string]data.Query{
		"one-char": {Text: "k"},
		"word":     {Text: "jyväskylä"},
		"status":   {Filters: map[data.Field][]string{data.FieldStatus: {"Keskeytynyt"}}},
	}
	for name, q := range queries {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				s.Query(q)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/filter")
		})
	}
}

// BenchmarkParse parses synthetic descriptions already in memory: the loader's cost beyond
// reading, per file.
func BenchmarkParse(b *testing.B) {
	docs := make([][]byte, 200)
	var size int64
	for i := range docs {
		docs[i] = synth.Description(i, 7)
		size += int64(len(docs[i]))
	}
	b.SetBytes(size / int64(len(docs)))
	i := 0
	for b.Loop() {
		if _, err := load.Parse("x.txt", docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// listFolder writes, once, the scale folder of issue 13: the 19,940-row list of 2007–2013
// (synthetic, as the service writes it) and 3,000 descriptions, 1,000 of whose codes the list
// also gives.
var listFolder = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "vertailu-bench-list-")
	if err != nil {
		return "", err
	}
	if err := synth.WriteFolder(dir, 3000, 7); err != nil {
		return "", err
	}
	return dir, os.WriteFile(filepath.Join(dir, "projektilista-2007-2013.csv"), synth.List(19_940, 1000, 7), 0o644)
})

// BenchmarkListFolder loads the list and the descriptions (21,940 projects in all) and then
// sorts, filters and groups them as the table does; each figure is per operation.
func BenchmarkListFolder(b *testing.B) {
	dir, err := listFolder()
	if err != nil {
		b.Fatal(err)
	}
	const want = 19_940 + 3000 - 1000
	var loading, set, sorted, filtered, grouped time.Duration
	for b.Loop() {
		t0 := time.Now()
		res, err := load.Folder(context.Background(), dir, load.Options{})
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		s := data.NewStore()
		s.Set(res)
		t2 := time.Now()
		if got := s.Query(data.Query{SortKey: "granted_eu_state", Desc: true}); len(got) != want {
			b.Fatalf("%d projects, want %d", len(got), want)
		}
		t3 := time.Now()
		s.Query(data.Query{Text: "kehittää"})
		t4 := time.Now()
		data.GroupBy(s.Projects(), data.FieldAuthority)
		t5 := time.Now()
		loading, set, sorted, filtered, grouped = loading+t1.Sub(t0), set+t2.Sub(t1), sorted+t3.Sub(t2), filtered+t4.Sub(t3), grouped+t5.Sub(t4)
	}
	n := float64(b.N)
	b.ReportMetric(float64(loading.Milliseconds())/n, "ms/load")
	b.ReportMetric(float64(set.Milliseconds())/n, "ms/index")
	b.ReportMetric(float64(sorted.Microseconds())/1000/n, "ms/sort")
	b.ReportMetric(float64(filtered.Microseconds())/1000/n, "ms/filter")
	b.ReportMetric(float64(grouped.Microseconds())/1000/n, "ms/group")
}
