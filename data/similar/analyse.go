package similar

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/finnish"
)

// analyser turns texts into counts of stems. Each distinct surface word is stemmed once and
// remembered: a folder of 20,000 descriptions has a few hundred thousand distinct word forms
// but tens of millions of words. An analyser is used by one goroutine.
type analyser struct {
	env      *snowballstem.Env
	surface  map[string]*surfaceWord // a lower-cased word's stem, or a stop word
	stems    map[string]int32        // a stem's local number
	stemList []string                // local number → stem
	global   []int32                 // local number → the index's term number, once known
	acc      []float32               // per local number, the count in the text being read
	touched  []int32                 // local numbers counted since the last flush
	buf      []byte
}

// surfaceWord is what a surface form stands for: its stem's local number (-1 for a stop word)
// and how often it was met, to choose the form shown for its stem.
type surfaceWord struct {
	stem int32
	n    int32
}

func newAnalyser() *analyser {
	return &analyser{env: snowballstem.NewEnv(""), surface: map[string]*surfaceWord{}, stems: map[string]int32{}}
}

// add counts the words of text, each weight times.
func (a *analyser) add(text string, weight float32) {
	if text == "" {
		return
	}
	a.buf = words(text, a.buf, func(w []byte, hasDigit bool) {
		e, ok := a.surface[string(w)]
		if !ok {
			e = a.learn(string(w), hasDigit)
		}
		e.n++
		if e.stem < 0 {
			return
		}
		if a.acc[e.stem] == 0 {
			a.touched = append(a.touched, e.stem)
		}
		a.acc[e.stem] += weight
	})
}

// learn stems a surface word met for the first time.
func (a *analyser) learn(w string, hasDigit bool) *surfaceWord {
	e := &surfaceWord{stem: -1}
	a.surface[w] = e
	if stopWords[w] {
		return e
	}
	stem := w
	if !hasDigit {
		a.env.SetCurrent(w)
		finnish.Stem(a.env)
		stem = fold(w, a.env.Current())
	}
	if len(stem) < 2 || stopStems[stem] {
		return e
	}
	l, ok := a.stems[stem]
	if !ok {
		l = int32(len(a.stemList))
		a.stems[stem] = l
		a.stemList = append(a.stemList, stem)
		a.acc = append(a.acc, 0)
	}
	e.stem = l
	return e
}

// flush appends the counts of the text read since the last flush to terms and tf, in the
// order first met, and starts afresh.
func (a *analyser) flush(terms []int32, tf []float32) ([]int32, []float32) {
	for _, l := range a.touched {
		terms = append(terms, l)
		tf = append(tf, a.acc[l])
		a.acc[l] = 0
	}
	a.touched = a.touched[:0]
	return terms, tf
}

// addCounts counts the local terms again, each weight times its count.
func (a *analyser) addCounts(terms []int32, tf []float32, weight float32) {
	for k, l := range terms {
		if a.acc[l] == 0 {
			a.touched = append(a.touched, l)
		}
		a.acc[l] += weight * tf[k]
	}
}
