-- v3.sql: a store of schema version 3, made by armsgraph before schema 4 (commit a58832f) with
-- 'ARMSGRAPH_NOW=2026-01-01T00:00:00Z armsgraph ingest --edges tests/data/graph/edges.jsonl',
-- 'curate merge IRN PRK' and 'retract fx-002', dumped by 'sqlite3 STORE .dump', which leaves
-- out the two pragmas below (tests/sh/store-edge-stats.sh).
PRAGMA user_version = 3;
PRAGMA application_id = 1098008434;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE articles (
  key INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  title TEXT,
  url TEXT,
  source TEXT,
  published TEXT CHECK (published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  ingested_at TEXT NOT NULL,
  text TEXT,
  extractor INTEGER,
  dict_hash TEXT CHECK (length(dict_hash) = 64)
) STRICT;
INSERT INTO articles VALUES(1,'fx-001','Drone deliveries reported','https://news.example.org/fx-001','Example Wire','2023-03-14','f966c97c7016b7df13ef8044df949cb63bb2823243156fac6d8cb45e1af8970a','2026-01-01T00:00:00Z',NULL,NULL,NULL);
INSERT INTO articles VALUES(3,'fx-003','Shells by rail','https://news.example.org/fx-003','Example Wire','2023-09-20','9079a988d74490e73f680b7d01da0e0d57f832c16bf39b5c215382010aa2b7f3','2026-01-01T00:00:00Z',NULL,NULL,NULL);
INSERT INTO articles VALUES(4,'fx-004','A second route for drones','https://news.example.org/fx-004','Example Wire','2023-12-05','d3b83b73c3e5111f11950eed333dba79bc63ef11f299e697307672fc9ed0ee0f','2026-01-01T00:00:00Z',NULL,NULL,NULL);
INSERT INTO articles VALUES(5,'fx-005','Missiles from Pyongyang','https://news.example.org/fx-005','Example Wire','2024-02-10','53a6139a802efd39eac15acff0c354204feaeb77049908b1d57aa13312621d11','2026-01-01T00:00:00Z',NULL,NULL,NULL);
INSERT INTO articles VALUES(6,'fx-006','Air defense for Ukraine','https://news.example.org/fx-006','Example Wire','2024-04-18','b19f966fef4c90491dc695b104f757f89487d2b04d3e2369885656327bb983fd','2026-01-01T00:00:00Z',NULL,NULL,NULL);
INSERT INTO articles VALUES(7,'fx-007','Engines and a middleman','https://news.example.org/fx-007','Example Wire','2024-07-01','2d783eb25ff2aa6d76da3420fda4cdd0e3718e95bcb8433cf73deefb0162d266','2026-01-01T00:00:00Z',NULL,NULL,NULL);
INSERT INTO articles VALUES(8,'fx-008','Autumn deliveries','https://news.example.org/fx-008','Example Wire','2024-10-22','08b038ea53eb7c0bf4003fa76e215f598b95549663d990dbbdfde58398635228','2026-01-01T00:00:00Z',NULL,NULL,NULL);
CREATE TABLE entities (
  id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('state', 'person', 'organization')),
  name TEXT NOT NULL,
  state TEXT
) STRICT;
INSERT INTO entities VALUES('IRN','state','Iran',NULL);
INSERT INTO entities VALUES('RUS','state','Russia',NULL);
INSERT INTO entities VALUES('UKR','state','Ukraine',NULL);
INSERT INTO entities VALUES('USA','state','United States',NULL);
INSERT INTO entities VALUES('Su-35 Works "Alpha" <Ltd> & Co\East','organization','Su-35 Works "Alpha" <Ltd> & Co\East','IRN');
INSERT INTO entities VALUES('Marta Kolesnik-Brandt','person','Marta Kolesnik-Brandt','RUS');
INSERT INTO entities VALUES('European Union','organization','European Union',NULL);
INSERT INTO entities VALUES('GBR','state','United Kingdom',NULL);
INSERT INTO entities VALUES('Northern Logistics Group','organization','Northern Logistics Group','CHN');
CREATE TABLE aliases (
  alias TEXT NOT NULL COLLATE NOCASE CHECK (alias <> ''),
  entity_id TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (alias, entity_id)
) STRICT, WITHOUT ROWID;
INSERT INTO aliases VALUES('Brussels','European Union');
INSERT INTO aliases VALUES('EU','European Union');
INSERT INTO aliases VALUES('Britain','GBR');
INSERT INTO aliases VALUES('London','GBR');
INSERT INTO aliases VALUES('North Korea','IRN');
INSERT INTO aliases VALUES('PRK','IRN');
INSERT INTO aliases VALUES('Pyongyang','IRN');
INSERT INTO aliases VALUES('Tehran','IRN');
INSERT INTO aliases VALUES('NLG','Northern Logistics Group');
INSERT INTO aliases VALUES('Moscow','RUS');
INSERT INTO aliases VALUES('Russian forces','RUS');
INSERT INTO aliases VALUES('Kharkiv','UKR');
INSERT INTO aliases VALUES('Kyiv','UKR');
CREATE TABLE edges (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('supplies', 'seeks-in-exchange', 'sanctions',
                                     'attacks')),
  source_id TEXT NOT NULL REFERENCES entities(id),
  target_id TEXT NOT NULL REFERENCES entities(id),
  UNIQUE (type, source_id, target_id)
) STRICT;
INSERT INTO edges VALUES(1,'supplies','IRN','RUS');
INSERT INTO edges VALUES(2,'attacks','RUS','UKR');
INSERT INTO edges VALUES(7,'sanctions','European Union','Su-35 Works "Alpha" <Ltd> & Co\East');
INSERT INTO edges VALUES(8,'supplies','USA','UKR');
INSERT INTO edges VALUES(9,'supplies','GBR','UKR');
INSERT INTO edges VALUES(10,'supplies','Su-35 Works "Alpha" <Ltd> & Co\East','RUS');
INSERT INTO edges VALUES(11,'supplies','Marta Kolesnik-Brandt','RUS');
INSERT INTO edges VALUES(12,'sanctions','USA','Northern Logistics Group');
INSERT INTO edges VALUES(13,'seeks-in-exchange','IRN','RUS');
INSERT INTO edges VALUES(14,'attacks','UKR','RUS');
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  edge_id INTEGER NOT NULL REFERENCES edges(id),
  article_key INTEGER NOT NULL REFERENCES articles(key),
  sentence TEXT,
  sent_start INTEGER,
  sent_end INTEGER,
  items TEXT,
  category TEXT,
  qty_value REAL,
  qty_unit TEXT,
  qty_qualifier TEXT,
  qty_text TEXT,
  date TEXT CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                    OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL CHECK (status IN ('reported', 'planned')),
  attribution TEXT,
  confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1)
) STRICT;
INSERT INTO mentions VALUES(1,1,1,'Officials in Kyiv said Iran had delivered more than 400 attack drones to Russia over the winter.',0,96,'attack drones','drones',400.0,'drones','more than','more than 400 attack drones','2023-02-15','reported','Ukraine',0.84999999999999997779);
INSERT INTO mentions VALUES(2,2,1,'Russian forces launched a wave of those drones at Ukrainian power plants on Sunday.',97,180,'drones','drones',NULL,NULL,NULL,NULL,'2023-03-12','reported',NULL,0.9000000000000000222);
INSERT INTO mentions VALUES(5,1,3,'North Korea has sent about one million artillery shells to Russia by rail, according to a Seoul official.',0,105,'artillery shells','artillery ammunition',1000000.0,'artillery shells','about','about one million artillery shells',NULL,'reported','South Korea',0.8000000000000000444);
INSERT INTO mentions VALUES(6,13,3,'In exchange, Pyongyang is seeking Russian satellite technology.',106,169,'satellite technology','technology',NULL,NULL,NULL,NULL,NULL,'planned',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(7,1,4,'A new shipment of Iranian attack drones reached Russia through the Caspian Sea in November.',0,91,'attack drones','drones',NULL,NULL,NULL,NULL,'2023-11-20','reported',NULL,0.75);
INSERT INTO mentions VALUES(8,7,4,'The European Union added Su-35 Works "Alpha" <Ltd> & Co\East to its sanctions list.',92,175,NULL,NULL,NULL,NULL,NULL,NULL,'2023-12-04','reported',NULL,0.94999999999999995559);
INSERT INTO mentions VALUES(9,1,5,'Ukraine''s air force said Russia fired North Korean ballistic missiles at Kharkiv on Tuesday.',0,92,'ballistic missiles','missiles',NULL,NULL,NULL,NULL,'2024-02-06','reported','Ukraine',0.8000000000000000444);
INSERT INTO mentions VALUES(10,2,5,'Ukraine''s air force said Russia fired North Korean ballistic missiles at Kharkiv on Tuesday.',0,92,'ballistic missiles','missiles',NULL,NULL,NULL,NULL,'2024-02-06','reported','Ukraine',0.9000000000000000222);
INSERT INTO mentions VALUES(11,8,6,'The United States will send three more air defense batteries to Ukraine this summer.',0,84,'air defense batteries','air defense',3.0,'air defense batteries',NULL,'three more air defense batteries',NULL,'planned',NULL,0.84999999999999997779);
INSERT INTO mentions VALUES(12,9,6,'Britain delivered long-range cruise missiles to Ukraine in March.',85,150,'long-range cruise missiles','missiles',NULL,NULL,NULL,NULL,'2024-03-15','reported',NULL,0.9000000000000000222);
INSERT INTO mentions VALUES(13,10,7,'Su-35 Works "Alpha" <Ltd> & Co\East shipped drone engines to Russia through Northern Logistics Group, investigators said.',0,121,'drone engines','drones',NULL,NULL,NULL,NULL,NULL,'reported','investigators',0.69999999999999995559);
INSERT INTO mentions VALUES(14,11,7,'Marta Kolesnik-Brandt sold rifle scopes to Russia, the report adds.',122,189,'rifle scopes','other',NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.59999999999999997779);
INSERT INTO mentions VALUES(15,12,7,'The United States then sanctioned Northern Logistics Group.',190,249,NULL,NULL,NULL,NULL,NULL,NULL,'2024-06-28','reported',NULL,0.94999999999999995559);
INSERT INTO mentions VALUES(16,1,8,'More North Korean shells arrived in Russia in October, the Seoul official said.',0,79,'artillery shells','artillery ammunition',NULL,NULL,NULL,NULL,'2024-10-15','reported','South Korea',0.8000000000000000444);
INSERT INTO mentions VALUES(17,13,8,'Iran wants Russian fighter jets in return for the drones.',80,137,'fighter jets','aircraft',NULL,NULL,NULL,NULL,NULL,'planned',NULL,0.6500000000000000222);
INSERT INTO mentions VALUES(18,14,8,'Ukrainian drones struck two Russian refineries overnight, the Russian defence ministry said.',138,230,'drones','drones',NULL,NULL,NULL,NULL,'2024-10-21','reported','Russia',0.84999999999999997779);
CREATE TABLE sources (
  article_key INTEGER NOT NULL REFERENCES articles(key),
  entity_id TEXT NOT NULL REFERENCES entities(id),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  state TEXT,
  PRIMARY KEY (article_key, entity_id)
) STRICT, WITHOUT ROWID;
INSERT INTO sources VALUES(1,'IRN','state','Iran',NULL);
INSERT INTO sources VALUES(1,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(1,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(3,'IRN','state','Iran',NULL);
INSERT INTO sources VALUES(3,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(4,'European Union','organization','European Union',NULL);
INSERT INTO sources VALUES(4,'IRN','state','Iran',NULL);
INSERT INTO sources VALUES(4,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(4,'Su-35 Works "Alpha" <Ltd> & Co\East','organization','Su-35 Works "Alpha" <Ltd> & Co\East','IRN');
INSERT INTO sources VALUES(5,'IRN','state','Iran',NULL);
INSERT INTO sources VALUES(5,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(5,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(6,'GBR','state','United Kingdom',NULL);
INSERT INTO sources VALUES(6,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(6,'USA','state','United States',NULL);
INSERT INTO sources VALUES(7,'Marta Kolesnik-Brandt','person','Marta Kolesnik-Brandt','RUS');
INSERT INTO sources VALUES(7,'Northern Logistics Group','organization','Northern Logistics Group','CHN');
INSERT INTO sources VALUES(7,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(7,'Su-35 Works "Alpha" <Ltd> & Co\East','organization','Su-35 Works "Alpha" <Ltd> & Co\East','IRN');
INSERT INTO sources VALUES(7,'USA','state','United States',NULL);
INSERT INTO sources VALUES(8,'IRN','state','Iran',NULL);
INSERT INTO sources VALUES(8,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(8,'UKR','state','Ukraine',NULL);
CREATE TABLE alias_sources (
  article_key INTEGER NOT NULL REFERENCES articles(key),
  entity_id TEXT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (article_key, entity_id, alias)
) STRICT, WITHOUT ROWID;
INSERT INTO alias_sources VALUES(4,'European Union','Brussels');
INSERT INTO alias_sources VALUES(4,'European Union','EU');
INSERT INTO alias_sources VALUES(6,'GBR','Britain');
INSERT INTO alias_sources VALUES(6,'GBR','London');
INSERT INTO alias_sources VALUES(3,'IRN','Pyongyang');
INSERT INTO alias_sources VALUES(1,'IRN','Tehran');
INSERT INTO alias_sources VALUES(7,'Northern Logistics Group','NLG');
INSERT INTO alias_sources VALUES(1,'RUS','Moscow');
INSERT INTO alias_sources VALUES(1,'RUS','Russian forces');
INSERT INTO alias_sources VALUES(5,'UKR','Kharkiv');
INSERT INTO alias_sources VALUES(1,'UKR','Kyiv');
CREATE TABLE curation (
  seq INTEGER PRIMARY KEY,
  op TEXT NOT NULL CHECK (op IN ('merge', 'alias', 'rename', 'state')),
  entity_id TEXT NOT NULL CHECK (entity_id <> ''),
  value TEXT NOT NULL CHECK (value <> '')
) STRICT;
INSERT INTO curation VALUES(1,'merge','IRN','PRK');
INSERT INTO curation VALUES(2,'alias','IRN','North Korea');
INSERT INTO curation VALUES(3,'alias','IRN','PRK');
INSERT INTO curation VALUES(4,'alias','IRN','Pyongyang');
CREATE INDEX articles_id ON articles(id);
CREATE INDEX aliases_entity ON aliases(entity_id);
CREATE INDEX edges_source ON edges(source_id);
CREATE INDEX edges_target ON edges(target_id);
CREATE INDEX mentions_edge ON mentions(edge_id);
CREATE INDEX mentions_article ON mentions(article_key);
CREATE INDEX sources_entity ON sources(entity_id, article_key);
CREATE INDEX sources_state ON sources(entity_id, article_key) WHERE state IS NOT NULL;
CREATE INDEX alias_sources_entity ON alias_sources(entity_id, alias, article_key);
COMMIT;
