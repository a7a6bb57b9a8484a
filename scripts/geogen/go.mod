module vertailu/scripts/geogen

go 1.26.0

require (
	github.com/paulmach/orb v0.14.0
	vertailu v0.0.0
)

require (
	github.com/nicksnyder/go-i18n/v2 v2.5.1 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace vertailu => ../..
