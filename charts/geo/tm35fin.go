package geo

import "math"

// ETRS-TM35FIN (EPSG:3067) is the national grid of Finland: a transverse Mercator projection
// of the GRS80 ellipsoid on the central meridian 27° E, scale 0.9996, false easting 500 km.
// The forward formulas are Krüger's series to n⁴, as the public-administration
// recommendation JHS 154 gives them; they are good to well under a millimetre in Finland.
const (
	grs80A       = 6378137.0
	grs80F       = 1 / 298.257222101
	tmScale      = 0.9996
	tmMeridian   = 27.0
	tmFalseEast  = 500000.0
	degToRadians = math.Pi / 180
)

// tmConstants are the ellipsoid's series coefficients, computed once.
var tmConstants = func() (c struct {
	a1, e float64
	h     [4]float64
},
) {
	n := grs80F / (2 - grs80F)
	n2, n3, n4 := n*n, n*n*n, n*n*n*n
	c.a1 = grs80A / (1 + n) * (1 + n2/4 + n4/64)
	c.e = math.Sqrt(2*grs80F - grs80F*grs80F)
	c.h = [4]float64{
		n/2 - 2*n2/3 + 5*n3/16 + 41*n4/180,
		13*n2/48 - 3*n3/5 + 557*n4/1440,
		61*n3/240 - 103*n4/140,
		49561 * n4 / 161280,
	}
	return c
}()

// TM35FIN projects a WGS84/ETRS89 longitude and latitude (degrees) to ETRS-TM35FIN easting
// and northing (metres). The two datums differ by well under a metre in Finland, far below
// what a map of regions shows.
func TM35FIN(lon, lat float64) (easting, northing float64) {
	c := tmConstants
	phi := lat * degToRadians
	l := (lon - tmMeridian) * degToRadians
	q := math.Asinh(math.Tan(phi)) - c.e*math.Atanh(c.e*math.Sin(phi))
	beta := math.Atan(math.Sinh(q))
	eta0 := math.Atanh(math.Cos(beta) * math.Sin(l))
	xi0 := math.Atan2(math.Tan(beta), math.Cos(l))
	xi, eta := xi0, eta0
	for i, h := range c.h {
		k := 2 * float64(i+1)
		xi += h * math.Sin(k*xi0) * math.Cosh(k*eta0)
		eta += h * math.Cos(k*xi0) * math.Sinh(k*eta0)
	}
	return c.a1*eta*tmScale + tmFalseEast, c.a1 * xi * tmScale
}
