// Command geogen turns the National Land Survey of Finland's region and municipality
// boundaries (GeoJSON, WGS84) into the compact files Vertailu embeds: projected to
// ETRS-TM35FIN, simplified (Douglas–Peucker), rounded to 100 m and delta-encoded, with a label
// point inside each area, each municipality's region, and the municipalities merged since 2013
// under the one that took them over. Run it from the repository root when the sources change:
//
//	go run ./scripts/geogen -src ../shared/geo -out assets/geo
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"

	"vertailu/charts/geo"
)

func main() {
	src := flag.String("src", "../shared/geo", "folder of maakuntarajat.json, kuntarajat-2023.json and kuntarajat-2013.json")
	out := flag.String("out", "assets/geo", "output folder")
	tol := flag.Float64("tolerance", 300, "Douglas–Peucker tolerance in metres")
	flag.Parse()
	if err := run(*src, *out, *tol); err != nil {
		log.Fatal(err)
	}
}

func run(src, out string, tol float64) error {
	regions, err := readAreas(filepath.Join(src, "maakuntarajat.json"), tol)
	if err != nil {
		return err
	}
	munis, err := readAreas(filepath.Join(src, "kuntarajat-2023.json"), tol)
	if err != nil {
		return err
	}
	old, err := readAreas(filepath.Join(src, "kuntarajat-2013.json"), tol)
	if err != nil {
		return err
	}
	assignRegions(munis, regions)
	assignMergers(munis, old)
	for name, as := range map[string][]area{"regions.json": regions, "municipalities.json": munis} {
		b := encode(as)
		if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d areas, %d points, %d bytes\n", name, len(as), points(as), len(b))
	}
	return nil
}

// area is one feature, projected and simplified.
type area struct {
	code, name, swedish, region string
	formerly                    []string
	polys                       []orb.Polygon
	label                       orb.Point
}

func readAreas(path string, tol float64) ([]area, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var fc featureCollection
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []area
	for _, f := range fc.Features {
		a := area{code: prop(f, "NATCODE"), name: prop(f, "NAMEFIN"), swedish: prop(f, "NAMESWE")}
		g, err := f.Geometry.polygons()
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, a.name, err)
		}
		a.polys = projectPolys(g, tol)
		if len(a.polys) == 0 {
			return nil, fmt.Errorf("%s: %s has no polygon", path, a.name)
		}
		a.label = labelPoint(a.polys)
		out = append(out, a)
	}
	return out, nil
}

// prop reads a property whatever the case of its key (the 2013 file writes them in lower case,
// and its NATCODE as a number).
func prop(f feature, key string) string {
	for k, v := range f.Properties {
		if equalFold(k, key) {
			if n, ok := v.(float64); ok {
				return fmt.Sprintf("%03d", int(n))
			}
			return fmt.Sprint(v)
		}
	}
	return ""
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		x, y := a[i]|0x20, b[i]|0x20
		if x != y {
			return false
		}
	}
	return true
}

// projectPolys projects a polygon or multipolygon to ETRS-TM35FIN, simplifies its rings,
// drops the rings that vanish, and orients outer rings anticlockwise and holes clockwise.
func projectPolys(polys []orb.Polygon, tol float64) []orb.Polygon {
	dp := simplify.DouglasPeucker(tol)
	var out []orb.Polygon
	for _, p := range polys {
		var kept orb.Polygon
		for i, r := range p {
			pr := make(orb.Ring, len(r))
			for j, pt := range r {
				e, n := geo.TM35FIN(pt[0], pt[1])
				pr[j] = orb.Point{e, n}
			}
			pr = dp.Ring(pr)
			if len(pr) < 4 || abs(ringArea(pr)) < 4*tol*tol {
				if i == 0 {
					break // the outer ring vanished: so does the polygon
				}
				continue
			}
			if (ringArea(pr) > 0) != (i == 0) {
				pr.Reverse()
			}
			kept = append(kept, pr)
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

// ringArea is the signed area (positive anticlockwise with y to the north).
func ringArea(r orb.Ring) float64 {
	s := 0.0
	for i := range r {
		j := (i + 1) % len(r)
		s += r[i][0]*r[j][1] - r[j][0]*r[i][1]
	}
	return s / 2
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func points(as []area) int {
	n := 0
	for _, a := range as {
		for _, p := range a.polys {
			for _, r := range p {
				n += len(r) - 1
			}
		}
	}
	return n
}

// The little of GeoJSON the sources use: features with properties and a polygon or
// multipolygon (orb's own geojson package would bring a database driver along).
type featureCollection struct {
	Features []feature `json:"features"`
}

type feature struct {
	Properties map[string]any `json:"properties"`
	Geometry   geometry       `json:"geometry"`
}

type geometry struct {
	Type        string          `json:"type"`
	Coordinates json.RawMessage `json:"coordinates"`
}

func (g geometry) polygons() ([]orb.Polygon, error) {
	switch g.Type {
	case "Polygon":
		var p [][][2]float64
		err := json.Unmarshal(g.Coordinates, &p)
		return []orb.Polygon{polygon(p)}, err
	case "MultiPolygon":
		var mp [][][][2]float64
		err := json.Unmarshal(g.Coordinates, &mp)
		out := make([]orb.Polygon, len(mp))
		for i, p := range mp {
			out[i] = polygon(p)
		}
		return out, err
	}
	return nil, fmt.Errorf("a %q geometry", g.Type)
}

func polygon(p [][][2]float64) orb.Polygon {
	out := make(orb.Polygon, len(p))
	for i, r := range p {
		out[i] = make(orb.Ring, len(r))
		for j, c := range r {
			out[i][j] = orb.Point(c)
		}
	}
	return out
}
