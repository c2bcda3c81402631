// Package corpus reads news articles for whosaid: JSONL corpora, one article
// per line, record by record in the style of [bufio.Scanner], and HTML pages,
// whose main text it extracts.
//
// A corpus line is a JSON object with a "text" field, the article, and
// optionally "id", "url", "outlet", "title" and "date":
//
//	{"id": "nyt-0412", "url": "https://example.com/a", "outlet": "Example News", "title": "Mayor vows to rebuild", "date": "2024-04-12", "text": "“We will rebuild,” the mayor said."}
//
// A [Reader] streams a corpus: it holds one line at a time, however large the
// corpus, and a malformed line is reported as a [*RecordError] without
// stopping it. [ReadHTML] reads a whole page.
//
// The package does no decompression and does not open files: callers pass an
// [io.Reader] and the name to use in errors.
package corpus
