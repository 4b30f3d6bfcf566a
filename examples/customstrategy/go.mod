module github.com/rcvm/rcvm/examples/customstrategy

go 1.26.0

require (
	github.com/rcvm/rcvm v0.0.0
	github.com/stretchr/testify v1.12.1
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect

replace github.com/rcvm/rcvm => ../..
