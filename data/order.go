package data

import (
	"bytes"
	"runtime"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Names are Finnish whichever language the reader chose, so texts sort in Finnish alphabetical
// order in both: Å, Ä and Ö after Z, W after V, Ü with Y (x/text/collate's Finnish). Folding
// accents away (Fold) is for search only: it would put Ä among the A's.

// collators holds Finnish collators: a collate.Collator is not safe for concurrent use, so each
// comparison or key-making run takes one of its own.
var collators = sync.Pool{New: func() any { return collate.New(language.Finnish) }}

// CompareText compares two texts in Finnish alphabetical order; ties of letters are broken by
// accents, then case, so the order is total. Safe for concurrent use. For many texts at once,
// sort by keys instead (see Sort).
func CompareText(a, b string) int {
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	return c.CompareString(a, b)
}

// SortTexts sorts ss in Finnish alphabetical order.
func SortTexts(ss []string) {
	c := collators.Get().(*collate.Collator)
	defer collators.Put(c)
	c.SortStrings(ss)
}

// textKeysFrom is the number of texts from which sort keys are made on every core.
const textKeysFrom = 2000

// textKeys returns the Finnish sort key of each text: keys compare with bytes.Compare as the
// texts compare with CompareText. Making a key is the costly part of a sort by text, so many
// keys are made on every core, each with a collator of its own.
func textKeys(texts []string) [][]byte {
	keys := make([][]byte, len(texts))
	fill := func(lo, hi int) {
		c := collators.Get().(*collate.Collator)
		defer collators.Put(c)
		buf := new(collate.Buffer)  // the keys live in buf's storage, which is never reset
		made := map[string][]byte{} // a text repeated (a status, a region) is keyed once
		for i := lo; i < hi; i++ {
			k, ok := made[texts[i]]
			if !ok {
				k = c.KeyFromString(buf, texts[i])
				made[texts[i]] = k
			}
			keys[i] = k
		}
	}
	n, workers := len(texts), runtime.GOMAXPROCS(0)
	if n < textKeysFrom || workers < 2 {
		fill(0, n)
		return keys
	}
	var wg sync.WaitGroup
	size := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += size {
		wg.Go(func() { fill(lo, min(lo+size, n)) })
	}
	wg.Wait()
	return keys
}

// compareKeys compares two sort keys made by textKeys.
func compareKeys(a, b []byte) int { return bytes.Compare(a, b) }
