package similar

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"vertailu/data"
)

// evidence[k] discounts a score that rests on k shared words: 1 − 2^−k, a half for one word,
// nearly nothing from five on. The cosine alone favours a short text: a list row whose
// three-word name shares one word with a query outranked a description sharing five.
var evidence = func() (e [12]float32) {
	for k := range e {
		e[k] = float32(1 - math.Pow(2, -float64(k)))
	}
	return e
}()

// Like returns the n projects most like project i, best first, i itself left out. A project's
// score is the cosine of the two projects' words or of their names, whichever is higher: a list
// row, known by its name only, is so compared name to name.
func (ix *Index) Like(i, n int) []Match {
	if i < 0 || i >= len(ix.projects) {
		return nil
	}
	terms, w := ix.projectVector(ix.projects[i])
	return ix.search(n, int32(i), query{&ix.all, terms, w}, ix.names.vectorOf(i))
}

// weight returns term t's weight in project d, from the postings (0 when d has not t).
func (sp *space) weight(t, d int32) float32 {
	lo, hi := sp.pOff[t], sp.pOff[t+1]
	if k, ok := slices.BinarySearch(sp.pDoc[lo:hi], d); ok {
		return sp.pW[lo+int32(k)]
	}
	return 0
}

// vectorOf returns project d's vector (the names' space keeps them).
func (sp *space) vectorOf(d int) query {
	lo, hi := sp.fOff[d], sp.fOff[d+1]
	return query{sp, sp.fTerm[lo:hi], sp.fW[lo:hi]}
}

// query is a unit vector to compare with one space's.
type query struct {
	sp    *space
	terms []int32 // by term number
	w     []float32
}

// LikeProject is Like for a project of the index, or a copy of one (found by its key); nil
// when it is neither.
func (ix *Index) LikeProject(p *data.Project, n int) []Match {
	i := ix.Position(p)
	if i < 0 {
		return nil
	}
	return ix.Like(i, n)
}

// Position returns p's place among the projects indexed (a copy's: its original's), or -1.
func (ix *Index) Position(p *data.Project) int {
	if i, ok := ix.position[p]; ok {
		return int(i)
	}
	if i, ok := ix.keys[p.Key()]; ok {
		return int(i)
	}
	return -1
}

// LikeText returns the n projects most like text (a new application's summary, an idea), best
// first. Words the folder never uses count for nothing, but a compound made of words it uses
// counts by them.
func (ix *Index) LikeText(text string, n int) []Match {
	terms, w := ix.vector(text)
	return ix.search(n, -1, query{&ix.all, terms, w})
}

// vector analyses text against the index's vocabulary into a unit vector, by term number.
func (ix *Index) vector(text string) ([]int32, []float32) {
	an := newAnalyser()
	an.add(text, 1)
	local, tf := an.flush(nil, nil)
	return ix.weights(an, local, tf)
}

// projectVector analyses p's words again as the build did: the index keeps no vector of a
// project's words but their postings, which hold the same weights, so as to take half the
// memory.
func (ix *Index) projectVector(p *data.Project) ([]int32, []float32) {
	an := newAnalyser()
	an.add(p.Name, 1)
	names, ntf := an.flush(nil, nil)
	an.addCounts(names, ntf, nameWeight)
	an.add(p.Summary, 1)
	an.add(p.TargetGroups.Primary, 1)
	an.add(p.TargetGroups.Indirect, 1)
	an.add(p.FinalReport, 1)
	local, tf := an.flush(nil, nil)
	return ix.weights(an, local, tf)
}

// weights turns an analyser's counts into a unit vector of the index's terms.
func (ix *Index) weights(an *analyser, local []int32, tf []float32) ([]int32, []float32) {
	acc := map[int32]float32{}
	for k, l := range local {
		s := an.stemList[l]
		if t, ok := ix.stems[s]; ok {
			acc[t] += tf[k]
			for _, p := range ix.partsOf(t) {
				acc[p] += partWeight * tf[k]
			}
			continue
		}
		if ix.compound {
			for _, p := range ix.split(s) {
				acc[p] += partWeight * tf[k]
			}
		}
	}
	terms := make([]int32, 0, len(acc))
	for t := range acc {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	w := make([]float32, len(terms))
	for k, t := range terms {
		w[k] = tfWeight(acc[t]) * ix.idf[t]
	}
	normalise(w)
	return terms, w
}

// search scores every project against the queries through their postings, each project by its
// best, and returns the n best with a score above zero, skip and the projects of its code left
// out. The shared words are the
// first query's.
func (ix *Index) search(n int, skip int32, qs ...query) []Match {
	if n <= 0 || len(qs[0].terms) == 0 {
		return nil
	}
	acc := make([]float32, len(ix.projects))
	var more []float32 // the scores of the second query and after
	hits := make([]uint16, len(ix.projects))
	for i, q := range qs {
		one := acc
		if i > 0 {
			if more == nil {
				more = make([]float32, len(ix.projects))
			}
			clear(more)
			clear(hits)
			one = more
		}
		for k, t := range q.terms {
			qw := q.w[k]
			lo, hi := q.sp.pOff[t], q.sp.pOff[t+1]
			docs, ws := q.sp.pDoc[lo:hi], q.sp.pW[lo:hi]
			for j, d := range docs {
				one[d] += qw * ws[j]
				hits[d]++
			}
		}
		for d, h := range hits {
			if h > 0 && int(h) < len(evidence) {
				one[d] *= evidence[h]
			}
		}
		if i > 0 {
			for d, s := range one {
				acc[d] = max(acc[d], s)
			}
		}
	}
	type hit struct {
		d int32
		s float32
	}
	top := make([]hit, 0, n+1)
	code := int32(-1)
	if skip >= 0 && ix.codeOf[skip] != 0 {
		code = ix.codeOf[skip]
	}
	for d, s := range acc {
		if s <= 0 || int32(d) == skip || len(top) == n && s <= top[n-1].s || ix.codeOf[d] == code {
			continue
		}
		k, _ := slices.BinarySearchFunc(top, s, func(h hit, s float32) int { return cmp.Compare(s, h.s) })
		for k < len(top) && top[k].s == s { // equal scores keep the projects' order
			k++
		}
		top = slices.Insert(top, k, hit{int32(d), s})
		if len(top) > n {
			top = top[:n]
		}
	}
	out := make([]Match, len(top))
	for k, h := range top {
		out[k] = Match{
			Index:    int(h.d),
			Project:  ix.projects[h.d],
			Score:    math.Round(float64(min(h.s, 1))*1e4) / 1e4,
			Shared:   ix.shared(qs[0], h.d),
			NameOnly: ix.nameOnly[h.d],
		}
	}
	return out
}

// shared returns the words of the query that add most to project d's score.
func (ix *Index) shared(q query, d int32) []string {
	terms, w := q.terms, q.w
	type part struct {
		t int32
		v float32
	}
	var ps []part
	for i, t := range terms {
		if dw := q.sp.weight(t, d); dw > 0 {
			ps = append(ps, part{t, w[i] * dw})
		}
	}
	slices.SortFunc(ps, func(a, b part) int {
		if c := cmp.Compare(b.v, a.v); c != 0 {
			return c
		}
		return cmp.Compare(a.t, b.t)
	})
	out := make([]string, 0, min(sharedWords, len(ps)))
	seen := map[string]bool{}
	for _, p := range ps {
		if len(out) == sharedWords {
			break
		}
		if s := ix.shown[p.t]; !seen[s] && !partOf(s, out) {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// partOf reports whether w is part of one of the words listed (maahan of maahanmuuttajien).
func partOf(w string, listed []string) bool {
	for _, l := range listed {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// Earlier returns the n projects most like p that began before it (by start date, else by
// programme period), best first: what came of the same idea before. Nil when p is not indexed.
func (ix *Index) Earlier(p *data.Project, n int) []*data.Project {
	var out []*data.Project
	for _, m := range ix.LikeProject(p, max(50, 10*n)) {
		if len(out) == n {
			break
		}
		if before(m.Project, p) {
			out = append(out, m.Project)
		}
	}
	return out
}

// before reports whether q began before p: by the start dates when both are known, else by
// the programme periods when both are known and differ.
func before(q, p *data.Project) bool {
	if q.Start.Known() && p.Start.Known() {
		return q.Start.Before(p.Start.Time)
	}
	return q.Period != "" && p.Period != "" && q.Period < p.Period
}
