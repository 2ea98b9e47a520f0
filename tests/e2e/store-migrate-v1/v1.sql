-- A store as dyad 0.1 wrote it (schema version 1): two articles of one
-- story reporting the same talks, and a visit.
PRAGMA application_id = 1685676388;
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles(id INTEGER PRIMARY KEY, hash BLOB NOT NULL UNIQUE, ref TEXT, url TEXT, title TEXT, date TEXT, date_precision TEXT NOT NULL, author TEXT, language TEXT, site TEXT, origin TEXT, text TEXT NOT NULL, story INTEGER NOT NULL, n_events INTEGER NOT NULL);
CREATE INDEX articles_ref ON articles(ref);
CREATE INDEX articles_story ON articles(story, site);
CREATE TABLE signatures(article INTEGER PRIMARY KEY, sig BLOB NOT NULL);
CREATE TABLE sentences(article INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY(article, idx)) WITHOUT ROWID;
CREATE TABLE events(id INTEGER PRIMARY KEY, article INTEGER NOT NULL, sentence INTEGER NOT NULL, story INTEGER NOT NULL, source TEXT NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, target TEXT NOT NULL, target_start INTEGER NOT NULL, target_end INTEGER NOT NULL, reporter TEXT, reporter_start INTEGER, reporter_end INTEGER, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT, mode TEXT NOT NULL, date TEXT, date_precision TEXT NOT NULL, day TEXT);
CREATE INDEX events_article ON events(article, sentence);
CREATE INDEX events_source ON events(source, day);
CREATE INDEX events_target ON events(target, day);
CREATE TABLE actors(code TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
CREATE TABLE cameo(code TEXT PRIMARY KEY, name TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein REAL NOT NULL, plover TEXT) WITHOUT ROWID;
CREATE TABLE stories(id INTEGER PRIMARY KEY, size INTEGER NOT NULL, n_sites INTEGER NOT NULL, first_day TEXT, last_day TEXT, title TEXT);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
INSERT INTO meta VALUES('created_by', 'dyad 0.1.0');
INSERT INTO articles VALUES(1, x'01', 'a1', 'http://a.example/1', 'Talks', '2025-01-05', 'day', NULL, NULL, 'a.example', 't', 'Russia met North Korea.', 1, 2);
INSERT INTO articles VALUES(2, x'02', 'a2', 'http://b.example/1', 'Talks', '2025-01-05', 'day', NULL, NULL, 'b.example', 't', 'Russia met North Korea!', 1, 1);
INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles;
INSERT INTO stories VALUES(1, 2, 2, '2025-01-05', '2025-01-05', 'Talks');
INSERT INTO sentences VALUES(1, 0, 0, 23, 'Russia met North Korea.');
INSERT INTO sentences VALUES(2, 0, 0, 23, 'Russia met North Korea!');
INSERT INTO events VALUES(1, 1, 0, 1, 'RUS', 0, 6, 'PRK', 11, 22, NULL, NULL, NULL, 7, 10, '040', '04', 1, 1.0, 'CONSULT', 'asserted', '2025-01-05', 'day', '2025-01-05');
INSERT INTO events VALUES(2, 1, 0, 1, 'RUS', 0, 6, 'PRK', 11, 22, NULL, NULL, NULL, 7, 10, '042', '04', 1, 1.9, 'CONSULT', 'asserted', '2025-01-05', 'day', '2025-01-05');
INSERT INTO events VALUES(3, 2, 0, 1, 'RUS', 0, 6, 'PRK', 11, 22, NULL, NULL, NULL, 7, 10, '040', '04', 1, 1.0, 'CONSULT', 'asserted', '2025-01-05', 'day', '2025-01-05');
PRAGMA user_version = 1;
