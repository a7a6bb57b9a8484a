package similar

import (
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/finnish"
)

// analyser turns texts into counts of stems. Each distinct surface word is stemmed once and
// remembered: a folder of 20,000 descriptions has a few hundred thousand distinct word forms
// but tens of millions of words. An analyser is used by one goroutine.
type analyser struct {
	env      *snowballstem.Env
	surface  surfaceTable     // a lower-cased word's stem, or a stop word
	stems    map[string]int32 // a stem's local number
	stemList []string         // local number → stem
	global   []int32          // local number → the index's term number, once known
	acc      []float32        // per local number, the count in the text being read
	touched  []int32          // local numbers counted since the last flush
	buf      []byte
}

// surfaceWord is what a surface form stands for: its stem's local number (-1 for a stop word)
// and how often it was met, to choose the form shown for its stem.
type surfaceWord struct {
	word string
	hash uint64
	stem int32
	n    int32
}

// surfaceTable finds a surface word's entry: a hash table by open addressing over a slice of
// entries. It does what a map[string]*surfaceWord would, in half the time, which is a third
// of the whole build's (tens of millions of lookups, a few hundred thousand words).
type surfaceTable struct {
	slots   []int32 // an entry's number + 1, 0 for none; a power of two long
	entries []surfaceWord
}

// hashWord hashes w eight bytes at a time (a word is mostly one or two such steps); the
// table takes its low bits, which the final shift mixes with the high ones.
func hashWord(w string) uint64 {
	h := uint64(len(w)) * 0x9e3779b97f4a7c15
	for len(w) >= 8 {
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		h = (h ^ x) * 0xff51afd7ed558ccd
		h ^= h >> 32
		w = w[8:]
	}
	var tail uint64
	for i, c := range w {
		tail |= uint64(c) << (8 * i)
	}
	h = (h ^ tail) * 0xc4ceb9fe1a85ec53
	return h ^ h>>29
}

// find returns w's entry, or nil.
func (t *surfaceTable) find(w string, h uint64) *surfaceWord {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if e := &t.entries[s-1]; e.hash == h && e.word == w {
			return e
		}
	}
}

// insert adds an entry for a word not in the table yet and returns it.
func (t *surfaceTable) insert(w string, h uint64) *surfaceWord {
	if 2*(len(t.entries)+1) > len(t.slots) {
		t.grow()
	}
	t.entries = append(t.entries, surfaceWord{word: w, hash: h, stem: -1})
	t.place(int32(len(t.entries)), h)
	return &t.entries[len(t.entries)-1]
}

func (t *surfaceTable) place(slot int32, h uint64) {
	mask := uint64(len(t.slots) - 1)
	i := h & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = slot
}

func (t *surfaceTable) grow() {
	t.slots = make([]int32, max(1024, 2*len(t.slots)))
	for k, e := range t.entries {
		t.place(int32(k+1), e.hash)
	}
}

func newAnalyser() *analyser {
	return &analyser{env: snowballstem.NewEnv(""), stems: map[string]int32{}}
}

// add counts the words of text, each weight times.
func (a *analyser) add(text string, weight float32) {
	if text == "" {
		return
	}
	a.buf = words(text, a.buf, func(w string, hasDigit bool) {
		h := hashWord(w)
		e := a.surface.find(w, h)
		if e == nil {
			e = a.learn(strings.Clone(w), h, hasDigit)
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
func (a *analyser) learn(w string, h uint64, hasDigit bool) *surfaceWord {
	e := a.surface.insert(w, h)
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
