package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/export"
)

// groupFormats picks the writer of a grouping for table --group-by.
func groupFormats(req tableRequest) (func(io.Writer, data.Grouping) error, bool) {
	switch req.format {
	case "text":
		return func(w io.Writer, g data.Grouping) error { return writeGroupsText(w, g, req.lang) }, true
	case "json":
		return writeGroupsJSON, true
	case "tsv":
		return func(w io.Writer, g data.Grouping) error {
			return export.WriteGroupsCSV(w, g, export.CSVOptions{Separator: '\t', Keys: true})
		}, true
	case "csv":
		if req.out == "" || req.sep == "," {
			return func(w io.Writer, g data.Grouping) error {
				return export.WriteGroupsCSV(w, g, export.CSVOptions{Separator: ',', Keys: true})
			}, true
		}
		return func(w io.Writer, g data.Grouping) error {
			return export.WriteGroupsCSV(w, g, export.CSVOptions{Separator: ';', BOM: true, Lang: req.lang})
		}, true
	case "xlsx":
		if req.out == "" {
			return nil, false
		}
		return func(w io.Writer, g data.Grouping) error { return export.WriteGroupsXLSX(w, g, req.lang) }, true
	}
	return nil, false
}

// writeGroupsJSON prints {"field", "groups": [...], "total": {...}, "overlap"} (schema in the
// README).
func writeGroupsJSON(w io.Writer, g data.Grouping) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(g)
}

// writeGroupsText prints an aligned table: one row per group and the total, each sum with
// how many projects it leaves out for an unknown figure, the numbers as a reader of lang
// writes them.
func writeGroupsText(w io.Writer, g data.Grouping, lang string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := []string{"count"}
	for _, f := range data.Figures {
		head = append(head, f.Key())
	}
	head = append(head, "utilisation_eu_state", string(g.Field)+"\t")
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	row := func(value string, s data.Sums) {
		cells := []string{data.FormatCount(s.Count, lang)}
		for _, f := range data.Figures {
			cells = append(cells, words.Of(lang).Sum(s, f))
		}
		cells = append(cells, data.FormatPercent(s.UtilisationEUState(), lang), termText(clip(value, 50))+"\t")
		fmt.Fprintln(tw, strings.ReplaceAll(strings.Join(cells, "\t"), "\u00a0", " "))
	}
	for _, gr := range g.Groups {
		value := gr.Value
		if value == "" {
			value = words.Of(lang).T("(no value)")
		}
		row(value, gr.Sums)
	}
	row(words.Of(lang).T("cli.groups.total"), g.Total)
	if err := tw.Flush(); err != nil {
		return err
	}
	if g.Overlap {
		_, err := fmt.Fprintln(w, words.Of(lang).T("cli.groups.overlap", "Field", g.Field))
		return err
	}
	return nil
}

// writeGrouping renders a grouping in the requested format to stdout, or to the file req.out.
func writeGrouping(ctx context.Context, req tableRequest, g data.Grouping, stdout io.Writer) int {
	render, ok := groupFormats(req)
	return writeRendered(ctx, req, g, render, ok, req.v.lang.N("cli.groups.wrote", len(g.Groups), "File", termName(req.out)), stdout)
}

// unknownGroupBy is the error of a --group-by no grouping field has.
func unknownGroupBy(value string) error {
	return problem("cli.unknown_group_by", "Value", strconv.Quote(value), "Fields", fieldKeys())
}
