#include "models/CardFilter.h"

#include "core/read/CandidateSearch.h"

namespace hirex::models {

read::StageCards::Narrowing CardFilter::narrowing() const {
    read::StageCards::Narrowing n;
    // The search box's text is never FTS syntax: CandidateSearch builds the safe expression.
    n.match = read::CandidateSearch::matchExpression(searchText);
    n.fewHits = fewSearchHits;
    if (!n.match.isEmpty())
        n.hits = searchHits;
    n.tag = tag;
    n.source = source;
    n.minScore = minScore;
    n.maxScore = maxScore;
    n.minDays = minDays;
    n.maxDays = maxDays;
    return n;
}

} // namespace hirex::models
