package export

import (
	"cmp"
	"context"
	"slices"
	"strconv"

	"vertailu/assets/words"
	"vertailu/data"
)

// The meeting pack's "Changes since DATE" section: one page that says which two exports of a
// project list were compared, how many projects are new, no longer listed and changed, how
// each funding figure's total moved, and the largest changes.

// changesRowsMost is how many changes the page lists at most (the largest first).
const changesRowsMost = 34

// changesTitle is the section's title: "Changes since 25.7.2026".
func (pk *pack) changesTitle() string {
	ch := pk.opts.Changes
	return pk.rp.l.lang.T("Changes since {{.Date}}", "Date", formatDate(ch.From.Date.Date.Time, pk.opts.Lang))
}

// changes draws the section's page.
func (pk *pack) changes(ctx context.Context) error {
	ch, lang := pk.opts.Changes, pk.opts.Lang
	pg := pk.newPackPage()
	l := pg.l.lang
	pg.y = margin
	pg.font("", 7.5, colMuted)
	pg.text(margin, pg.y, clean(pk.title()))
	pg.y += lineH(7.5) + 0.5
	pg.font("B", 17, colAccent)
	pg.text(margin, pg.y, fitLine(pg.pdf, pk.changesTitle(), contentW))
	pg.y += lineH(17) + 2
	pg.font("", 9, colText)
	exp := func(e data.Export) string {
		return clean(e.File) + " (" + formatDate(e.Date.Date.Time, lang) + ", " + words.Of(lang).DateFrom(e.Date.From) + ")"
	}
	for _, s := range []string{
		l.T("Older export") + ": " + exp(ch.From),
		l.T("Newer export") + ": " + exp(ch.To),
	} {
		pg.text(margin, pg.y, fitLine(pg.pdf, s, contentW))
		pg.y += lineH(9)
	}
	added, removed, changed := ch.Count()
	pg.text(margin, pg.y, l.T("{{.New}} new, {{.Gone}} no longer listed, {{.Changed}} changed",
		"New", data.FormatCount(added, lang), "Gone", data.FormatCount(removed, lang), "Changed", data.FormatCount(changed, lang)))
	pg.y += lineH(9) + 4
	pg.heading(l.T("Funding in total"))
	pk.changeTotals(pg)
	pg.y += 4
	pg.heading(l.T("The largest changes"))
	pk.largestChanges(pg)
	pk.packFooter(pg, pk.layout.changes+1)
	return pk.output(ctx, pg.pdf)
}

// changeTotals draws each funding figure's total in both exports and its change.
func (pk *pack) changeTotals(pg *page) {
	lang := pk.opts.Lang
	l := pg.l.lang
	pg.font("", 7.5, colMuted)
	pg.textRight(margin+100, pg.y, l.T("changes.col.from"))
	pg.textRight(margin+140, pg.y, l.T("changes.col.to"))
	pg.textRight(pageW-margin, pg.y, l.T("changes.col.difference"))
	pg.y += lineH(7.5) + 0.4
	for _, t := range pk.opts.Changes.Totals {
		pg.font("", 9, colMuted)
		pg.text(margin, pg.y+0.3, fitLine(pg.pdf, words.Of(lang).ColumnKey(t.Field), 62))
		pg.font("", 9, colText)
		pg.textRight(margin+100, pg.y, data.FormatEuro(t.From, lang))
		pg.textRight(margin+140, pg.y, data.FormatEuro(t.To, lang))
		pg.font("B", 9, colText)
		pg.textRight(pageW-margin, pg.y, signed(t.Difference(), lang))
		pg.y += lineH(9) + 0.6
	}
}

// largestChanges lists the projects new, no longer listed or whose status moved, and the
// largest funding changes: one row per change, the largest first, at most changesRowsMost.
func (pk *pack) largestChanges(pg *page) {
	lang := pk.opts.Lang
	type row struct {
		code, name, what, diff string
		size                   int64
		status                 bool
	}
	var rows []row
	for _, pc := range pk.opts.Changes.Projects {
		switch {
		case pc.Kind != data.Changed:
			rows = append(rows, row{code: pc.Code, name: pc.Name, what: words.Of(lang).ChangeKind(pc), status: true})
			continue
		case pc.Status() != "":
			rows = append(rows, row{code: pc.Code, name: pc.Name, what: words.Of(lang).ChangeKind(pc), status: true})
		}
		for _, c := range pc.Changes {
			if d := c.Difference(); d.Known && d.V != 0 {
				rows = append(rows, row{code: pc.Code, name: pc.Name, what: words.Of(lang).ColumnKey(c.Field), diff: signed(d, lang), size: abs64(d.V)})
			}
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Compare(b.size, a.size) })
	shown := rows
	if len(shown) > changesRowsMost {
		shown = shown[:changesRowsMost]
	}
	for _, r := range shown {
		pg.font("B", 8.5, colAccent)
		pg.text(margin, pg.y, fitLine(pg.pdf, clean(r.code), 18))
		pg.font("", 8.5, colText)
		pg.text(margin+20, pg.y, fitLine(pg.pdf, clean(r.name), 80))
		pg.text(margin+104, pg.y, fitLine(pg.pdf, clean(r.what), 46))
		pg.font("B", 8.5, colText)
		pg.textRight(pageW-margin, pg.y, r.diff)
		pg.y += lineH(8.5) + 0.4
	}
	if more := len(rows) - len(shown); more > 0 {
		pg.font("", 8, colMuted)
		pg.text(margin, pg.y+1, pg.l.lang.T("+{{.Count}} more", "Count", strconv.Itoa(more)))
	}
}

// signed is an amount with its sign ("+250 €"), NA when unknown.
func signed(d data.Int, lang string) string {
	s := data.FormatEuro(d, lang)
	if d.Known && d.V > 0 {
		s = "+" + s
	}
	return s
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
