package pdftext

import "testing"

// An instance's memory grows in place up to the limit keeping what it holds, a growth past the
// limit is refused and counted, and a memory freed while a read runs stays mapped until no read
// runs (the read may still be touching it).
func TestMemoryGrowsToItsLimit(t *testing.T) {
	m := &memories{limit: 1 << 20}
	l := m.Allocate(0, 4<<30)
	b := l.Reallocate(64 << 10)
	if len(b) != 64<<10 {
		t.Fatalf("len %d", len(b))
	}
	b[100] = 7
	b = l.Reallocate(1 << 20)
	if len(b) != 1<<20 || b[100] != 7 {
		t.Fatalf("grown to %d, holding %d", len(b), b[100])
	}
	if l.Reallocate(1<<20+1) != nil || m.refused.Load() != 1 {
		t.Fatalf("a growth past the limit: refused %d", m.refused.Load())
	}
	done := m.read()
	l.Free()
	_ = b[100] // still mapped: no fault
	if len(m.freed) != 1 {
		t.Fatalf("freed %d while a read runs", len(m.freed))
	}
	done()
	if len(m.freed) != 0 {
		t.Fatalf("%d left mapped after the read", len(m.freed))
	}
}
