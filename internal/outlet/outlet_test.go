package outlet

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestInfer(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"nothing", "“We will rebuild,” the mayor said.", ""},
		{"photo credit", "Putin sees Kim off in Beijing (AFP photo)\n\nBEIJING — Putin thanked Kim.", "AFP"},
		{"photo credit with photographer", "Trump at the White House. (AP Photo/Evan Vucci)", "The Associated Press"},
		{"photo colon", "The parade in Beijing. Photo: Reuters\n\nThe parade was held.", "Reuters"},
		{"photo by", "The parade. Photo by Jane Doe / AFP\n\nText.", "AFP"},
		{"appeal", "Support The Moscow Times!\n\nPutin Meets Kim\n\nText.", "The Moscow Times"},
		{"message", "Text.\n\nA Message from The Moscow Times:\n\nDear readers,", "The Moscow Times"},
		{"copyright", "Text.\n\nCopyright Reuters 2025. All rights reserved.", "Reuters"},
		{"copyright sign and year", "Text.\n\n© 2025 Agence France-Presse", "AFP"},
		{"dash credit", "The talks ended late.\n\n— The Associated Press", "The Associated Press"},
		{"dash credit short", "The talks ended late.\n-- AFP", "AFP"},
		{"dateline", "MOSCOW (Reuters) — Russia said on Monday it would respond.", "Reuters"},
		{"dateline with date", "BEIJING, Sept 3 (AFP) - Putin met Kim.", "AFP"},
		{"first published", "This article was originally published by Meduza.", "Meduza"},
		// A name in the story is a source, not furniture.
		{"reported", "The meeting lasted two hours, Russian state news agency TASS reported.", ""},
		{"filmed by", "Putin said at the meeting, filmed by AFP.", ""},
		{"subject", "Reuters reported that AFP and the AP had left.", ""},
		{"acronym in parentheses", "leaders at the Asia-Pacific forum (APEC) met.", ""},
		{"unknown outlet", "Support The Daily Example!", ""},
		{"word boundary", "Copyright APtronics Inc.", ""},
		// Notices outweigh photo credits, which may be an agency's photo in
		// another outlet's story.
		{"notice outweighs photos", "(AFP photo)\n(AFP photo)\nText.\n\nCopyright Reuters", "Reuters"},
		{"tie goes to the first", "(Reuters)\n(AFP photo)", "Reuters"},
	}
	for _, tt := range tests {
		if got := Infer(tt.text); got != tt.want {
			t.Errorf("%s: Infer(%q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestSeeds checks the furniture of the seed articles: the Moscow Times
// appeals in one, the AFP photo credits in the other.
func TestSeeds(t *testing.T) {
	for file, want := range map[string]string{
		"000_f556a12f59995072.txt": "The Moscow Times",
		"001_704f2dbcce88f769.txt": "AFP",
	} {
		text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", file))
		if err != nil {
			t.Fatal(err)
		}
		if got := Infer(string(text)); got != want {
			t.Errorf("Infer(%s) = %q, want %q", file, got, want)
		}
	}
}

func ExampleInfer() {
	fmt.Println(Infer("Putin sees Kim off in Beijing (AFP photo)\n\nBEIJING — Putin thanked Kim."))
	// Output:
	// AFP
}

func BenchmarkInfer(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "000_f556a12f59995072.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Infer(string(text))
	}
}
