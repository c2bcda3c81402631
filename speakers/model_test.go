package speakers

import (
	"sync"

	prose "github.com/jdkato/prose/v2"
)

// testModel loads prose's model once for all the tests of the package.
var testModel = sync.OnceValue(func() *prose.Model {
	m, err := LoadModel()
	if err != nil {
		panic(err)
	}
	return m
})
