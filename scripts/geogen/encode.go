package main

import (
	"bytes"
	"encoding/json"
	"math"
	"sort"
	"strconv"

	"github.com/paulmach/orb"
)

// unit is the resolution of the embedded coordinates in metres.
const unit = 100

// encode writes the areas one per line, by national code: {"unit_m":100,"areas":[…]}.
func encode(as []area) []byte {
	sort.Slice(as, func(i, j int) bool { return as[i].code < as[j].code })
	var b bytes.Buffer
	b.WriteString(`{"unit_m":` + strconv.Itoa(unit) + `,"areas":[` + "\n")
	for i, a := range as {
		head := map[string]any{"code": a.code, "fi": a.name, "sv": a.swedish, "label": [2]int64{q(a.label[0]), q(a.label[1])}}
		if a.region != "" {
			head["region"] = a.region
		}
		if len(a.formerly) > 0 {
			sort.Strings(a.formerly)
			head["formerly"] = a.formerly
		}
		var rings [][]int64
		for _, p := range a.polys {
			for _, r := range p {
				rings = append(rings, deltas(r))
			}
		}
		head["rings"] = rings
		line, _ := json.Marshal(head)
		b.Write(line)
		if i < len(as)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]}\n")
	return b.Bytes()
}

func q(v float64) int64 { return int64(math.Round(v / unit)) }

// deltas writes a ring without its closing point as x0, y0, dx1, dy1, …, dropping points that
// rounding made repeat.
func deltas(r orb.Ring) []int64 {
	var out []int64
	var px, py int64
	for i, p := range r[:len(r)-1] {
		x, y := q(p[0]), q(p[1])
		if i > 0 && x == px && y == py {
			continue
		}
		out = append(out, x-px, y-py)
		px, py = x, y
	}
	return out
}
