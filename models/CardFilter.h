#pragma once

#include "core/read/CardFacts.h"
#include "core/read/StageCards.h"

#include <QSet>
#include <QString>

#include <algorithm>
#include <memory>
#include <optional>

namespace hirex::models {

// One card of the board: the read model's card and the candidate facts shown with it.
struct BoardCard {
    read::StageCard card;
    read::CandidateFacts facts;
};

// What the board is narrowed to. Unset members filter nothing; all set members must hold.
struct CardFilter {
    QString tag;                 // one of the card's tags, as StageCards::fold() compares
    QString source;              // the candidate's source ("linkedin", "referral", ...)
    std::optional<int> minScore; // AI match score range, inclusive; cards without a score
    std::optional<int> maxScore; // are out as soon as either bound is set
    std::optional<int> minDays;  // days in stage, inclusive; cards without a stage entry
    std::optional<int> maxDays;  // date are out as soon as either bound is set
    QString searchText;          // the search box: what the full-text search finds
    bool fewSearchHits = false;  // the search finds few (StageCards::Narrowing::fewHits)
    std::shared_ptr<const read::SearchHits> searchHits; // its hits, read once for every column
    std::optional<QSet<QString>> candidates;            // an explicit set of candidates; nullopt: any

    bool isEmpty() const {
        return tag.isEmpty() && source.isEmpty() && !minScore && !maxScore && !minDays && !maxDays &&
               searchText.isEmpty() && !candidates;
    }
    // Whether accepts() needs the candidate facts (the rest is on the card).
    bool needsFacts() const { return !source.isEmpty(); }

    // What the column's query narrows to (everything but `candidates`): the search's MATCH
    // expression and the conditions below, so a narrowed column is read from its index.
    read::StageCards::Narrowing narrowing() const;

    // The card-level rule of the conditions. The query already narrowed by them (the search
    // only there); this is their exact rule on the few rows it returns, and the `candidates` set.
    bool accepts(const BoardCard &c) const {
        if (candidates && !candidates->contains(c.card.candidateId))
            return false;
        if (!tag.isEmpty()) {
            const QString wanted = read::StageCards::fold(tag);
            if (std::none_of(c.card.tags.cbegin(), c.card.tags.cend(),
                             [&wanted](const QString &t) { return read::StageCards::fold(t) == wanted; }))
                return false;
        }
        if (!source.isEmpty() && read::StageCards::fold(c.facts.source) != read::StageCards::fold(source))
            return false;
        if (minScore || maxScore) {
            if (!c.card.matchScore)
                return false;
            if ((minScore && *c.card.matchScore < *minScore) || (maxScore && *c.card.matchScore > *maxScore))
                return false;
        }
        if (minDays || maxDays) {
            if (c.card.daysInStage < 0)
                return false;
            if ((minDays && c.card.daysInStage < *minDays) || (maxDays && c.card.daysInStage > *maxDays))
                return false;
        }
        return true;
    }

    friend bool operator==(const CardFilter &, const CardFilter &) = default;
};

} // namespace hirex::models
