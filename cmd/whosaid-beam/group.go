package main

import (
	"context"
	"encoding/json"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/whosaid/whosaid/internal/group"
	"github.com/whosaid/whosaid/internal/record"
	"github.com/whosaid/whosaid/internal/report"
)

// writeGroups groups the records as whosaid --group does, and writes the
// groups, in the CLI's order, to the one file PREFIX-00000-of-00001.jsonl.
//
// The grouping is one aggregation over the whole run. Whether two
// quotations are the same is decided by comparing their words, which gives
// no key that Beam could spread the work by, and the groups depend on the
// order in which the records are added. So every record goes to one worker,
// which sorts them into the CLI's order and groups them with the CLI's
// code, [report.Report]. That worker holds the records of the run, not the
// articles: a few hundred bytes for each quotation.
func writeGroups(s beam.Scope, lines beam.PCollection, prefix string, by group.By) {
	s = s.Scope("writeGroups")
	marker := beam.ParDo(s, groupMarker, beam.Create(s, 0))
	all := beam.GroupByKey(s, beam.Flatten(s, marker, beam.ParDo(s, toGroup, lines)))
	beam.ParDo0(s, &groupFn{By: by, Name: shardName(prefix, 0, 1)}, all)
}

// toGroup keys l with the one key of the grouping.
func toGroup(l line) (int, line) { return 0, l }

// groupMarker returns an empty line with key k, so that the grouping runs,
// and writes its file, even if there are no records. [groupFn] skips it.
func groupMarker(k int) (int, line) { return k, line{} }

// groupFn groups all the records of the run and writes the groups to the
// file Name.
type groupFn struct {
	By   group.By
	Name string
}

// ProcessElement groups the lines and writes the groups.
func (fn *groupFn) ProcessElement(ctx context.Context, _ int, lines func(*line) bool) error {
	var all []line
	var l line
	for lines(&l) {
		if l.JSON != "" {
			all = append(all, l)
		}
	}
	slices.SortFunc(all, func(a, b line) int { return a.At.compare(b.At) })
	rows, err := groups(all, fn.By)
	if err != nil {
		return err
	}
	return writeFile(ctx, fn.Name, slices.Values(rows))
}

// groups returns the groups of the records in lines, added in the order
// given, encoded as the CLI encodes them with --format jsonl.
func groups(lines []line, by group.By) ([]string, error) {
	rep := report.New(report.Options{})
	for _, l := range lines {
		var r record.Record
		if err := json.Unmarshal([]byte(l.JSON), &r); err != nil {
			return nil, err
		}
		rep.Add(&r)
	}
	if by == group.BySpeaker {
		return encode(rep.Speakers())
	}
	return encode(rep.Quotes())
}
