package corpus_test

import (
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/internal/corpus"
)

func ExampleReader() {
	in := `{"id": "a1", "outlet": "Example News", "text": "“We will rebuild,” the mayor said."}
not json
{"text": "Nobody spoke."}
`
	r := corpus.NewReader(strings.NewReader(in), "corpus.jsonl")
	for r.Next() {
		a, err := r.Article()
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s (%s): %s\n", a.ID, a.Outlet, a.Text)
	}
	if err := r.Err(); err != nil {
		fmt.Println("error:", err)
	}
	// Output:
	// a1 (Example News): “We will rebuild,” the mayor said.
	// error: corpus.jsonl:2: invalid JSON: invalid character 'o' in literal null (expecting 'u')
	// corpus.jsonl:3 (): Nobody spoke.
}
