// Package geo holds Finland's regions (maakunnat) and municipalities (kunnat) as Vertailu's
// map draws them: their boundaries projected to ETRS-TM35FIN, found by the names the project
// descriptions give them (municipalities merged since 2013 under their old names too), and
// the visible projects counted per area. The boundaries are the National Land Survey of
// Finland's (Maanmittauslaitos, CC BY 4.0), simplified once by scripts/geogen and embedded in
// package assets.
package geo

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"sync"

	"vertailu/assets"
)

// Level is which areas a map shows.
type Level int

// The levels.
const (
	Regions        Level = iota // the 19 regions (maakunnat), Åland included
	Municipalities              // the 309 municipalities (kunnat) of 2023
	// AuthorityAreas are the regions again, a project counted in its funding authority's
	// (data.FieldAuthorityArea), never in its own place; a ministry's or national agency's
	// projects are on no region.
	AuthorityAreas
)

// Point is a position in ETRS-TM35FIN metres: X grows to the east, Y to the north.
type Point struct{ X, Y float64 }

// Box is a bounding box.
type Box struct{ Min, Max Point }

// Area is one region or municipality.
type Area struct {
	Code    string // the national code (NATCODE): "05", "297"
	Name    string // the Finnish name (NAMEFIN)
	Swedish string // the Swedish name (NAMESWE)
	// Region is a municipality's region code ("" for a region).
	Region string
	// Formerly are the Finnish names of the municipalities merged into this one since 2013.
	Formerly []string
	// Label is a point well inside the area, where its name goes.
	Label Point
	// Rings are the outer boundaries and holes, outer rings anticlockwise and holes clockwise
	// (as seen with north up), so one path with the non-zero rule fills the area.
	Rings [][]Point
	Box   Box
}

// Map is the areas of one level.
type Map struct {
	Level Level
	Areas []Area
	Box   Box
	names nameIndex
}

// file is the embedded format written by scripts/geogen: coordinates in units of Unit metres,
// each ring as x0, y0 and then the differences to the previous point.
type file struct {
	Unit  float64 `json:"unit_m"`
	Areas []struct {
		Code     string    `json:"code"`
		Name     string    `json:"fi"`
		Swedish  string    `json:"sv"`
		Region   string    `json:"region,omitempty"`
		Formerly []string  `json:"formerly,omitempty"`
		Label    [2]int64  `json:"label"`
		Rings    [][]int64 `json:"rings"`
	} `json:"areas"`
}

var maps = sync.OnceValue(func() [2]*Map {
	return [2]*Map{mustDecode(Regions, assets.RegionsGeo), mustDecode(Municipalities, assets.MunicipalitiesGeo)}
})

func mustDecode(l Level, b []byte) *Map {
	m, err := Decode(l, b)
	if err != nil {
		panic("geo: the embedded boundaries do not read: " + err.Error()) // every test fails
	}
	return m
}

// Of returns the embedded map of level l (the regions for an unknown level).
func Of(l Level) *Map {
	if l == Municipalities {
		return maps()[1]
	}
	return maps()[0] // the regions, also for AuthorityAreas
}

// Decode reads boundaries in scripts/geogen's format.
func Decode(l Level, b []byte) (*Map, error) {
	var f file
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	if !(f.Unit > 0) || len(f.Areas) == 0 {
		return nil, fmt.Errorf("no areas (unit %g)", f.Unit)
	}
	m := &Map{Level: l, Box: emptyBox()}
	for _, fa := range f.Areas {
		a := Area{
			Code: fa.Code, Name: fa.Name, Swedish: fa.Swedish, Region: fa.Region, Formerly: fa.Formerly,
			Label: Point{float64(fa.Label[0]) * f.Unit, float64(fa.Label[1]) * f.Unit}, Box: emptyBox(),
		}
		for _, r := range fa.Rings {
			ring, err := decodeRing(r, f.Unit)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", fa.Name, err)
			}
			a.Rings = append(a.Rings, ring)
			for _, p := range ring {
				a.Box = a.Box.extend(p)
			}
		}
		m.Box = m.Box.extend(a.Box.Min).extend(a.Box.Max)
		m.Areas = append(m.Areas, a)
	}
	m.names = indexNames(m.Areas)
	return m, nil
}

func decodeRing(r []int64, unit float64) ([]Point, error) {
	if len(r)%2 != 0 || len(r) < 6 {
		return nil, fmt.Errorf("a ring of %d numbers", len(r))
	}
	ring := make([]Point, 0, len(r)/2)
	var x, y int64
	for i := 0; i < len(r); i += 2 {
		x, y = x+r[i], y+r[i+1]
		ring = append(ring, Point{float64(x) * unit, float64(y) * unit})
	}
	return ring, nil
}

func emptyBox() Box {
	return Box{Point{math.Inf(1), math.Inf(1)}, Point{math.Inf(-1), math.Inf(-1)}}
}

func (b Box) extend(p Point) Box {
	return Box{
		Point{math.Min(b.Min.X, p.X), math.Min(b.Min.Y, p.Y)},
		Point{math.Max(b.Max.X, p.X), math.Max(b.Max.Y, p.Y)},
	}
}

// Contains reports whether p lies inside the box.
func (b Box) Contains(p Point) bool {
	return p.X >= b.Min.X && p.X <= b.Max.X && p.Y >= b.Min.Y && p.Y <= b.Max.Y
}

// Contains reports whether p lies inside the area (holes excluded).
func (a *Area) Contains(p Point) bool {
	if !a.Box.Contains(p) {
		return false
	}
	in := false
	for _, ring := range a.Rings {
		if ringContains(ring, p) {
			in = !in
		}
	}
	return in
}

// ringContains is the even-odd crossing test of one ring.
func ringContains(ring []Point, p Point) bool {
	in := false
	j := len(ring) - 1
	for i := range ring {
		a, b := ring[i], ring[j]
		if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
		j = i
	}
	return in
}

// At returns the index of the area that contains p.
func (m *Map) At(p Point) (int, bool) {
	for i := range m.Areas {
		if m.Areas[i].Contains(p) {
			return i, true
		}
	}
	return -1, false
}

// Short is the name a map writes: a region's name without "maakunta" ("Ahvenanmaa").
func (a *Area) Short() string {
	if s, ok := strings.CutSuffix(a.Name, "n maakunta"); ok {
		return s
	}
	return a.Name
}

// FindCode returns the area with national code code.
func (m *Map) FindCode(code string) (*Area, bool) {
	for i := range m.Areas {
		if m.Areas[i].Code == code {
			return &m.Areas[i], true
		}
	}
	return nil, false
}
