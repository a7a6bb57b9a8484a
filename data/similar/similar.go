// Package similar finds the projects most like a project, or like a free text: "has this been
// done already, by whom, and how did it go?". Words are reduced to their stems by the Snowball
// Finnish stemmer, Finnish stop words are left out, a long compound word is indexed by the known
// words it ends and begins with too, and each project is a vector of TF-IDF weights compared by
// cosine. An Index is built once per load, off the UI goroutine, and answers queries from any
// goroutine.
package similar

import (
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"vertailu/data"
)

// Weights of a word by where it stands: a word of the name counts as nameWeight occurrences
// (the name is short and says most), a compound's part as partWeight of the whole word.
const (
	nameWeight = 3
	partWeight = 0.5
	// sharedWords is how many of the shared words a match lists.
	sharedWords = 5
)

// Options tune a build. The zero value is the method the README names.
type Options struct {
	// NoCompounds leaves compound words whole (measured against in the tests).
	NoCompounds bool
	// Workers bounds parallel analysis; 0 means GOMAXPROCS.
	Workers int
}

// Match is one project found like the one asked about.
type Match struct {
	Index   int           // in the projects the index was built from
	Project *data.Project // that project
	// Score is the cosine of the two weight vectors (1 for the same words in the same
	// proportions, 0 for no word in common), discounted when it rests on few shared words:
	// halved for one, by a quarter for two, by less than 4 % from five on.
	Score float64
	// Shared are the words both have that add most to the score, most first, each as the
	// form the folder uses most.
	Shared []string
	// NameOnly says the project found is known by its name only (a list row), so that it
	// ranks by its name.
	NameOnly bool
}

// Index holds the weight vectors of a set of projects.
type Index struct {
	projects []*data.Project
	position map[*data.Project]int32
	keys     map[string]int32 // data.Project.Key, for a copy of a project (the pack draws copies)
	// codeOf numbers each project's code (case and spaces aside; 0 for none): a project of
	// the same code is the same project (a duplicate file), never listed as like itself.
	codeOf   []int32
	nameOnly []bool
	compound bool

	stems map[string]int32 // a stem's term number
	shown []string         // per term, the surface form shown for it
	rawDF []int32          // per term, the projects whose own words have it
	// term t's parts, the known terms a compound is made of, are partList[partOff[t]:partOff[t+1]]
	partOff  []int32
	partList []int32
	idf      []float32
	nTerms   int
	// all weighs every word of a project, its name's thrice; names weighs its name's alone,
	// so that a list row, which has only its name, is compared name to name.
	all, names space
}

// space is one set of weight vectors with its postings.
type space struct {
	fOff  []int32 // project d's terms are fTerm[fOff[d]:fOff[d+1]], by term number
	fTerm []int32
	fW    []float32
	pOff  []int32 // term t's projects are pDoc[pOff[t]:pOff[t+1]], by project
	pDoc  []int32
	pW    []float32
}

// NameOnly reports whether p gives nothing to compare but its name: a project list's row (of
// 2007–2013 or 2014–2020) with no description behind it.
func NameOnly(p *data.Project) bool {
	return p.Summary == "" && p.TargetGroups.Primary == "" && p.TargetGroups.Indirect == "" && p.FinalReport == ""
}

// Len returns the number of projects indexed.
func (ix *Index) Len() int { return len(ix.projects) }

// Terms returns the number of distinct stems indexed.
func (ix *Index) Terms() int { return ix.nTerms }

// New builds the index of ps: their names, summaries, target groups and final reports (a list
// row has only its name). ps must not change while the index is in use.
func New(ps []*data.Project, opts Options) *Index {
	workers := opts.Workers
	if workers <= 0 {
		workers = min(runtime.GOMAXPROCS(0), len(ps)/256+1) // a small folder is not worth a goroutine
	}
	workers = max(1, min(workers, len(ps)))
	ix := &Index{
		projects: ps,
		position: make(map[*data.Project]int32, len(ps)),
		keys:     make(map[string]int32, len(ps)),
		nameOnly: make([]bool, len(ps)),
		compound: !opts.NoCompounds,
	}
	ix.codeOf = make([]int32, len(ps))
	codes := map[string]int32{}
	for i, p := range ps {
		if c := strings.ToUpper(strings.TrimSpace(p.Code)); c != "" {
			if _, ok := codes[c]; !ok {
				codes[c] = int32(len(codes) + 1)
			}
			ix.codeOf[i] = codes[c]
		}
		ix.position[p] = int32(i)
		ix.keys[p.Key()] = int32(i)
		ix.nameOnly[i] = NameOnly(p)
	}
	chunks := make([]*chunk, workers)
	var wg sync.WaitGroup
	for w := range chunks {
		lo, hi := w*len(ps)/workers, (w+1)*len(ps)/workers
		chunks[w] = &chunk{lo: lo, hi: hi, an: newAnalyser()}
		wg.Go(func() { chunks[w].analyse(ps[lo:hi]) })
	}
	wg.Wait()
	ix.vocabulary(chunks)
	df := make([]int32, ix.nTerms)
	dfs := make([][]int32, workers)
	for w, c := range chunks {
		wg.Go(func() { dfs[w] = c.globalise(ix) })
	}
	wg.Wait()
	for _, d := range dfs {
		for t, n := range d {
			df[t] += n
		}
	}
	ix.idf = make([]float32, ix.nTerms)
	n := float64(max(1, len(ps)))
	for t, d := range df {
		if d > 0 {
			ix.idf[t] = float32(math.Log(1 + n/float64(d)))
		}
	}
	ix.weigh(chunks)
	return ix
}

// chunk is one worker's share of the projects while the index is built.
type chunk struct {
	lo, hi int
	an     *analyser
	best   []surfaceForm // per local stem, the form most met
	all    counts        // each project's words
	names  counts        // each project's name's words
}

// counts are projects' terms (local numbers, then term numbers) and counts, one after another.
type counts struct {
	off   []int32
	terms []int32
	tf    []float32
}

func (c *counts) start(n int) {
	c.off = make([]int32, 1, n+1)
}

func (c *counts) end() { c.off = append(c.off, int32(len(c.terms))) }

// analyse reads ps's words into local term numbers and counts.
func (c *chunk) analyse(ps []*data.Project) {
	c.all.start(len(ps))
	c.names.start(len(ps))
	for _, p := range ps {
		c.an.add(p.Name, 1)
		lo := len(c.names.terms)
		c.names.terms, c.names.tf = c.an.flush(c.names.terms, c.names.tf)
		c.names.end()
		c.an.addCounts(c.names.terms[lo:], c.names.tf[lo:], nameWeight)
		c.an.add(p.Summary, 1)
		c.an.add(p.TargetGroups.Primary, 1)
		c.an.add(p.TargetGroups.Indirect, 1)
		c.an.add(p.FinalReport, 1)
		c.all.terms, c.all.tf = c.an.flush(c.all.terms, c.all.tf)
		c.all.end()
	}
	c.best = make([]surfaceForm, len(c.an.stemList))
	for _, e := range c.an.surface.entries {
		if f := (surfaceForm{e.word, e.n}); e.stem >= 0 && f.better(c.best[e.stem]) {
			c.best[e.stem] = f
		}
	}
}

// vocabulary numbers the stems of every chunk, picks the surface form shown for each, and
// finds the parts of compound stems.
func (ix *Index) vocabulary(chunks []*chunk) {
	ix.stems = map[string]int32{}
	var shown []surfaceForm
	for _, c := range chunks {
		c.an.global = make([]int32, len(c.an.stemList))
		for l, s := range c.an.stemList {
			g, ok := ix.stems[s]
			if !ok {
				g = int32(len(ix.stems))
				ix.stems[s] = g
				shown = append(shown, surfaceForm{})
			}
			c.an.global[l] = g
			if b := c.best[l]; b.better(shown[g]) {
				shown[g] = b
			}
		}
	}
	ix.nTerms = len(ix.stems)
	ix.shown = make([]string, ix.nTerms)
	for t, b := range shown {
		ix.shown[t] = b.word
	}
	ix.rawDF = make([]int32, ix.nTerms)
	for _, c := range chunks {
		for _, l := range c.all.terms {
			ix.rawDF[c.an.global[l]]++
		}
	}
	ix.partOff = make([]int32, ix.nTerms+1)
	if !ix.compound {
		return
	}
	parts := make([][]int32, ix.nTerms)
	// Each worker splits the stems its analyser met first.
	var wg sync.WaitGroup
	for w, c := range chunks {
		wg.Go(func() {
			for l, s := range c.an.stemList {
				g := c.an.global[l]
				if firstMet(chunks[:w], s) {
					continue
				}
				parts[g] = ix.split(s)
			}
		})
	}
	wg.Wait()
	for t, ps := range parts {
		ix.partList = append(ix.partList, ps...)
		ix.partOff[t+1] = int32(len(ix.partList))
	}
}

// partsOf returns the parts of compound term t (none mostly).
func (ix *Index) partsOf(t int32) []int32 {
	if ix.partList == nil {
		return nil
	}
	return ix.partList[ix.partOff[t]:ix.partOff[t+1]]
}

// firstMet reports whether an earlier chunk met stem s.
func firstMet(earlier []*chunk, s string) bool {
	for _, c := range earlier {
		if _, ok := c.an.stems[s]; ok {
			return true
		}
	}
	return false
}

// surfaceForm is a word as written and how often.
type surfaceForm struct {
	word string
	n    int32
}

// better reports whether f is to be shown rather than g: more often met, else shorter, else
// first in byte order, so that the choice does not depend on the order of a map.
func (f surfaceForm) better(g surfaceForm) bool {
	if f.n != g.n {
		return f.n > g.n
	}
	if len(f.word) != len(g.word) {
		return len(f.word) < len(g.word)
	}
	return f.word < g.word
}

// globalise turns the chunk's local term numbers into the index's, adds the parts of
// compounds and sorts each project's terms, in both spaces. It returns how many projects of the
// chunk have each term.
func (c *chunk) globalise(ix *Index) []int32 {
	df := make([]int32, ix.nTerms)
	acc := make([]float32, ix.nTerms)
	c.all = c.all.globalise(ix, c.an.global, acc, df)
	c.names = c.names.globalise(ix, c.an.global, acc, nil)
	return df
}

func (c counts) globalise(ix *Index, global []int32, acc []float32, df []int32) counts {
	var touched []int32
	out := counts{terms: make([]int32, 0, len(c.terms)), tf: make([]float32, 0, len(c.tf))}
	out.start(len(c.off) - 1)
	for d := range c.off[:len(c.off)-1] {
		touched = touched[:0]
		add := func(t int32, v float32) {
			if acc[t] == 0 {
				touched = append(touched, t)
			}
			acc[t] += v
		}
		for k := c.off[d]; k < c.off[d+1]; k++ {
			t := global[c.terms[k]]
			add(t, c.tf[k])
			for _, p := range ix.partsOf(t) {
				add(p, partWeight*c.tf[k])
			}
		}
		slices.Sort(touched)
		for _, t := range touched {
			out.terms = append(out.terms, t)
			out.tf = append(out.tf, acc[t])
			acc[t] = 0
			if df != nil {
				df[t]++
			}
		}
		out.end()
	}
	return out
}

// weigh turns counts into unit vectors of TF-IDF weights, (1 + ln tf) × ln(1 + N/df), with
// their postings.
func (ix *Index) weigh(chunks []*chunk) {
	parts := make([]counts, len(chunks))
	for i, c := range chunks {
		parts[i] = c.all
	}
	ix.all = ix.space(parts)
	ix.all.fOff, ix.all.fTerm, ix.all.fW = nil, nil, nil // the postings hold the same (see projectVector)
	for i, c := range chunks {
		parts[i] = c.names
		c.all, c.names = counts{}, counts{}
	}
	ix.names = ix.space(parts)
}

func (ix *Index) space(chunks []counts) space {
	total := 0
	for _, c := range chunks {
		total += len(c.terms)
	}
	sp := space{fOff: make([]int32, 1, len(ix.projects)+1), fTerm: make([]int32, 0, total), fW: make([]float32, 0, total)}
	df := make([]int32, ix.nTerms)
	for _, c := range chunks {
		base := int32(len(sp.fTerm))
		for d := range c.off[:len(c.off)-1] {
			lo, hi := c.off[d], c.off[d+1]
			w := make([]float32, hi-lo)
			for k := lo; k < hi; k++ {
				w[k-lo] = tfWeight(c.tf[k]) * ix.idf[c.terms[k]]
				df[c.terms[k]]++
			}
			normalise(w)
			sp.fTerm = append(sp.fTerm, c.terms[lo:hi]...)
			sp.fW = append(sp.fW, w...)
			sp.fOff = append(sp.fOff, base+hi)
		}
	}
	sp.invert(len(ix.projects), df)
	return sp
}

// invert makes the postings: for each term, the projects that have it and its weight there.
func (sp *space) invert(n int, df []int32) {
	sp.pOff = make([]int32, len(df)+1)
	for t, k := range df {
		sp.pOff[t+1] = sp.pOff[t] + k
	}
	sp.pDoc = make([]int32, len(sp.fTerm))
	sp.pW = make([]float32, len(sp.fTerm))
	next := slices.Clone(sp.pOff[:len(df)])
	for d := range n {
		for k := sp.fOff[d]; k < sp.fOff[d+1]; k++ {
			t := sp.fTerm[k]
			sp.pDoc[next[t]] = int32(d)
			sp.pW[next[t]] = sp.fW[k]
			next[t]++
		}
	}
}

func tfWeight(tf float32) float32 {
	if tf <= 0 {
		return 0
	}
	if tf < 1 { // a compound's part only
		return tf
	}
	return 1 + float32(math.Log(float64(tf)))
}

func normalise(w []float32) {
	var sum float64
	for _, v := range w {
		sum += float64(v) * float64(v)
	}
	if sum == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range w {
		w[i] *= inv
	}
}

// split returns the known terms the stem s begins and ends with, when it is long enough to be a
// compound: the longest known stem it begins with leaving at least three letters, and the
// longest it ends with after at least three, each of four letters or more and found on its own
// in a project ("maahanmuuttajatyönhakij" gives "maahanmuuttaj" and "työnhakij").
func (ix *Index) split(s string) []int32 {
	const minPart, minRest = 4, 3
	cuts := runeCuts(s)
	n := len(cuts) - 1 // letters
	if n < minPart+minRest {
		return nil
	}
	var parts []int32
	known := func(w string) (int32, bool) {
		t, ok := ix.stems[w]
		return t, ok && ix.rawDF[t] >= 1
	}
	for k := n - minRest; k >= minPart; k-- {
		if t, ok := known(s[:cuts[k]]); ok {
			parts = append(parts, t)
			break
		}
	}
	for k := minRest; k <= n-minPart; k++ {
		if t, ok := known(s[cuts[k]:]); ok {
			if len(parts) == 0 || parts[0] != t {
				parts = append(parts, t)
			}
			break
		}
	}
	return parts
}

// runeCuts returns the byte offsets of s's letters and its end.
func runeCuts(s string) []int {
	cuts := make([]int, 0, len(s)+1)
	for i := range s {
		cuts = append(cuts, i)
	}
	return append(cuts, len(s))
}
