package data_test

import (
	"fmt"
	"testing"

	"vertailu/data"
)

// BenchmarkSearchNotes22840 searches 22,840 projects (the 10,000 synthetic ones, copied under
// other codes) when 10,000 notes on 5,000 of them are in the search: a word only a note has, a
// word of the descriptions, and one character. The table's target is 50 ms a keystroke.
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
	for name, q := range map[string]data.Query{
		"note-word":  {Text: "seurantakomitea", Own: own},
		"text-word":  {Text: "jyväskylä", Own: own},
		"one-char":   {Text: "k", Own: own},
		"no-notes":   {Text: "jyväskylä"},
		"tag-filter": {Tags: []string{"riski"}, Own: own},
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				s.Query(q)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/search")
		})
	}
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			data.NewOwnIndex(notes, nil)
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/index")
	})
}
