-- v4.sql: a store of schema version 4, made by armsgraph before schema 5 (commit 6abe8bf) with
-- 'ARMSGRAPH_NOW=2026-01-01T00:00:00Z armsgraph ingest examples/articles' and
-- 'curate merge Ukraine "United States"', dumped by 'sqlite3 STORE .dump', which leaves out
-- the two pragmas below (tests/sh/store-schema5.sh).
PRAGMA user_version = 4;
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
INSERT INTO articles VALUES(1,'ex-007','Israel strikes Hezbollah positions in Lebanon',NULL,NULL,NULL,'484b05870c86ded0d437b4393bf8e47060cd37ac90c9573b9267165454648ed0','2026-01-01T00:00:00Z',replace('Israel strikes Hezbollah positions in Lebanon\n\nIsrael struck Hezbollah positions in southern Lebanon on Friday, a day after the group fired rockets at northern Israel, the Israel Defense Forces said.\n\nIran has supplied Hezbollah with rockets and drones for years, Israeli officials said.\n\nThe United States is considering new sanctions on the group''s financiers, a State Department official said.\n','\n',char(10)),2,'19713aa8e4f4c8442dec9e2aa2682a25b94e3b5f68e28ea438de40afcf39f5f8');
INSERT INTO articles VALUES(2,'ex-008','Russian strikes hit Ukrainian power grid',NULL,NULL,NULL,'b1ca17c9600a5f567953f914ca4e24c397961cfa52207a66e1b55854e528c079','2026-01-01T00:00:00Z',replace('Russian strikes hit Ukrainian power grid\n\nRussia fired more than 60 drones and 90 missiles at Ukraine''s energy facilities on Friday, officials in Kyiv said.\n\nThe drones were Iranian-designed Shahed models supplied by Iran, according to Ukraine''s military intelligence.\n\nUkraine struck an oil refinery in Russia''s Samara region on Saturday, a source in the Ukrainian security service said.\n','\n',char(10)),2,'19713aa8e4f4c8442dec9e2aa2682a25b94e3b5f68e28ea438de40afcf39f5f8');
INSERT INTO articles VALUES(3,'ex-001','Pyongyang ships shells and missiles to Russia, Seoul says','https://example.org/news/ex-001','Example Wire','2024-02-15','edee7b30e840eb7704f96831644de1e309971b596bf2ff2cc8a8b376ce60bb2e','2026-01-01T00:00:00Z',replace('Pyongyang ships shells and missiles to Russia, Seoul says\n\nSEOUL, Feb. 15 - North Korea has shipped more than 6,000 containers of artillery shells and short-range ballistic missiles to Russia since last summer, South Korea''s National Intelligence Service said on Thursday.\n\nThe agency told lawmakers that the deliveries continued through January and that Russian forces had fired several of the North Korean missiles at Kharkiv.\n\nIn return, Pyongyang is seeking Russian satellite technology and fighter jets, the NIS said.\n\nOfficials in Moscow have denied buying any weapons from North Korea.','\n',char(10)),2,'19713aa8e4f4c8442dec9e2aa2682a25b94e3b5f68e28ea438de40afcf39f5f8');
INSERT INTO articles VALUES(4,'ex-002','Washington announces new air defense package for Kyiv','https://example.org/news/ex-002','Example Wire','2024-03-12','378ef13a80c9b231267d6d883764c66c5e19ae1ab69b08d725b16735bd28b429','2026-01-01T00:00:00Z',replace('Washington announces new air defense package for Kyiv\n\nWASHINGTON, March 12 - The United States on Tuesday announced a $300 million package of military aid for Ukraine, including interceptors for its Patriot air defense systems and artillery ammunition.\n\nDefense Secretary Lloyd Austin said the package would help Ukraine protect its cities from Russian missile strikes.\n\nRussia launched 40 drones and missiles at Odesa and Kyiv overnight, Ukraine''s air force said. Most of them were shot down.\n\nGermany also plans to send two more IRIS-T air defense systems to Ukraine next month, Berlin said.','\n',char(10)),2,'19713aa8e4f4c8442dec9e2aa2682a25b94e3b5f68e28ea438de40afcf39f5f8');
INSERT INTO articles VALUES(5,'ex-003','Treasury targets drone parts network','https://example.org/news/ex-003','Example Wire','2024-04-18','fb7b02a360d11ccca9aaed96c54bbf5e0f218f5c0b82383ed927b4d872d0a3d5','2026-01-01T00:00:00Z',replace('Treasury targets drone parts network\n\nThe U.S. Treasury on Thursday imposed sanctions on Iran''s drone program and on Meridian Components Ltd, a Hong Kong trading company accused of shipping engines and electronics for the drones.\n\nOfficials said Meridian Components Ltd had sold navigation modules to Iran Aircraft Manufacturing Industries, which builds the Shahed drones that Russia uses against Ukraine.\n\nThe European Union and Britain announced similar measures against Iran the same day.\n\nIran''s foreign ministry said it had never supplied drones to either side in the war.','\n',char(10)),2,'19713aa8e4f4c8442dec9e2aa2682a25b94e3b5f68e28ea438de40afcf39f5f8');
INSERT INTO articles VALUES(6,'ex-004','Houthis fire missiles at ships; US and Britain strike back','https://example.org/news/ex-004','Example Wire','2024-01-12','5a422224fbd70c85f797342fcfab030302b2cf333c91c981447505bbb9c5a086','2026-01-01T00:00:00Z',replace('Houthis fire missiles at ships; US and Britain strike back\n\nThe United States and Britain struck Houthi targets in Yemen on Friday after the group fired anti-ship missiles at commercial vessels in the Red Sea.\n\nAccording to the Pentagon, the Houthis have received drones and missile components from Iran''s Revolutionary Guards for months.\n\nIran did not attack any ship, its foreign ministry said.','\n',char(10)),2,'19713aa8e4f4c8442dec9e2aa2682a25b94e3b5f68e28ea438de40afcf39f5f8');
INSERT INTO articles VALUES(7,'ex-005','Belarus to receive Russian jets','https://example.org/news/ex-005','Example Wire','2023-11-02','b05a5c96d90aa0d25b3c9dffba9a9af528336196f991deb4bb319575345af73f','2026-01-01T00:00:00Z',replace('Belarus to receive Russian jets\n\nMINSK, Nov. 2 - Russia will deliver a further batch of Su-30 fighter jets to Belarus before the end of the year, the Belarusian defense ministry said on Thursday.\n\nThe Kremlin agreed in October to supply Minsk with Iskander missile systems as well, officials said.\n\nThe European Union has extended its sanctions on Belarus for its support of Russia''s invasion of Ukraine.','\n',char(10)),2,'19713aa8e4f4c8442dec9e2aa2682a25b94e3b5f68e28ea438de40afcf39f5f8');
INSERT INTO articles VALUES(8,'ex-006','Arms dealer charged over rifles for Sudan militia','https://example.org/news/ex-006','Example Wire','2024-05-21','4c4bd54b9c06c4514ca328d3d781fd14a3579111acb1475ff6bc0cf831373332','2026-01-01T00:00:00Z',replace('Arms dealer charged over rifles for Sudan militia\n\nProsecutors said arms dealer Marek Halvorsen sold 2,000 assault rifles to the Rapid Support Forces in Sudan last year.\n\nThe U.S. Treasury sanctioned Halvorsen and his company, Northgate Logistics, on Tuesday.\n\nThe UN Security Council has kept an arms embargo on Sudan since 2004.','\n',char(10)),2,'19713aa8e4f4c8442dec9e2aa2682a25b94e3b5f68e28ea438de40afcf39f5f8');
CREATE TABLE entities (
  id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
  kind TEXT NOT NULL CHECK (kind IN ('state', 'person', 'organization')),
  name TEXT NOT NULL,
  state TEXT
) STRICT;
INSERT INTO entities VALUES('ISR','state','Israel',NULL);
INSERT INTO entities VALUES('Hezbollah','organization','Hezbollah',NULL);
INSERT INTO entities VALUES('IRN','state','Iran',NULL);
INSERT INTO entities VALUES('RUS','state','Russia',NULL);
INSERT INTO entities VALUES('UKR','state','Ukraine',NULL);
INSERT INTO entities VALUES('PRK','state','North Korea',NULL);
INSERT INTO entities VALUES('DEU','state','Germany',NULL);
INSERT INTO entities VALUES('Meridian Components Ltd','organization','Meridian Components Ltd',NULL);
INSERT INTO entities VALUES('Iran Aircraft Manufacturing Industries','organization','Iran Aircraft Manufacturing Industries','IRN');
INSERT INTO entities VALUES('European Union','organization','European Union',NULL);
INSERT INTO entities VALUES('GBR','state','United Kingdom',NULL);
INSERT INTO entities VALUES('Houthis','organization','Houthis',NULL);
INSERT INTO entities VALUES('BLR','state','Belarus',NULL);
INSERT INTO entities VALUES('Marek Halvorsen','person','Marek Halvorsen',NULL);
INSERT INTO entities VALUES('Rapid Support Forces','organization','Rapid Support Forces',NULL);
INSERT INTO entities VALUES('Northgate Logistics','organization','Northgate Logistics',NULL);
INSERT INTO entities VALUES('UN Security Council','organization','UN Security Council',NULL);
INSERT INTO entities VALUES('SDN','state','Sudan',NULL);
CREATE TABLE aliases (
  alias TEXT NOT NULL COLLATE NOCASE CHECK (alias <> ''),
  entity_id TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (alias, entity_id)
) STRICT, WITHOUT ROWID;
INSERT INTO aliases VALUES('Belarus','BLR');
INSERT INTO aliases VALUES('Minsk','BLR');
INSERT INTO aliases VALUES('Germany','DEU');
INSERT INTO aliases VALUES('European Union','European Union');
INSERT INTO aliases VALUES('Britain','GBR');
INSERT INTO aliases VALUES('Hezbollah','Hezbollah');
INSERT INTO aliases VALUES('Houthi','Houthis');
INSERT INTO aliases VALUES('Houthis','Houthis');
INSERT INTO aliases VALUES('Iran','IRN');
INSERT INTO aliases VALUES('Iran''s Revolutionary Guards','IRN');
INSERT INTO aliases VALUES('Israel','ISR');
INSERT INTO aliases VALUES('northern Israel','ISR');
INSERT INTO aliases VALUES('Iran Aircraft Manufacturing Industries','Iran Aircraft Manufacturing Industries');
INSERT INTO aliases VALUES('Halvorsen','Marek Halvorsen');
INSERT INTO aliases VALUES('Marek Halvorsen','Marek Halvorsen');
INSERT INTO aliases VALUES('Meridian Components Ltd','Meridian Components Ltd');
INSERT INTO aliases VALUES('Northgate Logistics','Northgate Logistics');
INSERT INTO aliases VALUES('North Korea','PRK');
INSERT INTO aliases VALUES('Pyongyang','PRK');
INSERT INTO aliases VALUES('Russia','RUS');
INSERT INTO aliases VALUES('Russian','RUS');
INSERT INTO aliases VALUES('Samara','RUS');
INSERT INTO aliases VALUES('The Kremlin','RUS');
INSERT INTO aliases VALUES('Rapid Support Forces','Rapid Support Forces');
INSERT INTO aliases VALUES('Sudan','SDN');
INSERT INTO aliases VALUES('Kharkiv','UKR');
INSERT INTO aliases VALUES('Odesa','UKR');
INSERT INTO aliases VALUES('U.S. Treasury','UKR');
INSERT INTO aliases VALUES('Ukraine','UKR');
INSERT INTO aliases VALUES('United States','UKR');
INSERT INTO aliases VALUES('USA','UKR');
INSERT INTO aliases VALUES('UN Security Council','UN Security Council');
CREATE TABLE edges (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('supplies', 'seeks-in-exchange', 'sanctions',
                                     'attacks')),
  source_id TEXT NOT NULL REFERENCES entities(id),
  target_id TEXT NOT NULL REFERENCES entities(id),
  n_mentions INTEGER NOT NULL DEFAULT 0,
  n_articles INTEGER NOT NULL DEFAULT 0,
  n_reported INTEGER NOT NULL DEFAULT 0,
  confidence REAL NOT NULL DEFAULT 0,
  first_date TEXT,
  last_date TEXT,
  UNIQUE (type, source_id, target_id)
) STRICT;
INSERT INTO edges VALUES(1,'attacks','ISR','Hezbollah',2,1,2,0.8000000000000000444,NULL,NULL);
INSERT INTO edges VALUES(2,'attacks','Hezbollah','ISR',1,1,1,0.60000000000000008881,NULL,NULL);
INSERT INTO edges VALUES(3,'supplies','IRN','Hezbollah',1,1,1,0.8000000000000000444,NULL,NULL);
INSERT INTO edges VALUES(4,'attacks','RUS','UKR',5,5,5,0.8000000000000000444,'2023-11-02','2024-04-18');
INSERT INTO edges VALUES(5,'supplies','IRN','RUS',1,1,1,0.5,NULL,NULL);
INSERT INTO edges VALUES(6,'attacks','UKR','RUS',1,1,1,0.8000000000000000444,NULL,NULL);
INSERT INTO edges VALUES(7,'supplies','PRK','RUS',2,1,2,0.8000000000000000444,'2024-02-15','2024-02-15');
INSERT INTO edges VALUES(8,'seeks-in-exchange','PRK','RUS',1,1,0,0.69999999999999995559,'2024-02-15','2024-02-15');
INSERT INTO edges VALUES(10,'supplies','DEU','UKR',1,1,0,0.8000000000000000444,'2024-03-12','2024-03-12');
INSERT INTO edges VALUES(13,'supplies','Meridian Components Ltd','Iran Aircraft Manufacturing Industries',1,1,1,0.8000000000000000444,'2024-04-18','2024-04-18');
INSERT INTO edges VALUES(14,'sanctions','European Union','IRN',1,1,1,0.69999999999999995559,'2024-04-18','2024-04-18');
INSERT INTO edges VALUES(15,'sanctions','GBR','IRN',1,1,1,0.69999999999999995559,'2024-04-18','2024-04-18');
INSERT INTO edges VALUES(17,'attacks','GBR','Houthis',1,1,1,0.8000000000000000444,'2024-01-12','2024-01-12');
INSERT INTO edges VALUES(18,'supplies','IRN','Houthis',1,1,1,0.69999999999999995559,'2024-01-12','2024-01-12');
INSERT INTO edges VALUES(19,'supplies','RUS','BLR',3,1,1,0.8000000000000000444,'2023-10-01','2023-11-02');
INSERT INTO edges VALUES(20,'sanctions','European Union','BLR',1,1,1,0.69999999999999995559,'2023-11-02','2023-11-02');
INSERT INTO edges VALUES(21,'supplies','Marek Halvorsen','Rapid Support Forces',1,1,1,0.8000000000000000444,'2024-05-21','2024-05-21');
INSERT INTO edges VALUES(24,'sanctions','UN Security Council','SDN',1,1,1,0.69999999999999995559,'2024-05-21','2024-05-21');
INSERT INTO edges VALUES(25,'supplies','UKR','UKR',1,1,1,0.69999999999999995559,'2024-03-12','2024-03-12');
INSERT INTO edges VALUES(26,'sanctions','UKR','IRN',1,1,1,0.8000000000000000444,'2024-04-18','2024-04-18');
INSERT INTO edges VALUES(27,'sanctions','UKR','Meridian Components Ltd',1,1,1,0.8000000000000000444,'2024-04-18','2024-04-18');
INSERT INTO edges VALUES(28,'attacks','UKR','Houthis',1,1,1,0.8000000000000000444,'2024-01-12','2024-01-12');
INSERT INTO edges VALUES(29,'sanctions','UKR','Marek Halvorsen',1,1,1,0.8000000000000000444,'2024-05-21','2024-05-21');
INSERT INTO edges VALUES(30,'sanctions','UKR','Northgate Logistics',1,1,1,0.8000000000000000444,'2024-05-21','2024-05-21');
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
INSERT INTO mentions VALUES(1,1,1,'Israel strikes Hezbollah positions in Lebanon',0,45,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(2,1,1,'Israel struck Hezbollah positions in southern Lebanon on Friday, a day after the group fired rockets at northern Israel, the Israel Defense Forces said.',47,199,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported','Israel Defense Forces',0.8000000000000000444);
INSERT INTO mentions VALUES(3,2,1,'Israel struck Hezbollah positions in southern Lebanon on Friday, a day after the group fired rockets at northern Israel, the Israel Defense Forces said.',47,199,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported','Israel Defense Forces',0.60000000000000008881);
INSERT INTO mentions VALUES(4,3,1,'Iran has supplied Hezbollah with rockets and drones for years, Israeli officials said.',201,287,'rockets; drones','missiles',NULL,NULL,NULL,NULL,NULL,'reported','Israeli',0.8000000000000000444);
INSERT INTO mentions VALUES(5,4,2,'Russia fired more than 60 drones and 90 missiles at Ukraine''s energy facilities on Friday, officials in Kyiv said.',42,156,NULL,NULL,60.0,'drones','more than','more than 60 drones',NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(6,5,2,'The drones were Iranian-designed Shahed models supplied by Iran, according to Ukraine''s military intelligence.',158,268,'drones','drones',NULL,NULL,NULL,NULL,NULL,'reported','Ukraine''s military intelligence',0.5);
INSERT INTO mentions VALUES(7,6,2,'Ukraine struck an oil refinery in Russia''s Samara region on Saturday, a source in the Ukrainian security service said.',270,388,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(8,7,3,'Pyongyang ships shells and missiles to Russia, Seoul says',0,57,'shells; missiles','artillery ammunition',NULL,NULL,NULL,NULL,NULL,'reported','Seoul',0.8000000000000000444);
INSERT INTO mentions VALUES(9,7,3,'SEOUL, Feb. 15 - North Korea has shipped more than 6,000 containers of artillery shells and short-range ballistic missiles to Russia since last summer, South Korea''s National Intelligence Service said on Thursday.',59,272,'artillery shells; short-range ballistic missiles','artillery ammunition',6000.0,'containers','more than','more than 6,000 containers','2024-02-15','reported','South Korea''s National Intelligence Service',0.8000000000000000444);
INSERT INTO mentions VALUES(10,4,3,'The agency told lawmakers that the deliveries continued through January and that Russian forces had fired several of the North Korean missiles at Kharkiv.',274,428,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(11,8,3,'In return, Pyongyang is seeking Russian satellite technology and fighter jets, the NIS said.',430,522,'Russian satellite technology; fighter jets','technology',NULL,NULL,NULL,NULL,NULL,'planned','NIS',0.69999999999999995559);
INSERT INTO mentions VALUES(12,25,4,'WASHINGTON, March 12 - The United States on Tuesday announced a $300 million package of military aid for Ukraine, including interceptors for its Patriot air defense systems and artillery ammunition.',55,253,'interceptors; Patriot air defense systems; artillery ammunition; military aid','missiles',NULL,NULL,NULL,NULL,'2024-03-12','reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(13,4,4,'Russia launched 40 drones and missiles at Odesa and Kyiv overnight, Ukraine''s air force said.',372,465,NULL,NULL,40.0,'drones',NULL,'40 drones',NULL,'reported','Ukraine''s air force',0.8000000000000000444);
INSERT INTO mentions VALUES(14,10,4,'Germany also plans to send two more IRIS-T air defense systems to Ukraine next month, Berlin said.',496,594,'IRIS-T air defense systems','air defense',2.0,'more IRIS-T air',NULL,'two more IRIS-T air',NULL,'planned','Berlin',0.8000000000000000444);
INSERT INTO mentions VALUES(15,26,5,'The U.S. Treasury on Thursday imposed sanctions on Iran''s drone program and on Meridian Components Ltd, a Hong Kong trading company accused of shipping engines and electronics for the drones.',38,229,NULL,NULL,NULL,NULL,NULL,NULL,'2024-04-18','reported','Hong Kong',0.8000000000000000444);
INSERT INTO mentions VALUES(16,27,5,'The U.S. Treasury on Thursday imposed sanctions on Iran''s drone program and on Meridian Components Ltd, a Hong Kong trading company accused of shipping engines and electronics for the drones.',38,229,NULL,NULL,NULL,NULL,NULL,NULL,'2024-04-18','reported','Hong Kong',0.8000000000000000444);
INSERT INTO mentions VALUES(17,13,5,'Officials said Meridian Components Ltd had sold navigation modules to Iran Aircraft Manufacturing Industries, which builds the Shahed drones that Russia uses against Ukraine.',231,405,'navigation modules; Shahed drones','technology',NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(18,4,5,'Officials said Meridian Components Ltd had sold navigation modules to Iran Aircraft Manufacturing Industries, which builds the Shahed drones that Russia uses against Ukraine.',231,405,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(19,14,5,'The European Union and Britain announced similar measures against Iran the same day.',407,491,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(20,15,5,'The European Union and Britain announced similar measures against Iran the same day.',407,491,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(21,28,6,'The United States and Britain struck Houthi targets in Yemen on Friday after the group fired anti-ship missiles at commercial vessels in the Red Sea.',60,209,NULL,NULL,NULL,NULL,NULL,NULL,'2024-01-12','reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(22,17,6,'The United States and Britain struck Houthi targets in Yemen on Friday after the group fired anti-ship missiles at commercial vessels in the Red Sea.',60,209,NULL,NULL,NULL,NULL,NULL,NULL,'2024-01-12','reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(23,18,6,'According to the Pentagon, the Houthis have received drones and missile components from Iran''s Revolutionary Guards for months.',211,338,'drones; missile components','drones',NULL,NULL,NULL,NULL,NULL,'reported','the Pentagon',0.69999999999999995559);
INSERT INTO mentions VALUES(24,19,7,'Belarus to receive Russian jets',0,31,'Russian jets','aircraft',NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(25,19,7,'MINSK, Nov. 2 - Russia will deliver a further batch of Su-30 fighter jets to Belarus before the end of the year, the Belarusian defense ministry said on Thursday.',33,195,'fighter jets','aircraft',NULL,NULL,NULL,NULL,'2023-11-02','planned','Belarusian',0.8000000000000000444);
INSERT INTO mentions VALUES(26,19,7,'The Kremlin agreed in October to supply Minsk with Iskander missile systems as well, officials said.',197,297,'Iskander missile systems','technology',NULL,NULL,NULL,NULL,'2023-10','planned',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(27,20,7,'The European Union has extended its sanctions on Belarus for its support of Russia''s invasion of Ukraine.',299,404,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(28,4,7,'The European Union has extended its sanctions on Belarus for its support of Russia''s invasion of Ukraine.',299,404,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(29,21,8,'Prosecutors said arms dealer Marek Halvorsen sold 2,000 assault rifles to the Rapid Support Forces in Sudan last year.',51,169,'assault rifles','other',0.0,'assault rifles',NULL,'000 assault rifles',NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(30,29,8,'The U.S. Treasury sanctioned Halvorsen and his company, Northgate Logistics, on Tuesday.',171,259,NULL,NULL,NULL,NULL,NULL,NULL,'2024-05-21','reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(31,30,8,'The U.S. Treasury sanctioned Halvorsen and his company, Northgate Logistics, on Tuesday.',171,259,NULL,NULL,NULL,NULL,NULL,NULL,'2024-05-21','reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(32,24,8,'The UN Security Council has kept an arms embargo on Sudan since 2004.',261,330,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
CREATE TABLE sources (
  article_key INTEGER NOT NULL REFERENCES articles(key),
  entity_id TEXT NOT NULL REFERENCES entities(id),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  state TEXT,
  PRIMARY KEY (article_key, entity_id)
) STRICT, WITHOUT ROWID;
INSERT INTO sources VALUES(1,'Hezbollah','organization','Hezbollah',NULL);
INSERT INTO sources VALUES(1,'IRN','state','Iran',NULL);
INSERT INTO sources VALUES(1,'ISR','state','Israel',NULL);
INSERT INTO sources VALUES(2,'IRN','state','Iran',NULL);
INSERT INTO sources VALUES(2,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(2,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(3,'PRK','state','North Korea',NULL);
INSERT INTO sources VALUES(3,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(3,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(4,'DEU','state','Germany',NULL);
INSERT INTO sources VALUES(4,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(4,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(5,'European Union','organization','European Union',NULL);
INSERT INTO sources VALUES(5,'GBR','state','United Kingdom',NULL);
INSERT INTO sources VALUES(5,'IRN','state','Iran',NULL);
INSERT INTO sources VALUES(5,'Iran Aircraft Manufacturing Industries','organization','Iran Aircraft Manufacturing Industries','IRN');
INSERT INTO sources VALUES(5,'Meridian Components Ltd','organization','Meridian Components Ltd',NULL);
INSERT INTO sources VALUES(5,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(5,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(6,'GBR','state','United Kingdom',NULL);
INSERT INTO sources VALUES(6,'Houthis','organization','Houthis',NULL);
INSERT INTO sources VALUES(6,'IRN','state','Iran',NULL);
INSERT INTO sources VALUES(6,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(7,'BLR','state','Belarus',NULL);
INSERT INTO sources VALUES(7,'European Union','organization','European Union',NULL);
INSERT INTO sources VALUES(7,'RUS','state','Russia',NULL);
INSERT INTO sources VALUES(7,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(8,'Marek Halvorsen','person','Marek Halvorsen',NULL);
INSERT INTO sources VALUES(8,'Northgate Logistics','organization','Northgate Logistics',NULL);
INSERT INTO sources VALUES(8,'Rapid Support Forces','organization','Rapid Support Forces',NULL);
INSERT INTO sources VALUES(8,'SDN','state','Sudan',NULL);
INSERT INTO sources VALUES(8,'UKR','state','Ukraine',NULL);
INSERT INTO sources VALUES(8,'UN Security Council','organization','UN Security Council',NULL);
CREATE TABLE alias_sources (
  article_key INTEGER NOT NULL REFERENCES articles(key),
  entity_id TEXT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (article_key, entity_id, alias)
) STRICT, WITHOUT ROWID;
INSERT INTO alias_sources VALUES(7,'BLR','Belarus');
INSERT INTO alias_sources VALUES(7,'BLR','Minsk');
INSERT INTO alias_sources VALUES(4,'DEU','Germany');
INSERT INTO alias_sources VALUES(5,'European Union','European Union');
INSERT INTO alias_sources VALUES(7,'European Union','European Union');
INSERT INTO alias_sources VALUES(5,'GBR','Britain');
INSERT INTO alias_sources VALUES(6,'GBR','Britain');
INSERT INTO alias_sources VALUES(1,'Hezbollah','Hezbollah');
INSERT INTO alias_sources VALUES(6,'Houthis','Houthi');
INSERT INTO alias_sources VALUES(6,'Houthis','Houthis');
INSERT INTO alias_sources VALUES(1,'IRN','Iran');
INSERT INTO alias_sources VALUES(2,'IRN','Iran');
INSERT INTO alias_sources VALUES(5,'IRN','Iran');
INSERT INTO alias_sources VALUES(6,'IRN','Iran''s Revolutionary Guards');
INSERT INTO alias_sources VALUES(1,'ISR','Israel');
INSERT INTO alias_sources VALUES(1,'ISR','northern Israel');
INSERT INTO alias_sources VALUES(5,'Iran Aircraft Manufacturing Industries','Iran Aircraft Manufacturing Industries');
INSERT INTO alias_sources VALUES(8,'Marek Halvorsen','Halvorsen');
INSERT INTO alias_sources VALUES(8,'Marek Halvorsen','Marek Halvorsen');
INSERT INTO alias_sources VALUES(5,'Meridian Components Ltd','Meridian Components Ltd');
INSERT INTO alias_sources VALUES(8,'Northgate Logistics','Northgate Logistics');
INSERT INTO alias_sources VALUES(3,'PRK','North Korea');
INSERT INTO alias_sources VALUES(3,'PRK','Pyongyang');
INSERT INTO alias_sources VALUES(2,'RUS','Russia');
INSERT INTO alias_sources VALUES(3,'RUS','Russia');
INSERT INTO alias_sources VALUES(4,'RUS','Russia');
INSERT INTO alias_sources VALUES(5,'RUS','Russia');
INSERT INTO alias_sources VALUES(7,'RUS','Russia');
INSERT INTO alias_sources VALUES(3,'RUS','Russian');
INSERT INTO alias_sources VALUES(2,'RUS','Samara');
INSERT INTO alias_sources VALUES(7,'RUS','The Kremlin');
INSERT INTO alias_sources VALUES(8,'Rapid Support Forces','Rapid Support Forces');
INSERT INTO alias_sources VALUES(8,'SDN','Sudan');
INSERT INTO alias_sources VALUES(3,'UKR','Kharkiv');
INSERT INTO alias_sources VALUES(4,'UKR','Odesa');
INSERT INTO alias_sources VALUES(5,'UKR','U.S. Treasury');
INSERT INTO alias_sources VALUES(8,'UKR','U.S. Treasury');
INSERT INTO alias_sources VALUES(2,'UKR','Ukraine');
INSERT INTO alias_sources VALUES(4,'UKR','Ukraine');
INSERT INTO alias_sources VALUES(5,'UKR','Ukraine');
INSERT INTO alias_sources VALUES(7,'UKR','Ukraine');
INSERT INTO alias_sources VALUES(4,'UKR','United States');
INSERT INTO alias_sources VALUES(6,'UKR','United States');
INSERT INTO alias_sources VALUES(8,'UN Security Council','UN Security Council');
CREATE TABLE curation (
  seq INTEGER PRIMARY KEY,
  op TEXT NOT NULL CHECK (op IN ('merge', 'alias', 'rename', 'state')),
  entity_id TEXT NOT NULL CHECK (entity_id <> ''),
  value TEXT NOT NULL CHECK (value <> '')
) STRICT;
INSERT INTO curation VALUES(1,'merge','UKR','USA');
INSERT INTO curation VALUES(2,'alias','UKR','U.S. Treasury');
INSERT INTO curation VALUES(3,'alias','UKR','USA');
INSERT INTO curation VALUES(4,'alias','UKR','United States');
CREATE INDEX articles_id ON articles(id);
CREATE INDEX aliases_entity ON aliases(entity_id);
CREATE INDEX edges_source ON edges(source_id);
CREATE INDEX edges_target ON edges(target_id);
CREATE INDEX mentions_edge ON mentions(edge_id, article_key);
CREATE INDEX mentions_article ON mentions(article_key);
CREATE INDEX sources_entity ON sources(entity_id, article_key);
CREATE INDEX sources_state ON sources(entity_id, article_key) WHERE state IS NOT NULL;
CREATE INDEX alias_sources_entity ON alias_sources(entity_id, alias, article_key);
CREATE TRIGGER mentions_stats_insert AFTER INSERT ON mentions BEGIN UPDATE edges SET n_mentions = n_mentions + 1, n_articles = n_articles + NOT EXISTS (SELECT 1 FROM mentions o WHERE o.edge_id = NEW.edge_id AND o.article_key = NEW.article_key AND o.id <> NEW.id), n_reported = n_reported + (NEW.status <> 'planned'), confidence = max(confidence, NEW.confidence), first_date = coalesce(min(first_date, CASE WHEN NEW.date IS NULL THEN (SELECT published FROM articles WHERE key = NEW.article_key) WHEN length(NEW.date) = 7 THEN NEW.date || '-01' ELSE NEW.date END), CASE WHEN NEW.date IS NULL THEN (SELECT published FROM articles WHERE key = NEW.article_key) WHEN length(NEW.date) = 7 THEN NEW.date || '-01' ELSE NEW.date END, first_date), last_date = coalesce(max(last_date, CASE WHEN NEW.date IS NULL THEN (SELECT published FROM articles WHERE key = NEW.article_key) WHEN length(NEW.date) = 7 THEN NEW.date || '-01' ELSE NEW.date END), CASE WHEN NEW.date IS NULL THEN (SELECT published FROM articles WHERE key = NEW.article_key) WHEN length(NEW.date) = 7 THEN NEW.date || '-01' ELSE NEW.date END, last_date) WHERE id = NEW.edge_id; END;
CREATE TRIGGER mentions_stats_delete AFTER DELETE ON mentions BEGIN UPDATE edges SET n_mentions = n_mentions - 1, n_articles = n_articles - NOT EXISTS (SELECT 1 FROM mentions o WHERE o.edge_id = OLD.edge_id AND o.article_key = OLD.article_key AND o.id <> OLD.id), n_reported = n_reported - (OLD.status <> 'planned'), confidence = CASE WHEN OLD.confidence < confidence THEN confidence ELSE (SELECT coalesce(max(o.confidence), 0) FROM mentions o WHERE o.edge_id = OLD.edge_id AND o.id <> OLD.id) END, first_date = CASE WHEN coalesce(CASE WHEN OLD.date IS NULL THEN (SELECT published FROM articles WHERE key = OLD.article_key) WHEN length(OLD.date) = 7 THEN OLD.date || '-01' ELSE OLD.date END > first_date, 1) THEN first_date ELSE (SELECT min(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) FROM mentions o WHERE o.edge_id = OLD.edge_id AND o.id <> OLD.id) END, last_date = CASE WHEN coalesce(CASE WHEN OLD.date IS NULL THEN (SELECT published FROM articles WHERE key = OLD.article_key) WHEN length(OLD.date) = 7 THEN OLD.date || '-01' ELSE OLD.date END < last_date, 1) THEN last_date ELSE (SELECT max(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) FROM mentions o WHERE o.edge_id = OLD.edge_id AND o.id <> OLD.id) END WHERE id = OLD.edge_id; END;
CREATE TRIGGER mentions_stats_update AFTER UPDATE OF edge_id, article_key, date, confidence, status ON mentions BEGIN UPDATE edges SET n_mentions = n_mentions - 1, n_articles = n_articles - NOT EXISTS (SELECT 1 FROM mentions o WHERE o.edge_id = OLD.edge_id AND o.article_key = OLD.article_key AND o.id <> OLD.id), n_reported = n_reported - (OLD.status <> 'planned'), confidence = CASE WHEN OLD.confidence < confidence THEN confidence ELSE (SELECT coalesce(max(o.confidence), 0) FROM mentions o WHERE o.edge_id = OLD.edge_id AND o.id <> OLD.id) END, first_date = CASE WHEN coalesce(CASE WHEN OLD.date IS NULL THEN (SELECT published FROM articles WHERE key = OLD.article_key) WHEN length(OLD.date) = 7 THEN OLD.date || '-01' ELSE OLD.date END > first_date, 1) THEN first_date ELSE (SELECT min(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) FROM mentions o WHERE o.edge_id = OLD.edge_id AND o.id <> OLD.id) END, last_date = CASE WHEN coalesce(CASE WHEN OLD.date IS NULL THEN (SELECT published FROM articles WHERE key = OLD.article_key) WHEN length(OLD.date) = 7 THEN OLD.date || '-01' ELSE OLD.date END < last_date, 1) THEN last_date ELSE (SELECT max(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) FROM mentions o WHERE o.edge_id = OLD.edge_id AND o.id <> OLD.id) END WHERE id = OLD.edge_id; UPDATE edges SET n_mentions = n_mentions + 1, n_articles = n_articles + NOT EXISTS (SELECT 1 FROM mentions o WHERE o.edge_id = NEW.edge_id AND o.article_key = NEW.article_key AND o.id <> NEW.id), n_reported = n_reported + (NEW.status <> 'planned'), confidence = max(confidence, NEW.confidence), first_date = coalesce(min(first_date, CASE WHEN NEW.date IS NULL THEN (SELECT published FROM articles WHERE key = NEW.article_key) WHEN length(NEW.date) = 7 THEN NEW.date || '-01' ELSE NEW.date END), CASE WHEN NEW.date IS NULL THEN (SELECT published FROM articles WHERE key = NEW.article_key) WHEN length(NEW.date) = 7 THEN NEW.date || '-01' ELSE NEW.date END, first_date), last_date = coalesce(max(last_date, CASE WHEN NEW.date IS NULL THEN (SELECT published FROM articles WHERE key = NEW.article_key) WHEN length(NEW.date) = 7 THEN NEW.date || '-01' ELSE NEW.date END), CASE WHEN NEW.date IS NULL THEN (SELECT published FROM articles WHERE key = NEW.article_key) WHEN length(NEW.date) = 7 THEN NEW.date || '-01' ELSE NEW.date END, last_date) WHERE id = NEW.edge_id; END;
CREATE TRIGGER edges_stats_insert AFTER INSERT ON edges WHEN EXISTS (SELECT 1 FROM mentions WHERE edge_id = NEW.id) BEGIN UPDATE edges SET n_mentions = x.n, n_articles = x.a, n_reported = x.r, confidence = x.c, first_date = x.f, last_date = x.l FROM (SELECT o.edge_id AS id, count(*) AS n, count(DISTINCT o.article_key) AS a, sum(o.status <> 'planned') AS r, max(o.confidence) AS c, min(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) AS f, max(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) AS l FROM mentions o WHERE o.edge_id = NEW.id GROUP BY o.edge_id) AS x WHERE edges.id = x.id; END;
CREATE TRIGGER edges_stats_renumber AFTER UPDATE OF id ON edges WHEN OLD.id <> NEW.id BEGIN UPDATE edges SET n_mentions = 0, n_articles = 0, n_reported = 0, confidence = 0, first_date = NULL, last_date = NULL WHERE id = NEW.id; UPDATE edges SET n_mentions = x.n, n_articles = x.a, n_reported = x.r, confidence = x.c, first_date = x.f, last_date = x.l FROM (SELECT o.edge_id AS id, count(*) AS n, count(DISTINCT o.article_key) AS a, sum(o.status <> 'planned') AS r, max(o.confidence) AS c, min(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) AS f, max(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) AS l FROM mentions o WHERE o.edge_id = NEW.id GROUP BY o.edge_id) AS x WHERE edges.id = x.id; END;
CREATE TRIGGER articles_stats AFTER UPDATE OF key, published ON articles WHEN OLD.key <> NEW.key OR OLD.published IS NOT NEW.published BEGIN UPDATE edges SET n_mentions = x.n, n_articles = x.a, n_reported = x.r, confidence = x.c, first_date = x.f, last_date = x.l FROM (SELECT o.edge_id AS id, count(*) AS n, count(DISTINCT o.article_key) AS a, sum(o.status <> 'planned') AS r, max(o.confidence) AS c, min(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) AS f, max(CASE WHEN o.date IS NULL THEN (SELECT published FROM articles WHERE key = o.article_key) WHEN length(o.date) = 7 THEN o.date || '-01' ELSE o.date END) AS l FROM mentions o WHERE o.edge_id IN (SELECT edge_id FROM mentions WHERE article_key = NEW.key) GROUP BY o.edge_id) AS x WHERE edges.id = x.id; END;
COMMIT;
