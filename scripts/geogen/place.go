package main

import (
	"math"
	"strings"

	"github.com/paulmach/orb"
)

// labelPoint is the point of the largest polygon farthest from its boundary (found on a grid
// and refined twice): where a name reads best, inside even a crescent-shaped area.
func labelPoint(polys []orb.Polygon) orb.Point {
	best := polys[0]
	for _, p := range polys {
		if ringArea(p[0]) > ringArea(best[0]) {
			best = p
		}
	}
	b := best.Bound()
	centre, step := b.Center(), math.Max(b.Max[0]-b.Min[0], b.Max[1]-b.Min[1])/24
	top, topD := centre, math.Inf(-1)
	for range 3 {
		for i := -24; i <= 24; i++ {
			for j := -24; j <= 24; j++ {
				p := orb.Point{centre[0] + float64(i)*step, centre[1] + float64(j)*step}
				if d := inside(best, p); d > topD {
					top, topD = p, d
				}
			}
		}
		centre, step = top, step/12
	}
	return top
}

// inside is the distance from p to the polygon's boundary, negative when p is outside.
func inside(p orb.Polygon, pt orb.Point) float64 {
	in := false
	d := math.Inf(1)
	for _, r := range p {
		for i := range r {
			a, b := r[i], r[(i+1)%len(r)]
			if (a[1] > pt[1]) != (b[1] > pt[1]) && pt[0] < (b[0]-a[0])*(pt[1]-a[1])/(b[1]-a[1])+a[0] {
				in = !in
			}
			d = math.Min(d, segDist(pt, a, b))
		}
	}
	if !in {
		return -d
	}
	return d
}

func segDist(p, a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l))
	}
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}

func contains(polys []orb.Polygon, p orb.Point) bool {
	for _, poly := range polys {
		if inside(poly, p) > 0 {
			return true
		}
	}
	return false
}

// assignRegions gives each municipality the region its label point lies in.
func assignRegions(munis, regions []area) {
	for i := range munis {
		for _, r := range regions {
			if contains(r.polys, munis[i].label) {
				munis[i].region = r.code
				break
			}
		}
	}
}

// assignMergers files each 2013 municipality that 2023 no longer has under the 2023
// municipality that took it over: the one with its national code if that still exists (a
// renamed one), else the one its label point lies in.
func assignMergers(munis, old []area) {
	byCode, byName := map[string]int{}, map[string]bool{}
	for i, m := range munis {
		byCode[m.code] = i
		byName[strings.ToLower(m.name)] = true
	}
	for _, o := range old {
		if byName[strings.ToLower(o.name)] {
			continue
		}
		target := -1
		if i, ok := byCode[o.code]; ok {
			target = i
		} else {
			for i, m := range munis {
				if contains(m.polys, o.label) {
					target = i
					break
				}
			}
		}
		if target >= 0 {
			munis[target].formerly = append(munis[target].formerly, o.name)
		}
	}
}
