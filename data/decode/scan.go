package decode

import "unicode/utf8"

// textScan is what one pass over a file's bytes finds: whether they are UTF-8, whether they
// look binary, and whether dropControls has work to do (most files: none).
type textScan struct {
	valid    bool // valid UTF-8
	controls int  // C0 controls other than tab, line ends and form feed: many mean binary data
	drop     bool // a character dropControls removes
}

// scanText scans b once: eight bytes at a time where they are plain printable ASCII, the
// two-byte letters of Finnish (ä, ö, å) at once, and anything else by utf8.DecodeRune.
func scanText(b []byte) textScan {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	sc := textScan{valid: true}
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			x := uint64(b[i]) | uint64(b[i+1])<<8 | uint64(b[i+2])<<16 | uint64(b[i+3])<<24 |
				uint64(b[i+4])<<32 | uint64(b[i+5])<<40 | uint64(b[i+6])<<48 | uint64(b[i+7])<<56
			del := x ^ 0x7f*ones
			// All ASCII, no byte below 0x20 (exact for ASCII bytes), no byte 0x7f.
			if x&high == 0 && (x-0x20*ones)&^x&high == 0 && (del-ones)&^del&high == 0 {
				i += 8
				continue
			}
		}
		c := b[i]
		switch {
		case c < utf8.RuneSelf:
			sc.ascii(c)
			i++
		case c >= 0xc2 && c <= 0xdf && i+1 < len(b) && b[i+1]&0xc0 == 0x80: // ä, ö, å, é, no-break space…
			if c == 0xc2 && b[i+1] < 0xa0 { // U+0080–U+009F: the C1 controls
				sc.drop = true
			}
			i += 2
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				sc.valid = false
			}
			i += size
		}
	}
	return sc
}

// ascii notes what an ASCII byte is.
func (sc *textScan) ascii(c byte) {
	switch {
	case c == '\t', c >= 0x20 && c < 0x7f:
	case c == 0x7f:
		sc.drop = true
	default:
		if c != '\n' && c != '\r' && c != '\f' {
			sc.controls++
		}
		if c != '\n' && c != '\r' {
			sc.drop = true
		}
	}
}
