package main

import (
	"strconv"
	"strings"

	"vertailu/charts"
	"vertailu/charts/geo"
	"vertailu/data"
)

// checkGrouping checks --group-by and --figure for the kind: any grouping field for groups,
// region or municipality for a map.
func (req *chartRequest) checkGrouping() error {
	if req.kind != "map" {
		if req.groupBy == "" {
			req.groupBy = string(data.FieldPriorityAxis)
		}
		if _, ok := data.ParseField(req.groupBy); !ok {
			return unknownGroupBy(req.groupBy)
		}
		return nil
	}
	if f, ok := data.ParseField(req.groupBy); req.groupBy != "" && (!ok || !f.MultiValued()) {
		return problem("cli.chart.map_group", "Value", strconv.Quote(req.groupBy))
	}
	if _, ok := charts.ParseMapFigure(req.figure); !ok {
		return problem("cli.chart.unknown_figure", "Value", strconv.Quote(req.figure), "Figures", mapFigureKeys())
	}
	return nil
}

// mapLevel is the level --group-by asks for: municipalities, or else regions.
func (req *chartRequest) mapLevel() geo.Level {
	if f, _ := data.ParseField(req.groupBy); f == data.FieldMunicipality {
		return geo.Municipalities
	}
	return geo.Regions
}

func mapFigureKeys() string {
	keys := make([]string, len(charts.MapFigures))
	for i, f := range charts.MapFigures {
		keys[i] = f.Key()
	}
	return strings.Join(keys, ", ")
}
