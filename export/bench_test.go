package export

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
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
