package data

import (
	"vertailu/data/locale"
)

// Unknown is what an unknown value shows as for a reader of lang, in every output meant for
// people: "ei tiedossa", "n/a" (worded by the catalogue; see locale.SetUnknown).
func Unknown(lang string) string { return locale.Of(lang).Unknown() }

// FormatCount writes a count for a reader of lang: "1 234" in Finnish, "1,234" in English.
func FormatCount(n int, lang string) string { return locale.Of(lang).Int(int64(n)) }

// FormatInt writes a known Int for a reader of lang ("95 084" / "95,084") and an unknown one
// as Unknown.
func FormatInt(i Int, lang string) string {
	if !i.Known {
		return Unknown(lang)
	}
	return locale.Of(lang).Int(i.V)
}

// FormatEuro writes a known Int as "95 084 €" (Finnish) or "95,084 €" (English), an unknown
// one as Unknown.
func FormatEuro(i Int, lang string) string {
	if !i.Known {
		return Unknown(lang)
	}
	return locale.Of(lang).Euro(i.V)
}

// FormatPercent writes a ratio as a percentage with one decimal, "99,9 %" in Finnish and
// "99.9 %" in English, Unknown when unknown.
func FormatPercent(f Float, lang string) string {
	if !f.Known {
		return Unknown(lang)
	}
	return FormatDecimal(f.V*100, 1, lang) + "\u00a0%"
}

// FormatDecimal writes v with the given number of decimals, thousands grouped, for a reader of
// lang: 1234.5 → "1 234,5" / "1,234.5". NaN and infinities are Unknown.
func FormatDecimal(v float64, decimals int, lang string) string {
	if s := locale.Of(lang).Decimal(v, decimals); s != "" {
		return s
	}
	return Unknown(lang)
}

// FormatFloat writes a known Float with the given decimals for a reader of lang, Unknown when
// unknown.
func FormatFloat(f Float, decimals int, lang string) string {
	if !f.Known {
		return Unknown(lang)
	}
	return FormatDecimal(f.V, decimals, lang)
}

// FormatDate writes a known date for a reader of lang, "1.4.2008" in Finnish and "1 Apr 2008"
// in English, and an unknown one as Unknown.
func FormatDate(d Date, lang string) string {
	if !d.Known() {
		return Unknown(lang)
	}
	return locale.Of(lang).Date(d.Time)
}
