package speakers

import "testing"

func TestInflect(t *testing.T) {
	forms := inflect("agree concur slam brag think label say plead argue cry")
	for _, tt := range []struct{ form, lemma string }{
		{"agreed", "agree"}, {"agreeing", "agree"}, {"agrees", "agree"},
		{"concurred", "concur"}, {"concurring", "concur"},
		{"slammed", "slam"}, {"bragged", "brag"},
		{"thought", "think"}, {"thinks", "think"},
		{"labeled", "label"}, {"labelled", "label"},
		{"said", "say"}, {"pleaded", "plead"}, {"pled", "plead"},
		{"argued", "argue"}, {"arguing", "argue"}, {"cried", "cry"}, {"cries", "cry"},
	} {
		if got := forms[tt.form]; got != tt.lemma {
			t.Errorf("inflect: %q → %q, want %q", tt.form, got, tt.lemma)
		}
	}
	for _, bad := range []string{"agreeed", "concured", "slamed", "thinked", "sayed"} {
		if forms[bad] != "" {
			t.Errorf("inflect made the non-word %q", bad)
		}
	}
}
