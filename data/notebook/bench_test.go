package notebook

import (
	"fmt"
	"testing"
	"time"

	"vertailu/data"
)

// fill writes n notes on n/2 projects into the notebook at p, in one import.
func fill(b *testing.B, p string, n int) {
	s, err := Open(p)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var l data.OwnLayer
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		l.Notes = append(l.Notes, data.Note{
			ID: data.NewNoteID(), Code: fmt.Sprintf("S%05d", i/2), Author: "bench",
			Text:    fmt.Sprintf("Note %d on the project: a paragraph of an officer's judgement, about as long as one.\n\nAnd a second paragraph.", i),
			Created: t0.Add(time.Duration(i) * time.Minute), Edited: t0.Add(time.Duration(i) * time.Minute),
		})
	}
	if _, err := s.Import(l); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkOpen10000 opens a notebook of 10,000 notes and reads them all (what the app does at
// the start, for the table's marks and the search). Target: ≤ 100 ms.
func BenchmarkOpen10000(b *testing.B) {
	p := Path(b.TempDir())
	fill(b, p, 10000)
	for b.Loop() {
		s, err := Open(p)
		if err != nil {
			b.Fatal(err)
		}
		notes, err := s.Notes("")
		if err != nil || len(notes) != 10000 {
			b.Fatal(len(notes), err)
		}
		s.Close()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/open")
}

// BenchmarkSaveNote saves a note into a notebook of 10,000, on disk when it returns (WAL,
// synchronous=FULL). Target: ≤ 10 ms.
func BenchmarkSaveNote(b *testing.B) {
	p := Path(b.TempDir())
	fill(b, p, 10000)
	s, err := Open(p)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	i := 0
	for b.Loop() {
		i++
		if _, err := s.SaveNote(data.Note{Code: "S00001", Text: fmt.Sprintf("saved note %d", i)}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/save")
}
