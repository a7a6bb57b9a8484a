package eura

import (
	"strings"
	"testing"
)

// FuzzPrinted: any page texts, split into pages anywhere, parse without a panic, and every
// warning names a page there is.
func FuzzPrinted(f *testing.F) {
	f.Add("Hankekoodi: S1\nHankkeen nimi: pitkä\nnimi jatkuu\n1 Hanke", "8.2 Kestävä kehitys\nPinta- ja pohjavedet, maaperä sekä ilma (ja\nkasvihuonekaasujen väheneminen) 0 0", uint8(1))
	f.Add("Hankkeessa on tehty toimintaympäristön analyysi\nsukupuolinäkökulmasta: Kyllä", "", uint8(0))
	f.Fuzz(func(t *testing.T, a, b string, cut uint8) {
		text := a + "\n" + b
		at := min(int(cut), len(text))
		pages := []string{text[:at], text[at:], "2.12.2026\nx\n1/3"}
		p, err := ParseInput("x.pdf", Printed(pages, len(pages)), &Scratch{})
		if err != nil {
			return
		}
		for _, w := range p.Warnings {
			if w.Line < 0 || w.Line > len(pages) {
				t.Fatalf("warning on page %d of %d: %v", w.Line, len(pages), w)
			}
		}
		if strings.Contains(p.Name, "\n") {
			t.Fatalf("a name over lines: %q", p.Name)
		}
	})
}
