package similar

import (
	"math"
	"testing"

	"vertailu/data"
)

// TestProjectVectorIsIndexed: a project's words analysed again (as Like does) give the
// weights its postings hold, term for term, and nothing the postings lack.
func TestProjectVectorIsIndexed(t *testing.T) {
	ps := []*data.Project{
		{Name: "Maahanmuuttajatyönhakijoiden polku", Summary: "Työttömille maahanmuuttajille ohjausta ja koulutusta; koulutuksen jälkeen työhön."},
		{Name: "Työnhakijoiden valmennus", Summary: "Maahanmuuttajien ja nuorten työnhakijoiden valmennusta."},
		{Name: "Kylätalot", TargetGroups: data.TargetGroups{Primary: "Kyläyhdistykset"}, FinalReport: "Talot korjattiin."},
		{Name: "Pelkkä nimi"},
	}
	for _, opts := range []Options{{}, {NoCompounds: true}, {Workers: 3}} {
		ix := New(ps, opts)
		for i, p := range ps {
			terms, w := ix.projectVector(p)
			n := 0
			for tt := range ix.nTerms {
				if ix.all.weight(int32(tt), int32(i)) > 0 {
					n++
				}
			}
			if n != len(terms) {
				t.Errorf("%v project %d: %d terms again, %d in the postings", opts, i, len(terms), n)
			}
			for k, tt := range terms {
				if got := ix.all.weight(tt, int32(i)); math.Abs(float64(got-w[k])) > 1e-6 {
					t.Errorf("%v project %d term %s: %v again, %v indexed", opts, i, ix.shown[tt], w[k], got)
				}
			}
		}
	}
}
