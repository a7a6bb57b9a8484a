package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// List2007Header is the 2007–2013 list export's header, as the service writes it.
const List2007Header = "Koodi,Rahasto,Projektin nimi,Ohjelma / osio,Tl,Viranomainen,Toiminnan tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä"

// List returns a synthetic project list export of the 2007–2013 period with rows rows, as the
// service writes it: Windows-1252, CRLF, nothing quoted, commas inside names, authorities and
// implementers, a quote in some names. Row i has the code of synthetic description i (S20000+i) for i < shared, so
// that a folder with both has projects known from two sources; the rest have codes of their
// own.
func List(rows, shared int, seed uint64) []byte {
	var b strings.Builder
	b.WriteString(List2007Header + "\r\n")
	parts := []string{"Etelä-Suomen suuralueosio", "Itä-Suomen suuralueosio", "Valtakunnallinen osio", "Länsi-Suomen suuralueosio"}
	for i := range rows {
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		code := fmt.Sprintf("S%05d", 20000+i)
		if i >= shared {
			code = fmt.Sprintf("S1%05d", i)
		}
		name := title(r)
		if r.IntN(3) == 0 {
			name += ", " + words[r.IntN(len(words))] // an unquoted comma
		}
		if i%320 == 7 { // a quote as a character, as 62 names of the real list have one
			name = `"` + words[r.IntN(len(words))] + `" - ` + name
		}
		start := 2007 + r.IntN(6)
		status := statuses[r.IntN(len(statuses))]
		place := places[r.IntN(len(places))]
		planned := 80000 + r.IntN(900000)
		granted := planned * (75 + r.IntN(20)) / 100
		fmt.Fprintf(&b, "%s,ESR,%s,%s,%d,%s,%s,1.%d.%d,31.12.%d,%s, %s,%d,%d,%d,%d\r\n",
			code, name, parts[r.IntN(len(parts))], 1+r.IntN(5), authorities[r.IntN(len(authorities))], status,
			1+r.IntN(12), start, start+1+r.IntN(3), place[2], orgTypes[r.IntN(len(orgTypes))],
			granted, granted*(85+r.IntN(16))/100, planned, planned*(85+r.IntN(16))/100)
	}
	out, err := charmap.Windows1252.NewEncoder().String(b.String())
	if err != nil {
		panic(err) // every letter above is in Windows-1252
	}
	return []byte(out)
}
