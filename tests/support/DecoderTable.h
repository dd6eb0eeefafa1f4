#pragma once

#include "core/domain/ActivityEntry.h"
#include "core/domain/AiInsight.h"
#include "core/domain/Application.h"
#include "core/domain/AuditEvent.h"
#include "core/domain/Candidate.h"
#include "core/domain/ChangeFeedPage.h"
#include "core/domain/Consent.h"
#include "core/domain/ConsentNotice.h"
#include "core/domain/Device.h"
#include "core/domain/Evaluation.h"
#include "core/domain/Job.h"
#include "core/domain/Me.h"
#include "core/domain/Note.h"
#include "core/domain/Page.h"
#include "core/domain/ParsedCv.h"
#include "core/domain/Pipeline.h"
#include "core/domain/RetentionRule.h"
#include "core/domain/RoleProfile.h"
#include "core/domain/ServiceStatus.h"
#include "core/domain/SupportAccessGrant.h"
#include "core/domain/User.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace hirex::test {

// Every domain decoder under the name of the contract schema it decodes (api/openapi.yaml),
// so tests and fuzz targets can run all of them over the same inputs. Header-only: the fuzz
// build includes it without the rest of the test tree.
struct DecoderEntry {
    QString schema;
    std::function<bool(const QJsonObject &, domain::DecodeError *)> decode;
};

template<class T>
DecoderEntry decoderFor(const char *schema) {
    return {QString::fromLatin1(schema), [](const QJsonObject &json, domain::DecodeError *error) {
                return T::fromJson(json, error).has_value();
            }};
}

inline QList<DecoderEntry> decoderTable() {
    using namespace hirex::domain;
    return {
        decoderFor<ServiceStatus>("ServiceStatus"),
        decoderFor<Me>("Me"),
        decoderFor<User>("User"),
        decoderFor<RoleProfile>("RoleProfile"),
        decoderFor<Device>("Device"),
        decoderFor<Job>("Job"),
        decoderFor<Pipeline>("Pipeline"),
        decoderFor<Stage>("Stage"),
        decoderFor<Candidate>("Candidate"),
        decoderFor<Note>("Note"),
        decoderFor<Rejection>("Rejection"),
        decoderFor<Application>("Application"),
        decoderFor<Evaluation>("Evaluation"),
        decoderFor<AttributeRating>("EvaluationAttribute"),
        decoderFor<AiInsight>("AiInsight"),
        decoderFor<AiInsight>("MatchScoreInsight"),
        decoderFor<AiInsight>("EvaluationSummaryInsight"),
        decoderFor<AiInsight>("TranscriptInsight"),
        decoderFor<AiInsight>("SourcingInsight"),
        decoderFor<AiInsight>("CvParseInsight"),
        decoderFor<Consent>("ConsentRecord"),
        decoderFor<ConsentNotice>("ConsentNotice"),
        decoderFor<ChangeItem>("Change"),
        decoderFor<ChangeItem>("ChangeUpsert"),
        decoderFor<ChangeItem>("ChangeTombstone"),
        decoderFor<ChangeFeedPage>("ChangePage"),
        decoderFor<RetentionRule>("RetentionRule"),
        decoderFor<AuditEvent>("AuditEvent"),
        decoderFor<SupportAccessGrant>("SupportAccessGrant"),
        decoderFor<Page<Job>>("JobPage"),
        decoderFor<Page<Pipeline>>("PipelinePage"),
        decoderFor<Page<Candidate>>("CandidatePage"),
        decoderFor<Page<Application>>("ApplicationPage"),
        decoderFor<Page<Note>>("NotePage"),
        decoderFor<Page<AiInsight>>("AiInsightPage"),
        decoderFor<Page<Consent>>("ConsentPage"),
        decoderFor<Page<ConsentNotice>>("ConsentNoticePage"),
        decoderFor<Page<RoleProfile>>("RoleProfilePage"),
        decoderFor<Page<User>>("UserPage"),
        decoderFor<Page<RetentionRule>>("RetentionRulePage"),
        decoderFor<Page<AuditEvent>>("AuditEventPage"),
        decoderFor<Page<SupportAccessGrant>>("SupportAccessPage"),
        decoderFor<Page<Device>>("DevicePage"),
        decoderFor<EvaluationList>("EvaluationPage"),
        decoderFor<ParsedCv>("ParsedCv"),
        decoderFor<ActivityEntry>("ActivityEntry"),
        decoderFor<Page<ActivityEntry>>("ActivityPage"),
    };
}

} // namespace hirex::test
