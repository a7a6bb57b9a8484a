package export

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"vertailu/data"
)

var benchNow = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

// BenchmarkSummary makes one summary page of a seed.
func BenchmarkSummary(b *testing.B) {
	p := seeds(b)[4]
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := WriteSummary(&buf, p, SummaryOptions{Now: benchNow}); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1024, "KB/page")
}

// BenchmarkBatch1000 exports 1,000 synthetic summaries into a temporary folder with the
// default worker pool, reporting seconds per 1,000 pages and bytes per page.
func BenchmarkBatch1000(b *testing.B) {
	ps := make([]*data.Project, 1000)
	for i := range ps {
		ps[i] = synthProject(i)
	}
	var total int64
	for b.Loop() {
		dir := b.TempDir()
		res, err := ExportSummaries(context.Background(), ps, dir, BatchOptions{Now: benchNow})
		if err != nil || len(res.Written) != len(ps) {
			b.Fatalf("wrote %d of %d: %v %v", len(res.Written), len(ps), err, res.Skipped)
		}
		b.StopTimer()
		total = 0
		for _, f := range res.Written {
			info, err := os.Stat(filepath.Clean(f))
			if err != nil {
				b.Fatal(err)
			}
			total += info.Size()
		}
		os.RemoveAll(dir)
		b.StartTimer()
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/1000")
	b.ReportMetric(float64(total)/float64(len(ps)), "bytes/page")
}

// BenchmarkPack writes the meeting pack of 100 and of 500 synthetic projects: seconds per
// 1,000 projects (compare BenchmarkBatch1000's s/1000 for the one-page exports), bytes per
// summary page in the pack (compare BenchmarkBatch1000's bytes/page), and held-MB: the live
// heap at 16 points of the way, on average, less the projects' own. The pack is streamed, so
// this is the same for 100 and for 500 projects but for the copies of the projects' texts the
// pages draw from; what it holds is the pages being made (their fonts and compressors).
func BenchmarkPack(b *testing.B) {
	for _, n := range []int{100, 500} {
		b.Run(strconv.Itoa(n), func(b *testing.B) { benchmarkPack(b, n) })
	}
}

func benchmarkPack(b *testing.B, n int) {
	ps := make([]*data.Project, n)
	for i := range ps {
		ps[i] = synthProject(i)
	}
	base := liveHeap()
	var pk *pack
	var held, samples uint64
	opts := PackOptions{Now: benchNow, Progress: func(done, total int) {
		if done%max(1, total/16) == 0 {
			held += liveHeap() - base
			samples++
		}
	}}
	for b.Loop() {
		var err error
		if pk, err = writePack(context.Background(), io.Discard, ps, PackOptions{Now: benchNow}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)*1000/float64(len(ps)), "s/1000")
	if _, err := writePack(context.Background(), io.Discard, ps, opts); err != nil { // untimed: it collects
		b.Fatal(err)
	}
	b.ReportMetric(float64(pk.summaryBytes)/float64(len(ps)), "bytes/page")
	b.ReportMetric(float64(pk.layout.total), "pages")
	b.ReportMetric(float64(held)/float64(max(1, samples))/(1<<20), "held-MB")
}

// liveHeap is the heap still in use after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
