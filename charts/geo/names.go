package geo

import (
	"strings"

	"vertailu/data"
)

// nameIndex finds an area by a name as a description writes it: in any case, with or without
// its accents when that is still unambiguous, in Finnish or Swedish, under the name of a
// municipality merged into it since 2013, and the region of Åland as "Ahvenanmaa" or "Åland".
type nameIndex struct {
	exact  map[string]int // by lower-case name
	folded map[string]int // by data.Fold of the name; -1 when two areas share it
}

// regionAliases are other names of regions that descriptions may use, by region code: Åland's
// short names, and Itä-Uusimaa, merged into Uusimaa in 2011.
var regionAliases = map[string][]string{
	"21": {"Ahvenanmaa", "Åland", "Ahvenanmaan maakunta", "Landskapet Åland"},
	"01": {"Itä-Uusimaa", "Östra Nyland"},
}

func indexNames(areas []Area) nameIndex {
	ix := nameIndex{exact: map[string]int{}, folded: map[string]int{}}
	add := func(name string, i int) {
		k := normalName(name)
		if k == "" {
			return
		}
		if _, ok := ix.exact[k]; !ok {
			ix.exact[k] = i
		}
		f := data.Fold(k)
		if j, ok := ix.folded[f]; ok && j != i {
			ix.folded[f] = -1
			return
		}
		ix.folded[f] = i
	}
	// Current names first, so that a current name wins over an old one of another area.
	for i, a := range areas {
		add(a.Name, i)
	}
	for i, a := range areas {
		add(a.Swedish, i)
		for _, n := range a.Formerly {
			add(n, i)
		}
		for _, n := range regionAliases[a.Code] {
			if a.Region == "" {
				add(n, i)
			}
		}
	}
	return ix
}

// normalName is a name in lower case with its spaces collapsed.
func normalName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// Find returns the index of the area a description's name means, if any.
func (m *Map) Find(name string) (int, bool) {
	k := normalName(name)
	if k == "" {
		return -1, false
	}
	if i, ok := m.names.exact[k]; ok {
		return i, true
	}
	for _, suffix := range []string{" maakunta", " landskap", " kunta", " kaupunki", " stad"} {
		if t, ok := strings.CutSuffix(k, suffix); ok {
			if i, ok := m.names.exact[t]; ok {
				return i, true
			}
		}
	}
	if i, ok := m.names.folded[data.Fold(k)]; ok && i >= 0 {
		return i, true
	}
	return -1, false
}
