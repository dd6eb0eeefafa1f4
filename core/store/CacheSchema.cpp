#include "core/store/CacheSchema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

namespace hirex::store {

namespace {

// The sort rule of names (see CacheSchema::sortName): compatibility decomposition, combining
// marks dropped, lower case, then the letters that do not decompose: dotless ı -> i, ß -> ss,
// and a few ligature-like letters.
QString sortFold(const QString &name) {
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            bare.append(c);
    QString folded = bare.toLower();
    folded
        .replace(QChar(0x0131), QLatin1Char('i'))    // ı
        .replace(QChar(0x00DF), QLatin1String("ss")) // ß
        .replace(QChar(0x00E6), QLatin1String("ae")) // æ
        .replace(QChar(0x0153), QLatin1String("oe")) // œ
        .replace(QChar(0x00F8), QLatin1Char('o'))    // ø
        .replace(QChar(0x0142), QLatin1Char('l'))    // ł
        .replace(QChar(0x0111), QLatin1Char('d'));   // đ
    return folded;
}

// Version 1: the whole working set.
constexpr char SchemaV1[] = R"sql(
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT
);

-- One cursor per feed ("changes", "candidates", ...), so feeds resume independently.
CREATE TABLE sync_cursors (
  feed TEXT PRIMARY KEY,
  cursor TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  title TEXT,
  status TEXT,
  pipeline_id TEXT,
  last_accessed_at INTEGER
);
CREATE INDEX jobs_status ON jobs(status);

CREATE TABLE pipelines (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  name TEXT
);

CREATE TABLE stages (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  pipeline_id TEXT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  name TEXT
);
CREATE INDEX stages_pipeline ON stages(pipeline_id, position);

CREATE TABLE pinned_pipelines (
  pipeline_id TEXT PRIMARY KEY,
  position INTEGER NOT NULL DEFAULT 0
);

-- local_id is the FTS docid: an explicit INTEGER PRIMARY KEY never changes on VACUUM.
CREATE TABLE candidates (
  local_id INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  first_name TEXT,
  last_name TEXT,
  email TEXT,
  tags TEXT,
  skills TEXT,
  consent_state TEXT,
  last_accessed_at INTEGER
);
CREATE INDEX candidates_name ON candidates(last_name, first_name);
CREATE INDEX candidates_email ON candidates(email);
CREATE INDEX candidates_accessed ON candidates(last_accessed_at);

CREATE TABLE applications (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  job_id TEXT NOT NULL,
  pipeline_id TEXT,
  stage_id TEXT,
  status TEXT,
  stage_entered_at TEXT,
  last_accessed_at INTEGER
);
CREATE INDEX applications_job_stage ON applications(job_id, stage_id);
CREATE INDEX applications_stage ON applications(stage_id);
CREATE INDEX applications_candidate ON applications(candidate_id);
CREATE INDEX applications_status ON applications(status);

CREATE TABLE evaluations (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  application_id TEXT,
  candidate_id TEXT,
  status TEXT
);
CREATE INDEX evaluations_application ON evaluations(application_id);
CREATE INDEX evaluations_candidate ON evaluations(candidate_id);

CREATE TABLE ai_insights (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  kind TEXT,
  candidate_id TEXT,
  application_id TEXT
);
CREATE INDEX ai_insights_candidate ON ai_insights(candidate_id);
CREATE INDEX ai_insights_application ON ai_insights(application_id);

CREATE TABLE notes (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  body TEXT
);
CREATE INDEX notes_candidate ON notes(candidate_id);

CREATE TABLE consents (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  candidate_id TEXT NOT NULL,
  framework TEXT,
  state TEXT
);
CREATE INDEX consents_candidate ON consents(candidate_id);

CREATE TABLE activity (
  id TEXT PRIMARY KEY,
  candidate_id TEXT,
  at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX activity_candidate ON activity(candidate_id, at);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  name TEXT,
  email TEXT,
  status TEXT
);

CREATE TABLE roles (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL,
  name TEXT
);

-- CV files live only here: encrypted with the rest of the database, never as files on disk.
CREATE TABLE cv_blobs (
  candidate_id TEXT PRIMARY KEY,
  etag TEXT,
  content_type TEXT,
  bytes BLOB NOT NULL,
  fetched_at INTEGER,
  last_accessed_at INTEGER
);

-- Changes made offline, sent in seq order; idempotency_key makes a resend safe.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  body TEXT,
  if_match TEXT,
  entity TEXT,
  entity_id TEXT,
  state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE INDEX outbox_entity ON outbox(entity, entity_id);

-- A queued change the server refused (412/409): both sides kept until the user decides.
CREATE TABLE conflicts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  outbox_seq INTEGER,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  local_json TEXT,
  server_json TEXT,
  server_version INTEGER,
  detected_at TEXT NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conflicts_entity ON conflicts(entity, entity_id);

-- Search over names, emails, tags, skills and note text. docid = candidates.local_id.
-- unicode61 with remove_diacritics folds Ç->c, ğ->g, ü->u, but not the Turkish dotless ı (and
-- İ), so names map those to i/I here and searchExpression() does the same to the query.
CREATE VIRTUAL TABLE candidates_fts USING fts4(
  name, email, tags, skills, notes,
  tokenize=unicode61 "remove_diacritics=1",
  prefix="2,3"
);

CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates BEGIN
  INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)
  VALUES (new.local_id,
          replace(replace(coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, ''), 'ı', 'i'), 'İ', 'I'),
          new.email, new.tags, new.skills,
          (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.id));
END;

-- Only when searchable columns change: touching last_accessed_at must not re-index.
CREATE TRIGGER candidates_fts_update AFTER UPDATE OF first_name, last_name, email, tags, skills ON candidates BEGIN
  DELETE FROM candidates_fts WHERE docid = old.local_id;
  INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)
  VALUES (new.local_id,
          replace(replace(coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, ''), 'ı', 'i'), 'İ', 'I'),
          new.email, new.tags, new.skills,
          (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.id));
END;

-- Erasing a candidate erases everything about them that the cache holds.
CREATE TRIGGER candidates_delete AFTER DELETE ON candidates BEGIN
  DELETE FROM candidates_fts WHERE docid = old.local_id;
  DELETE FROM notes WHERE candidate_id = old.id;
  DELETE FROM cv_blobs WHERE candidate_id = old.id;
  DELETE FROM consents WHERE candidate_id = old.id;
  DELETE FROM ai_insights WHERE candidate_id = old.id;
  DELETE FROM evaluations WHERE candidate_id = old.id;
  DELETE FROM activity WHERE candidate_id = old.id;
  DELETE FROM applications WHERE candidate_id = old.id;
END;

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
  UPDATE candidates_fts
     SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.candidate_id)
   WHERE docid = (SELECT local_id FROM candidates WHERE id = new.candidate_id);
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN
  UPDATE candidates_fts
     SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = old.candidate_id)
   WHERE docid = (SELECT local_id FROM candidates WHERE id = old.candidate_id);
  UPDATE candidates_fts
     SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.candidate_id)
   WHERE docid = (SELECT local_id FROM candidates WHERE id = new.candidate_id);
END;

CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
  UPDATE candidates_fts
     SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = old.candidate_id)
   WHERE docid = (SELECT local_id FROM candidates WHERE id = old.candidate_id);
END;
)sql";

// Version 2 (core/sync): what the outbox needs to roll a refused change back and to explain it.
// pre_image: {"exists": bool, "row": <entity JSON>} of the row before the optimistic change.
constexpr char SchemaV2[] = R"sql(
ALTER TABLE outbox ADD COLUMN pre_image TEXT;
ALTER TABLE outbox ADD COLUMN kind TEXT;
ALTER TABLE outbox ADD COLUMN user_message TEXT;
CREATE INDEX applications_pipeline ON applications(pipeline_id);
)sql";

// Version 3 (core/store CacheSecretStore): without an OS keychain, the refresh token and device
// id live here, inside the database encrypted with the passphrase-derived key.
constexpr char SchemaV3[] = R"sql(
CREATE TABLE secrets (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
);
)sql";

// Version 4 (first-sync speed): the search triggers stand aside while the settings row
// 'search.deferred' exists. A first sync sets it, loads every page without touching the index,
// then rebuilds the index in one pass in its last transaction (rebuildSearchIndex): building
// FTS4 row by row across many commits was half of a first sync's time. The delete trigger
// stays unconditional, so an erasure reaches the index at once even mid-sync.
constexpr char SchemaV4[] = R"sql(
DROP TRIGGER candidates_fts_insert;
DROP TRIGGER candidates_fts_update;
DROP TRIGGER notes_fts_insert;
DROP TRIGGER notes_fts_update;
DROP TRIGGER notes_fts_delete;

CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)
  VALUES (new.local_id,
          replace(replace(coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, ''), 'ı', 'i'), 'İ', 'I'),
          new.email, new.tags, new.skills,
          (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.id));
END;

CREATE TRIGGER candidates_fts_update AFTER UPDATE OF first_name, last_name, email, tags, skills ON candidates
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  DELETE FROM candidates_fts WHERE docid = old.local_id;
  INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)
  VALUES (new.local_id,
          replace(replace(coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, ''), 'ı', 'i'), 'İ', 'I'),
          new.email, new.tags, new.skills,
          (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.id));
END;

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  UPDATE candidates_fts
     SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.candidate_id)
   WHERE docid = (SELECT local_id FROM candidates WHERE id = new.candidate_id);
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  UPDATE candidates_fts
     SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = old.candidate_id)
   WHERE docid = (SELECT local_id FROM candidates WHERE id = old.candidate_id);
  UPDATE candidates_fts
     SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.candidate_id)
   WHERE docid = (SELECT local_id FROM candidates WHERE id = new.candidate_id);
END;

CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  UPDATE candidates_fts
     SET notes = (SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = old.candidate_id)
   WHERE docid = (SELECT local_id FROM candidates WHERE id = old.candidate_id);
END;
)sql";

// Version 5 (core/read): what the board sorts on. SQLite 3.15 has no JSON1, so a match score
// inside ai_insights.json cannot be sorted or backfilled in SQL: EntityStore fills `score` for
// kind 'match_score'; insights cached before version 5 get it on their next upsert (the board
// shows no score for them until then). The stage index serves the board's longest-in-stage order.
constexpr char SchemaV5[] = R"sql(
ALTER TABLE ai_insights ADD COLUMN score INTEGER;
CREATE INDEX ai_insights_application_kind ON ai_insights(application_id, kind);
CREATE INDEX applications_stage_entered ON applications(stage_id, status, stage_entered_at);
)sql";

// Version 6 (core/read): what the candidate table and the board filter and sort on, and search
// folding that matches in every column.
// - candidates.source (filter). SQLite 3.15 has no JSON1: the backfill reads the value from the
//   compact JSON EntityStore wrote (top-level keys, "source":"..."); EntityStore fills it on
//   every upsert from now on.
// - candidates.sort_name: a non-null name key ('0' + last + U+0001 + first, ASCII lower case as
//   COLLATE NOCASE did; '1' when the server withholds the name, so those sort last). An
//   `x IS NULL` sort term would defeat the index; a key of its own keeps keyset pages indexed.
// - applications.entered_key: stage_entered_at, or '~' (after every RFC 3339 time) when unknown,
//   for the same reason; the board's covering index ends with it and the id (keyset paging).
// - The search index folds the Turkish dotless ı and dotted İ in every column, not only in the
//   name: a tag "uzaktan çalışma" was indexed with ı while searchExpression() folds the query to
//   i, so typing the tag never found it. The index is rebuilt once here.
constexpr char SchemaV6[] = R"sql(
ALTER TABLE candidates ADD COLUMN source TEXT;
ALTER TABLE candidates ADD COLUMN sort_name TEXT NOT NULL DEFAULT '1';
UPDATE candidates SET source = substr(json, instr(json, '"source":"') + 10,
                                      instr(substr(json, instr(json, '"source":"') + 10), '"') - 1)
 WHERE instr(json, '"source":"') > 0;
UPDATE candidates SET sort_name = '0' || lower(coalesce(last_name, '')) || char(1) || lower(coalesce(first_name, ''))
 WHERE first_name IS NOT NULL OR last_name IS NOT NULL;
CREATE INDEX candidates_sort_name ON candidates(sort_name);
CREATE INDEX candidates_updated ON candidates(updated_at);
CREATE INDEX candidates_source ON candidates(source);

ALTER TABLE applications ADD COLUMN entered_key TEXT NOT NULL DEFAULT '~';
UPDATE applications SET entered_key = stage_entered_at WHERE stage_entered_at <> '';
DROP INDEX applications_stage_entered;
CREATE INDEX applications_board ON applications(stage_id, status, entered_key, id);

DROP TRIGGER candidates_fts_insert;
DROP TRIGGER candidates_fts_update;
DROP TRIGGER notes_fts_insert;
DROP TRIGGER notes_fts_update;
DROP TRIGGER notes_fts_delete;

CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)
  VALUES (new.local_id,
          replace(replace(coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, ''), 'ı', 'i'), 'İ', 'I'),
          replace(replace(new.email, 'ı', 'i'), 'İ', 'I'),
          replace(replace(new.tags, 'ı', 'i'), 'İ', 'I'),
          replace(replace(new.skills, 'ı', 'i'), 'İ', 'I'),
          replace(replace((SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.id), 'ı', 'i'), 'İ', 'I'));
END;

CREATE TRIGGER candidates_fts_update AFTER UPDATE OF first_name, last_name, email, tags, skills ON candidates
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  DELETE FROM candidates_fts WHERE docid = old.local_id;
  INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)
  VALUES (new.local_id,
          replace(replace(coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, ''), 'ı', 'i'), 'İ', 'I'),
          replace(replace(new.email, 'ı', 'i'), 'İ', 'I'),
          replace(replace(new.tags, 'ı', 'i'), 'İ', 'I'),
          replace(replace(new.skills, 'ı', 'i'), 'İ', 'I'),
          replace(replace((SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.id), 'ı', 'i'), 'İ', 'I'));
END;

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  UPDATE candidates_fts
     SET notes = replace(replace((SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.candidate_id), 'ı', 'i'), 'İ', 'I')
   WHERE docid = (SELECT local_id FROM candidates WHERE id = new.candidate_id);
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  UPDATE candidates_fts
     SET notes = replace(replace((SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = old.candidate_id), 'ı', 'i'), 'İ', 'I')
   WHERE docid = (SELECT local_id FROM candidates WHERE id = old.candidate_id);
  UPDATE candidates_fts
     SET notes = replace(replace((SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = new.candidate_id), 'ı', 'i'), 'İ', 'I')
   WHERE docid = (SELECT local_id FROM candidates WHERE id = new.candidate_id);
END;

CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN
  UPDATE candidates_fts
     SET notes = replace(replace((SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = old.candidate_id), 'ı', 'i'), 'İ', 'I')
   WHERE docid = (SELECT local_id FROM candidates WHERE id = old.candidate_id);
END;

DELETE FROM candidates_fts;
INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)
SELECT c.local_id,
       replace(replace(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''), 'ı', 'i'), 'İ', 'I'),
       replace(replace(c.email, 'ı', 'i'), 'İ', 'I'),
       replace(replace(c.tags, 'ı', 'i'), 'İ', 'I'),
       replace(replace(c.skills, 'ı', 'i'), 'İ', 'I'),
       replace(replace((SELECT group_concat(n.body, ' ') FROM notes n WHERE n.candidate_id = c.id), 'ı', 'i'), 'İ', 'I')
  FROM candidates c;
)sql";

// Version 7 (core/read): board and table orders that walk an index and stop after the page
// (keyset paging), instead of sorting a whole 20,000-card column or 100,000 candidates.
// - applications.score_key: the newest match_score insight's score (0-100 in the contract), -1
//   without one; candidates.score_key: the best score_key of their applications. Non-null for
//   the same reason as entered_key. Triggers keep both in step with every write and delete of
//   an insight or an application (the erasure cascade included); EntityStore fills them when
//   it writes an application or a candidate whose other side is already cached.
// - applications.name_key: the candidate's sort_name, so the board's name order is an index
//   of applications too; triggers follow candidates.sort_name.
// - sort_name and source are recomputed in C++ (rekeyCandidates): sort_name by the Unicode rule
//   of CacheSchema::sortName, and source by a real JSON parse, where version 6's text search
//   cut a value at an escaped quote.
constexpr char SchemaV7[] = R"sql(
ALTER TABLE applications ADD COLUMN score_key INTEGER NOT NULL DEFAULT -1;
ALTER TABLE applications ADD COLUMN name_key TEXT NOT NULL DEFAULT '1';
ALTER TABLE candidates ADD COLUMN score_key INTEGER NOT NULL DEFAULT -1;

UPDATE applications SET score_key = coalesce(
  (SELECT i.score FROM ai_insights i WHERE i.application_id = applications.id AND i.kind = 'match_score'
      AND i.score IS NOT NULL ORDER BY i.updated_at DESC LIMIT 1), -1);
UPDATE candidates SET score_key = coalesce(
  (SELECT max(a.score_key) FROM applications a WHERE a.candidate_id = candidates.id), -1);
UPDATE applications SET name_key = coalesce(
  (SELECT c.sort_name FROM candidates c WHERE c.id = applications.candidate_id), '1');

DROP INDEX applications_board;
CREATE INDEX applications_board ON applications(stage_id, status, entered_key, id);
CREATE INDEX applications_board_name ON applications(stage_id, status, name_key, id);
CREATE INDEX applications_board_score ON applications(stage_id, status, score_key DESC, id);
CREATE INDEX candidates_score ON candidates(score_key DESC, local_id);
DROP INDEX ai_insights_application_kind;
CREATE INDEX ai_insights_application_kind ON ai_insights(application_id, kind, updated_at);

CREATE TRIGGER ai_insights_score_insert AFTER INSERT ON ai_insights
WHEN new.kind = 'match_score' AND new.application_id IS NOT NULL BEGIN
  UPDATE applications SET score_key = coalesce(
    (SELECT i.score FROM ai_insights i WHERE i.application_id = new.application_id AND i.kind = 'match_score'
        AND i.score IS NOT NULL ORDER BY i.updated_at DESC LIMIT 1), -1)
   WHERE id = new.application_id;
END;

CREATE TRIGGER ai_insights_score_update AFTER UPDATE OF kind, application_id, score, updated_at ON ai_insights
WHEN new.kind = 'match_score' OR old.kind = 'match_score' BEGIN
  UPDATE applications SET score_key = coalesce(
    (SELECT i.score FROM ai_insights i WHERE i.application_id = applications.id AND i.kind = 'match_score'
        AND i.score IS NOT NULL ORDER BY i.updated_at DESC LIMIT 1), -1)
   WHERE id IN (old.application_id, new.application_id);
END;

CREATE TRIGGER ai_insights_score_delete AFTER DELETE ON ai_insights
WHEN old.kind = 'match_score' AND old.application_id IS NOT NULL BEGIN
  UPDATE applications SET score_key = coalesce(
    (SELECT i.score FROM ai_insights i WHERE i.application_id = old.application_id AND i.kind = 'match_score'
        AND i.score IS NOT NULL ORDER BY i.updated_at DESC LIMIT 1), -1)
   WHERE id = old.application_id;
END;

CREATE TRIGGER applications_score_insert AFTER INSERT ON applications
WHEN new.score_key >= 0 BEGIN
  UPDATE candidates SET score_key = max(score_key, new.score_key) WHERE id = new.candidate_id;
END;

CREATE TRIGGER applications_score_update AFTER UPDATE OF score_key, candidate_id ON applications
WHEN new.score_key <> old.score_key OR new.candidate_id <> old.candidate_id BEGIN
  UPDATE candidates SET score_key = coalesce(
    (SELECT max(a.score_key) FROM applications a WHERE a.candidate_id = candidates.id), -1)
   WHERE id IN (old.candidate_id, new.candidate_id);
END;

CREATE TRIGGER applications_score_delete AFTER DELETE ON applications
WHEN old.score_key >= 0 BEGIN
  UPDATE candidates SET score_key = coalesce(
    (SELECT max(a.score_key) FROM applications a WHERE a.candidate_id = old.candidate_id), -1)
   WHERE id = old.candidate_id;
END;

CREATE TRIGGER candidates_name_insert AFTER INSERT ON candidates BEGIN
  UPDATE applications SET name_key = new.sort_name WHERE candidate_id = new.id;
END;

CREATE TRIGGER candidates_name_update AFTER UPDATE OF sort_name ON candidates
WHEN new.sort_name <> old.sort_name BEGIN
  UPDATE applications SET name_key = new.sort_name WHERE candidate_id = new.id;
END;
)sql";

// What the search index folds before the unicode61 tokenizer, which folds case and most accents
// itself but not these letters (they do not decompose): the Turkish dotless ı and dotted İ
// (so I/ı/İ/i match either way), the German ß (as ss), and the letters the sort rule folds
// (sortFold). Both the index (searchFoldSql, in the triggers and the rebuild) and the query
// (searchExpression) apply this one table, so they cannot drift apart.
struct SearchFold {
    const char *from; // UTF-8
    const char *to;
};
constexpr SearchFold SearchFolds[] = {
    {"ı", "i"},  {"İ", "I"}, {"ß", "ss"}, {"ẞ", "ss"}, {"æ", "ae"}, {"Æ", "AE"}, {"œ", "oe"},
    {"Œ", "OE"}, {"ø", "o"}, {"Ø", "O"},  {"ł", "l"},  {"Ł", "L"},  {"đ", "d"},  {"Đ", "D"},
};

QString searchFold(QString text) {
    for (const SearchFold &f : SearchFolds)
        text.replace(QString::fromUtf8(f.from), QString::fromUtf8(f.to));
    return text;
}

// The words of what a person typed, as the unicode61 tokenizer splits them: letters and digits
// only, everything else separates, so no FTS syntax can come from the user. Composed first, so a
// decomposed İ (I + U+0307) or ü is one letter; a mark left without a base letter is dropped.
QStringList searchWords(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}+"));
    const QString composed = text.normalized(QString::NormalizationForm_C).remove(marks);
    return composed.split(separators, Qt::SkipEmptyParts);
}

// `expression` folded in SQL: nested replace() calls (no custom function, so every connection
// that writes candidates, hirexctl's too, runs the triggers).
QByteArray searchFoldSql(const QByteArray &expression) {
    QByteArray sql = expression;
    for (const SearchFold &f : SearchFolds)
        sql = "replace(" + sql + ", '" + f.from + "', '" + f.to + "')";
    return sql;
}

// The search index's five columns for candidate `c` (a row alias or new/old), folded.
QByteArray searchColumnsSql(const QByteArray &c, const QByteArray &notesOf) {
    return searchFoldSql("coalesce(" + c + ".first_name, '') || ' ' || coalesce(" + c + ".last_name, '')") +
           ",\n  " + searchFoldSql(c + ".email") + ",\n  " + searchFoldSql(c + ".tags") + ",\n  " +
           searchFoldSql(c + ".skills") + ",\n  " +
           searchFoldSql("(SELECT group_concat(n.body, ' ') FROM notes n WHERE n.candidate_id = " + notesOf +
                         ")");
}

QByteArray notesColumnSql(const QByteArray &candidateId) {
    return searchFoldSql("(SELECT group_concat(body, ' ') FROM notes WHERE candidate_id = " + candidateId +
                         ")");
}

// Version 8 (search as Turkish and German readers expect): version 6's triggers folded only ı
// and İ, so "strasse" never found "Straße" nor "soren" "Søren". The triggers fold SearchFolds
// now, and the index is rebuilt once with them.
QByteArray schemaV8() {
    const QByteArray deferred =
        "WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'search.deferred') BEGIN\n";
    QByteArray sql = "DROP TRIGGER candidates_fts_insert;\n"
                     "DROP TRIGGER candidates_fts_update;\n"
                     "DROP TRIGGER notes_fts_insert;\n"
                     "DROP TRIGGER notes_fts_update;\n"
                     "DROP TRIGGER notes_fts_delete;\n";
    sql +=
        "CREATE TRIGGER candidates_fts_insert AFTER INSERT ON candidates\n" + deferred +
        "  INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)\n  VALUES (new.local_id,\n  " +
        searchColumnsSql("new", "new.id") + ");\nEND;\n";
    sql +=
        "CREATE TRIGGER candidates_fts_update AFTER UPDATE OF first_name, last_name, email, tags, skills "
        "ON candidates\n" +
        deferred + "  DELETE FROM candidates_fts WHERE docid = old.local_id;\n" +
        "  INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)\n  VALUES (new.local_id,\n  " +
        searchColumnsSql("new", "new.id") + ");\nEND;\n";
    sql += "CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes\n" + deferred +
           "  UPDATE candidates_fts SET notes = " + notesColumnSql("new.candidate_id") +
           "\n   WHERE docid = (SELECT local_id FROM candidates WHERE id = new.candidate_id);\nEND;\n";
    sql += "CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes\n" + deferred +
           "  UPDATE candidates_fts SET notes = " + notesColumnSql("old.candidate_id") +
           "\n   WHERE docid = (SELECT local_id FROM candidates WHERE id = old.candidate_id);\n" +
           "  UPDATE candidates_fts SET notes = " + notesColumnSql("new.candidate_id") +
           "\n   WHERE docid = (SELECT local_id FROM candidates WHERE id = new.candidate_id);\nEND;\n";
    sql += "CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes\n" + deferred +
           "  UPDATE candidates_fts SET notes = " + notesColumnSql("old.candidate_id") +
           "\n   WHERE docid = (SELECT local_id FROM candidates WHERE id = old.candidate_id);\nEND;\n";
    sql += "DELETE FROM candidates_fts;\n"
           "INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)\nSELECT c.local_id,\n  " +
           searchColumnsSql("c", "c.id") + "\n  FROM candidates c;\n";
    return sql;
}

// Version 9 (narrowed counts from the index): counting a narrowed column checks each card's
// candidate (the search's hits, a tag from the search index) and its score or entry bounds. With
// those in an index of the stage, the count reads that index and not the applications' rows,
// which hold their JSON: about one page per card, 100 ms for a column of 8,000 at 100,000
// candidates.
constexpr char SchemaV9[] = R"sql(
CREATE INDEX applications_board_candidate ON applications(stage_id, status, candidate_id, score_key, entered_key);
)sql";

// Version 10: a scorecard's author as a column with an index, so "My reviews" reads its own
// scorecards instead of every one in the cache (about 0.2 s on the GUI thread at 100,000
// candidates). The column is filled from the JSON in C++ (fillEvaluationAuthors: no JSON1 here).
constexpr char SchemaV10[] = R"sql(
ALTER TABLE evaluations ADD COLUMN author_id TEXT;
CREATE INDEX evaluations_author ON evaluations(author_id);
)sql";

// The search index as rebuildSearchIndex() recreates it: the definition of version 1, filled
// with the folding of version 8.
QByteArray rebuildSearchIndexSql() {
    return "DROP TABLE candidates_fts;\n"
           "CREATE VIRTUAL TABLE candidates_fts USING fts4(\n"
           "  name, email, tags, skills, notes,\n"
           "  tokenize=unicode61 \"remove_diacritics=1\",\n"
           "  prefix=\"2,3\"\n"
           ");\n"
           "INSERT INTO candidates_fts(docid, name, email, tags, skills, notes)\nSELECT c.local_id,\n  " +
           searchColumnsSql("c", "c.id") +
           "\n  FROM candidates c;\n"
           "DELETE FROM settings WHERE key = 'search.deferred';\n";
}

// Version 7's C++ half: every candidate's sort_name by the current rule, and source from the
// JSON itself. Rows are read first and written after, so the scan never sees its own writes.
bool rekeyCandidates(const SqlCipherDatabase &db, QString *error) {
    struct Row {
        qint64 localId;
        QString sortName;
        QString source;
    };
    QList<Row> changed;
    Statement read =
        db.prepare("SELECT local_id, json, first_name, last_name, sort_name, source FROM candidates");
    while (read.next()) {
        const QJsonObject data = QJsonDocument::fromJson(read.columnText(1).toUtf8()).object();
        const QJsonValue sourceValue = data.value(QLatin1String("source"));
        Row row{read.columnInt64(0),
                CacheSchema::sortName(read.isNull(2) ? QString() : read.columnText(2),
                                      read.isNull(3) ? QString() : read.columnText(3)),
                sourceValue.isString() ? sourceValue.toString() : QString()};
        const QString oldSource = read.isNull(5) ? QString() : read.columnText(5);
        if (row.sortName != read.columnText(4) || row.source != oldSource ||
            row.source.isNull() != oldSource.isNull())
            changed.append(row);
    }
    if (!read.ok()) {
        *error = read.errorMessage();
        return false;
    }
    read.reset();
    Statement write = db.prepare("UPDATE candidates SET sort_name = ?1, source = ?2 WHERE local_id = ?3");
    for (const Row &row : std::as_const(changed)) {
        write.bind(1, row.sortName).bind(2, row.source).bind(3, row.localId);
        if (!write.exec()) {
            *error = write.errorMessage();
            return false;
        }
        write.reset();
    }
    return true;
}

bool fillEvaluationAuthors(const SqlCipherDatabase &db, QString *error) {
    QList<std::pair<QString, QString>> authors; // id, author_id
    Statement read = db.prepare("SELECT id, json FROM evaluations");
    while (read.next()) {
        const QJsonValue author =
            QJsonDocument::fromJson(read.columnText(1).toUtf8()).object().value(QLatin1String("author_id"));
        if (author.isString())
            authors.append({read.columnText(0), author.toString()});
    }
    if (!read.ok()) {
        *error = read.errorMessage();
        return false;
    }
    read.reset();
    Statement write = db.prepare("UPDATE evaluations SET author_id = ?1 WHERE id = ?2");
    for (const auto &[id, author] : std::as_const(authors)) {
        write.bind(1, author).bind(2, id);
        if (!write.exec()) {
            *error = write.errorMessage();
            return false;
        }
        write.reset();
    }
    return true;
}

} // namespace

QString CacheSchema::sortName(const QString &first, const QString &last) {
    if (first.isNull() && last.isNull())
        return QStringLiteral("1");
    return QLatin1Char('0') + sortFold(last) + QChar(1) + sortFold(first);
}

QList<Migration> CacheSchema::migrations() {
    return {Migration{1, QByteArray(SchemaV1)},
            Migration{2, QByteArray(SchemaV2)},
            Migration{3, QByteArray(SchemaV3)},
            Migration{4, QByteArray(SchemaV4)},
            Migration{5, QByteArray(SchemaV5)},
            Migration{6, QByteArray(SchemaV6)},
            Migration{7, QByteArray(SchemaV7), &rekeyCandidates},
            Migration{8, schemaV8()},
            Migration{9, QByteArray(SchemaV9)},
            Migration{10, QByteArray(SchemaV10), &fillEvaluationAuthors}};
}

bool CacheSchema::deferSearchIndex(const SqlCipherDatabase &db, QString *error) {
    return db.exec("INSERT OR REPLACE INTO settings (key, value) VALUES ('search.deferred', '1')", error);
}

bool CacheSchema::searchIndexDeferred(const SqlCipherDatabase &db) {
    return db.queryInt("SELECT count(*) FROM settings WHERE key = 'search.deferred'", 0) > 0;
}

bool CacheSchema::rebuildSearchIndex(const SqlCipherDatabase &db, QString *error) {
    static const QByteArray sql = rebuildSearchIndexSql();
    return db.exec(sql.constData(), error);
}

QByteArray CacheSchema::searchExpression(const QString &userText) {
    QByteArray expression;
    for (const QString &word : searchWords(userText)) {
        if (!expression.isEmpty()) {
            expression += ' ';
        }
        // FTS4 prefix syntax is "word*" (the star inside the quotes; "word"* is FTS5's).
        expression += '"' + searchFold(word).toUtf8() + "*\"";
    }
    return expression;
}

QByteArray CacheSchema::phraseExpression(const QString &text) {
    const QStringList words = searchWords(text);
    if (words.isEmpty())
        return {};
    return '"' + searchFold(words.join(QLatin1Char(' '))).toUtf8() + '"';
}

bool CacheSchema::purgeDeletedSearchTerms(const SqlCipherDatabase &db, QString *error) {
    return db.exec("INSERT INTO candidates_fts(candidates_fts) VALUES('optimize')", error);
}

} // namespace hirex::store
