package charts

import (
	"github.com/wcharczuk/go-chart/v2"

	"vertailu/data"
)

type stub struct{}

func (stub) Draw(r chart.Renderer, width, height int) error {
	_, err := newCanvas(r, width, height)
	return err
}

func fundingChart(p *data.Project, lang string) Chart                    { return stub{} }
func compareChart(ps []*data.Project, withPublic bool, lang string) Chart { return stub{} }
func utilisationChart(ps []*data.Project, lang string) Chart             { return stub{} }
func groupsChart(gs []data.Group, lang string) Chart                     { return stub{} }
func singleRadar(p *data.Project, lang string) Chart                     { return stub{} }
func overlayRadar(ps []*data.Project, s Series, lang string) Chart       { return stub{} }
func dimensionRadar(ps []*data.Project, s Series, lang string) Chart     { return stub{} }
