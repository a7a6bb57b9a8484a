package load_test

import (
	"fmt"
	"testing"
	"time"

	"vertailu/data"
)

// BenchmarkSearchNotes22840 searches 22,840 projects (the 10,000 synthetic ones, copied under
// other codes) when 10,000 notes on 5,710 of them are in the search: a word of the
// descriptions and a word only the notes have, each with and without the notes in the search
// (the notes' cost is the difference), one character, the tag filter; and the making of the
// index of 10,000 notes (on the notebook's worker, not the UI goroutine).
func BenchmarkSearchNotes22840(b *testing.B) {
	base := benchStore(b).Projects()
	var ps []*data.Project
	for i := 0; len(ps) < 22840; i++ {
		p := *base[i%len(base)]
		p.Code = fmt.Sprintf("S%06d", i)
		p.File = fmt.Sprintf("%06d.txt", i)
		ps = append(ps, &p)
	}
	s := data.NewStore()
	s.Set(&data.LoadResult{Projects: ps})
	var notes []data.Note
	for i := range 10000 {
		notes = append(notes, data.Note{Code: fmt.Sprintf("S%06d", i*4%22840), Text: fmt.Sprintf("Seurantakomitea %d: kysy budjetista ja riskeistä.\n\nToinen kappale.", i)})
	}
	own := data.NewOwnIndex(notes, []data.Tag{{Code: "S000004", Tag: "riski"}})
	// Each pair runs in the same loop, one after the other, so that the load of a shared machine
	// falls on both alike: the ratio is the notes' cost.
	for _, c := range []struct{ name, text string }{
		{"word", "jyväskylä"},            // a word of the descriptions
		{"note-word", "seurantakomitea"}, // a word only the notes have: every text is read whole
		{"one-char", "k"},
	} {
		b.Run(c.name, func(b *testing.B) {
			var without, with time.Duration
			for b.Loop() {
				t0 := time.Now()
				s.Query(data.Query{Text: c.text})
				t1 := time.Now()
				s.Query(data.Query{Text: c.text, Own: own})
				without, with = without+t1.Sub(t0), with+time.Since(t1)
			}
			b.ReportMetric(float64(without.Microseconds())/1000/float64(b.N), "ms/search-without-notes")
			b.ReportMetric(float64(with.Microseconds())/1000/float64(b.N), "ms/search-with-notes")
			b.ReportMetric(float64(with)/float64(without), "with/without")
		})
	}
	b.Run("tag-filter", func(b *testing.B) {
		q := data.Query{Tags: []string{"riski"}, Own: own}
		for b.Loop() {
			s.Query(q)
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/search")
	})
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			data.NewOwnIndex(notes, nil)
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/index")
	})
}
