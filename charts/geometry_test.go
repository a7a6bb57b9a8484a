package charts

import (
	"math"
	"slices"
	"strings"
	"testing"

	"vertailu/data"
)

func draw(t *testing.T, c Chart, w, h int) *recorder {
	t.Helper()
	r := newRecorder()
	if err := c.Draw(r, w, h); err != nil {
		t.Fatal(err)
	}
	return r
}

func fundedProject(granted, realised, planned, realisedPub data.Int) *data.Project {
	p := &data.Project{Code: "S99999", Name: "Testihanke"}
	p.Funding = data.Funding{
		GrantedEUState: granted, RealisedEUState: realised,
		PlannedPublicTotal: planned, RealisedPublicTotal: realisedPub,
	}
	p.Derived = data.Derive(p)
	return p
}

func scoredProject(direct, indirect func(i int) data.Int) *data.Project {
	p := &data.Project{Code: "S88888", Name: "Pisteet"}
	for i := range p.Sustainability {
		p.Sustainability[i] = data.Criterion{Dimension: data.Criteria[i].Dimension, Direct: direct(i), Indirect: indirect(i)}
	}
	p.Derived = data.Derive(p)
	return p
}

// barWidth returns the length of the single bar filled with col.
func barWidth(t *testing.T, r *recorder, col any) (x0, x1 float64) {
	t.Helper()
	var shapes []recShape
	for _, s := range r.shapes {
		if s.fill == col {
			shapes = append(shapes, s)
		}
	}
	if len(shapes) != 1 {
		t.Fatalf("want one bar of colour %v, got %d", col, len(shapes))
	}
	x0, _, x1, _ = shapes[0].bounds()
	return x0, x1
}

func TestFundingBarsProportionalFromZero(t *testing.T) {
	p := fundedProject(data.KnownInt(100000), data.KnownInt(50000), data.KnownInt(200000), data.KnownInt(150000))
	r := draw(t, Funding(p, "fi"), 800, 400)
	g0, g1 := barWidth(t, r, colGranted)
	r0, r1 := barWidth(t, r, colRealised)
	p0, p1 := barWidth(t, r, colPlanned)
	q0, q1 := barWidth(t, r, colRealisedPub)
	for _, x := range []float64{r0, p0, q0} {
		if x != g0 {
			t.Fatalf("bars start at different x: %v %v %v %v", g0, r0, p0, q0)
		}
	}
	unit := (g1 - g0) / 100000
	for _, c := range []struct {
		name   string
		length float64
		want   float64
	}{{"realised", r1 - r0, 50000}, {"planned", p1 - p0, 200000}, {"realised public", q1 - q0, 150000}} {
		if got := c.length / unit; math.Abs(got-c.want)/c.want > 0.02 {
			t.Errorf("%s bar is %.0f € long in granted units, want %.0f", c.name, got, c.want)
		}
	}
	zero, ok := r.text("0\u00a0€")
	if !ok {
		t.Fatal("no 0 € tick label: the axis does not start at 0")
	}
	f, _ := chartFont()
	w := measure(f, zero.s, zero.size)
	if mid := zero.x + w/2; math.Abs(mid-g0) > 1.5 {
		t.Errorf("0 € tick at x=%.1f, bars start at x=%.1f", mid, g0)
	}
	if _, ok := r.text("50\u00a0000\u00a0€ (50,0\u00a0%)"); !ok {
		t.Errorf("realised bar does not carry its amount and utilisation; texts: %v", r.texts)
	}
}

func TestFundingAxisStartsAtZeroForCloseValues(t *testing.T) {
	// go-chart would start this axis near 950 000; ours must start at 0.
	p := fundedProject(data.KnownInt(1000000), data.KnownInt(990000), data.KnownInt(1010000), data.KnownInt(1000000))
	r := draw(t, Funding(p, "en"), 800, 400)
	g0, g1 := barWidth(t, r, colGranted)
	r0, r1 := barWidth(t, r, colRealised)
	if got := (r1 - r0) / (g1 - g0); math.Abs(got-0.99) > 0.01 {
		t.Errorf("realised/granted bar ratio %.3f, want 0.99", got)
	}
	if _, ok := r.text("0\u00a0€"); !ok {
		t.Error("no 0 € tick")
	}
}

func TestUnknownValueDrawsNoBar(t *testing.T) {
	p := fundedProject(data.KnownInt(100000), data.Int{}, data.KnownInt(120000), data.Int{})
	r := draw(t, Funding(p, "fi"), 800, 400)
	if n := len(r.filled(colRealised)) + len(r.filled(colRealisedPub)); n != 0 {
		t.Errorf("unknown realised figures drew %d bars", n)
	}
	n := 0
	for _, tx := range r.texts {
		if tx.s == data.Unknown("fi") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want n/a written twice, got %d", n)
	}
	// A real zero is known: it is written as 0 € and is not n/a.
	z := fundedProject(data.KnownInt(100000), data.KnownInt(0), data.KnownInt(120000), data.KnownInt(0))
	rz := draw(t, Funding(z, "fi"), 800, 400)
	if _, ok := rz.text("0\u00a0€ (0,0\u00a0%)"); !ok {
		t.Error("a known zero is not labelled 0 €")
	}
}

func TestUtilisationReferenceAndFlag(t *testing.T) {
	ps := []*data.Project{
		fundedProject(data.KnownInt(100000), data.KnownInt(112000), data.Int{}, data.Int{}),
		fundedProject(data.KnownInt(100000), data.KnownInt(80000), data.Int{}, data.Int{}),
	}
	r := draw(t, Utilisation(ps, "fi"), 800, 400)
	if _, ok := r.text("112,0\u00a0% !"); !ok {
		t.Errorf("utilisation above 100 %% not marked; texts %v", r.texts)
	}
	if len(r.filled(colFlag)) != 2 { // the bar and its legend swatch
		t.Errorf("want the flagged bar and its swatch in the flag colour, got %d shapes", len(r.filled(colFlag)))
	}
	bars := append(r.filled(colFlag), r.filled(colGranted)...)
	var lengths []float64
	var left float64
	for _, b := range bars {
		x0, y0, x1, y1 := b.bounds()
		if y1-y0 > 20 { // bars, not the legend swatch
			lengths = append(lengths, x1-x0)
			left = x0
		}
	}
	if len(lengths) != 2 {
		t.Fatalf("want 2 bars, got %d", len(lengths))
	}
	var ref []recShape
	for _, s := range r.stroked(colText) {
		if len(s.dash) > 0 && len(s.points) == 2 && s.points[0].X == s.points[1].X {
			ref = append(ref, s)
		}
	}
	if len(ref) != 1 {
		t.Fatalf("want one dashed 100 %% line, got %d", len(ref))
	}
	unit := lengths[1] / 0.8
	if x := ref[0].points[0].X; math.Abs(x-left-unit) > 1.5 {
		t.Errorf("100 %% line at %.1f, want %.1f", x, left+unit)
	}
}

func TestRadarVertexAtScore(t *testing.T) {
	p := scoredProject(func(i int) data.Int { return data.KnownInt(int64(i % 11)) },
		func(i int) data.Int { return data.KnownInt(5) })
	r := draw(t, Radar(p, "fi"), 800, 400)
	// The outer ring (value 10) gives the centre and the radius.
	var outer []pt
	for _, s := range r.stroked(colAxis) {
		if len(s.points) == 15 {
			outer = s.points
		}
	}
	if outer == nil {
		t.Fatal("no 15-sided outer ring")
	}
	var cx, cy float64
	for _, q := range outer {
		cx += q.X / 15
	}
	for _, q := range outer {
		cy += q.Y / 15
	}
	radius := cy - outer[0].Y
	var direct []pt
	for _, s := range r.stroked(ProjectColor(0)) {
		if len(s.points) == 15 {
			direct = s.points
		}
	}
	if direct == nil {
		t.Fatal("no closed direct series")
	}
	for i, q := range direct {
		want := float64(i%11) / 10 * radius
		got := math.Hypot(q.X-cx, q.Y-cy)
		if math.Abs(got-want) > 1.5 {
			t.Errorf("axis %d: vertex at radius %.1f, want %.1f", i+1, got, want)
		}
		if want < 10 {
			continue
		}
		ang := math.Atan2(q.Y-cy, q.X-cx) * 180 / math.Pi
		wantAng := -90 + 24*float64(i)
		if d := math.Mod(ang-wantAng+540, 360) - 180; math.Abs(d) > 2 {
			t.Errorf("axis %d: vertex at %.1f°, want %.1f°", i+1, ang, wantAng)
		}
	}
}

func TestRadarUnknownScoreLeavesGap(t *testing.T) {
	p := scoredProject(func(i int) data.Int {
		if i == 3 {
			return data.Int{}
		}
		return data.KnownInt(6)
	}, func(int) data.Int { return data.Int{} })
	r := draw(t, Radar(p, "en"), 800, 400)
	segs := r.stroked(ProjectColor(0))
	n := 0
	for _, s := range segs {
		if len(s.points) == 2 {
			n++
		}
	}
	if n != 14 { // 15 edges minus the two that touch axis 4, plus the legend swatch
		t.Errorf("want 13 segments and a legend line around one unknown score, got %d", n)
	}
	if len(r.stroked(ProjectColor(1))) > 1 { // the legend swatch only
		t.Error("an all-unknown series drew lines")
	}
	found := false
	for _, tx := range r.texts {
		found = found || strings.Contains(tx.s, labels("en")[lUnknownScores])
	}
	if !found {
		t.Error("the legend does not say the indirect scores are missing")
	}
}

func TestOverlayColoursStablePerProject(t *testing.T) {
	ps := synthetic(6)
	three := draw(t, RadarOverlay(ps[:3], Direct, "fi"), 800, 400)
	six := draw(t, RadarOverlay(ps, Indirect, "fi"), 800, 400)
	seen := map[any]bool{}
	var dashes [][]float64
	for i := range 6 {
		col := ProjectColor(i)
		if seen[col] {
			t.Fatalf("colour %d repeats", i)
		}
		seen[col] = true
		if i < 3 && len(three.stroked(col)) == 0 {
			t.Errorf("project %d is not drawn in ProjectColor(%d) among three", i, i)
		}
		s := six.stroked(col)
		if len(s) == 0 {
			t.Fatalf("project %d is not drawn in ProjectColor(%d) among six", i, i)
		}
		var ring []recShape
		for _, sh := range s {
			if len(sh.points) == 15 {
				ring = append(ring, sh)
			}
		}
		if len(ring) != 1 {
			t.Fatalf("project %d: want one closed 15-point line, got %d", i, len(ring))
		}
		dashes = append(dashes, ring[0].dash)
	}
	for i := range dashes {
		for j := range i {
			if slices.Equal(dashes[i], dashes[j]) && i%len(lineStyles) != j%len(lineStyles) {
				t.Errorf("projects %d and %d share a dash pattern", i, j)
			}
		}
	}
	if ProjectColor(1) != ProjectColor(1+len(projectPalette)) || ProjectColor(-1) != ProjectColor(len(projectPalette)-1) {
		t.Error("ProjectColor is not periodic")
	}
}

func TestLabelsFollowLanguage(t *testing.T) {
	p := fundedProject(data.KnownInt(1), data.KnownInt(1), data.KnownInt(1), data.KnownInt(1))
	fi := draw(t, Funding(p, "fi"), 800, 400)
	en := draw(t, Funding(p, "en"), 800, 400)
	if _, ok := fi.text(labels("fi")[lGrantedEUState]); !ok {
		t.Error("Finnish label missing")
	}
	if _, ok := en.text(labels("en")[lGrantedEUState]); !ok {
		t.Error("English label missing")
	}
}

func TestDenseCompareStillSaysNA(t *testing.T) {
	ps := synthetic(60)
	unknown := 0
	for _, p := range ps {
		if !p.Funding.RealisedEUState.Known {
			unknown++
		}
	}
	r := draw(t, FundingCompare(ps, false, "fi"), 1600, 900)
	n := 0
	for _, tx := range r.texts {
		if tx.s == data.Unknown("fi") {
			n++
		}
	}
	if unknown == 0 || n != unknown {
		t.Errorf("%d unknown realised amounts, %d n/a labels", unknown, n)
	}
	if got := len(r.filled(colRealised)); got != 60-unknown+1 { // plus the legend swatch
		t.Errorf("%d realised bars, want %d", got-1, 60-unknown)
	}
}

// TestSmallFundingChartKeepsValues draws the funding chart at the size of the one-page
// summary's (104 × 50 mm, about 295 × 142 pt): every bar still carries its figure, so a
// known zero reads "0 €" and does not look like an unknown value.
func TestSmallFundingChartKeepsValues(t *testing.T) {
	z := fundedProject(data.KnownInt(0), data.KnownInt(0), data.KnownInt(312550), data.KnownInt(0))
	r := draw(t, Funding(z, "fi"), 295, 142)
	for _, want := range []string{"0\u00a0€", "312\u00a0550\u00a0€", "0\u00a0€ (0,0\u00a0%)"} {
		if _, ok := r.text(want); !ok {
			t.Errorf("no %q on the small chart", want)
		}
	}
}
