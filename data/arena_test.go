package data

import (
	"bytes"
	"strings"
	"testing"
)

// TestArenaStringsStayPut: what one project was handed is never touched by what the next ones
// are handed, across blocks, and a large text gets memory of its own.
func TestArenaStringsStayPut(t *testing.T) {
	var a textArena
	var kept []string
	var want []string
	for i := range 5000 {
		s := strings.Repeat(string(rune('a'+i%26)), 1+i%700)
		b := a.alloc(len(s))[:0]
		b = append(b, s...)
		kept = append(kept, immutable(b))
		want = append(want, s)
	}
	for i := range kept {
		if kept[i] != want[i] {
			t.Fatalf("string %d changed: %.20q, want %.20q", i, kept[i], want[i])
		}
	}
	if cap(a.block) != maxBlock {
		t.Errorf("blocks grow to %d bytes, got %d", maxBlock, cap(a.block))
	}
	large := a.alloc(maxBlock/4 + 1)
	if cap(large) != maxBlock/4+1 {
		t.Errorf("a large text shares a block: cap %d", cap(large))
	}
	var nilArena *textArena
	if b := nilArena.alloc(10); len(b) != 10 || !bytes.Equal(b, make([]byte, 10)) {
		t.Errorf("no arena: %q", b)
	}
}
