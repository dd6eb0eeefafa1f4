#pragma once

#include "core/read/CardFacts.h"
#include "core/read/StageCards.h"

#include <QSet>
#include <QString>

#include <optional>

namespace hirex::models {

// One card of the board: the read model's card and the candidate facts shown with it.
struct BoardCard {
    read::StageCard card;
    read::CandidateFacts facts;
};

// What the board is narrowed to. Unset members filter nothing; all set members must hold.
struct CardFilter {
    QString tag;                             // one of the card's tags, case-insensitive
    QString source;                          // the candidate's source ("linkedin", "referral", ...)
    std::optional<int> minScore;             // AI match score range, inclusive; cards without a score
    std::optional<int> maxScore;             // are out as soon as either bound is set
    std::optional<int> minDays;              // days in stage, inclusive; cards without a stage entry
    std::optional<int> maxDays;              // date are out as soon as either bound is set
    std::optional<QSet<QString>> candidates; // the search's hits; nullopt: no search

    bool isEmpty() const {
        return tag.isEmpty() && source.isEmpty() && !minScore && !maxScore && !minDays && !maxDays &&
               !candidates;
    }
    // Whether accepts() needs the candidate facts (the rest is on the card).
    bool needsFacts() const { return !source.isEmpty(); }

    bool accepts(const BoardCard &c) const {
        if (candidates && !candidates->contains(c.card.candidateId))
            return false;
        if (!tag.isEmpty() && !c.card.tags.contains(tag, Qt::CaseInsensitive))
            return false;
        if (!source.isEmpty() && c.facts.source.compare(source, Qt::CaseInsensitive) != 0)
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
