-- v2.sql: a store of schema version 2, made by armsgraph before schema 3 (commit 1519032)
-- with 'ARMSGRAPH_NOW=2026-01-01T00:00:00Z armsgraph ingest examples/articles/', dumped by
-- 'sqlite3 STORE .dump', which leaves out the two pragmas below (tests/sh/store-revise.sh).
PRAGMA user_version = 2;
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
  text TEXT
) STRICT;
INSERT INTO articles VALUES(1,'ex-007','Israel strikes Hezbollah positions in Lebanon',NULL,NULL,NULL,'484b05870c86ded0d437b4393bf8e47060cd37ac90c9573b9267165454648ed0','2026-01-01T00:00:00Z',replace('Israel strikes Hezbollah positions in Lebanon\n\nIsrael struck Hezbollah positions in southern Lebanon on Friday, a day after the group fired rockets at northern Israel, the Israel Defense Forces said.\n\nIran has supplied Hezbollah with rockets and drones for years, Israeli officials said.\n\nThe United States is considering new sanctions on the group''s financiers, a State Department official said.\n','\n',char(10)));
INSERT INTO articles VALUES(2,'ex-008','Russian strikes hit Ukrainian power grid',NULL,NULL,NULL,'b1ca17c9600a5f567953f914ca4e24c397961cfa52207a66e1b55854e528c079','2026-01-01T00:00:00Z',replace('Russian strikes hit Ukrainian power grid\n\nRussia fired more than 60 drones and 90 missiles at Ukraine''s energy facilities on Friday, officials in Kyiv said.\n\nThe drones were Iranian-designed Shahed models supplied by Iran, according to Ukraine''s military intelligence.\n\nUkraine struck an oil refinery in Russia''s Samara region on Saturday, a source in the Ukrainian security service said.\n','\n',char(10)));
INSERT INTO articles VALUES(3,'ex-001','Pyongyang ships shells and missiles to Russia, Seoul says','https://example.org/news/ex-001','Example Wire','2024-02-15','edee7b30e840eb7704f96831644de1e309971b596bf2ff2cc8a8b376ce60bb2e','2026-01-01T00:00:00Z',replace('Pyongyang ships shells and missiles to Russia, Seoul says\n\nSEOUL, Feb. 15 - North Korea has shipped more than 6,000 containers of artillery shells and short-range ballistic missiles to Russia since last summer, South Korea''s National Intelligence Service said on Thursday.\n\nThe agency told lawmakers that the deliveries continued through January and that Russian forces had fired several of the North Korean missiles at Kharkiv.\n\nIn return, Pyongyang is seeking Russian satellite technology and fighter jets, the NIS said.\n\nOfficials in Moscow have denied buying any weapons from North Korea.','\n',char(10)));
INSERT INTO articles VALUES(4,'ex-002','Washington announces new air defense package for Kyiv','https://example.org/news/ex-002','Example Wire','2024-03-12','378ef13a80c9b231267d6d883764c66c5e19ae1ab69b08d725b16735bd28b429','2026-01-01T00:00:00Z',replace('Washington announces new air defense package for Kyiv\n\nWASHINGTON, March 12 - The United States on Tuesday announced a $300 million package of military aid for Ukraine, including interceptors for its Patriot air defense systems and artillery ammunition.\n\nDefense Secretary Lloyd Austin said the package would help Ukraine protect its cities from Russian missile strikes.\n\nRussia launched 40 drones and missiles at Odesa and Kyiv overnight, Ukraine''s air force said. Most of them were shot down.\n\nGermany also plans to send two more IRIS-T air defense systems to Ukraine next month, Berlin said.','\n',char(10)));
INSERT INTO articles VALUES(5,'ex-003','Treasury targets drone parts network','https://example.org/news/ex-003','Example Wire','2024-04-18','fb7b02a360d11ccca9aaed96c54bbf5e0f218f5c0b82383ed927b4d872d0a3d5','2026-01-01T00:00:00Z',replace('Treasury targets drone parts network\n\nThe U.S. Treasury on Thursday imposed sanctions on Iran''s drone program and on Meridian Components Ltd, a Hong Kong trading company accused of shipping engines and electronics for the drones.\n\nOfficials said Meridian Components Ltd had sold navigation modules to Iran Aircraft Manufacturing Industries, which builds the Shahed drones that Russia uses against Ukraine.\n\nThe European Union and Britain announced similar measures against Iran the same day.\n\nIran''s foreign ministry said it had never supplied drones to either side in the war.','\n',char(10)));
INSERT INTO articles VALUES(6,'ex-004','Houthis fire missiles at ships; US and Britain strike back','https://example.org/news/ex-004','Example Wire','2024-01-12','5a422224fbd70c85f797342fcfab030302b2cf333c91c981447505bbb9c5a086','2026-01-01T00:00:00Z',replace('Houthis fire missiles at ships; US and Britain strike back\n\nThe United States and Britain struck Houthi targets in Yemen on Friday after the group fired anti-ship missiles at commercial vessels in the Red Sea.\n\nAccording to the Pentagon, the Houthis have received drones and missile components from Iran''s Revolutionary Guards for months.\n\nIran did not attack any ship, its foreign ministry said.','\n',char(10)));
INSERT INTO articles VALUES(7,'ex-005','Belarus to receive Russian jets','https://example.org/news/ex-005','Example Wire','2023-11-02','b05a5c96d90aa0d25b3c9dffba9a9af528336196f991deb4bb319575345af73f','2026-01-01T00:00:00Z',replace('Belarus to receive Russian jets\n\nMINSK, Nov. 2 - Russia will deliver a further batch of Su-30 fighter jets to Belarus before the end of the year, the Belarusian defense ministry said on Thursday.\n\nThe Kremlin agreed in October to supply Minsk with Iskander missile systems as well, officials said.\n\nThe European Union has extended its sanctions on Belarus for its support of Russia''s invasion of Ukraine.','\n',char(10)));
INSERT INTO articles VALUES(8,'ex-006','Arms dealer charged over rifles for Sudan militia','https://example.org/news/ex-006','Example Wire','2024-05-21','4c4bd54b9c06c4514ca328d3d781fd14a3579111acb1475ff6bc0cf831373332','2026-01-01T00:00:00Z',replace('Arms dealer charged over rifles for Sudan militia\n\nProsecutors said arms dealer Marek Halvorsen sold 2,000 assault rifles to the Rapid Support Forces in Sudan last year.\n\nThe U.S. Treasury sanctioned Halvorsen and his company, Northgate Logistics, on Tuesday.\n\nThe UN Security Council has kept an arms embargo on Sudan since 2004.','\n',char(10)));
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
INSERT INTO entities VALUES('USA','state','United States',NULL);
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
INSERT INTO aliases VALUES('Ukraine','UKR');
INSERT INTO aliases VALUES('UN Security Council','UN Security Council');
INSERT INTO aliases VALUES('U.S. Treasury','USA');
INSERT INTO aliases VALUES('United States','USA');
CREATE TABLE edges (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('supplies', 'seeks-in-exchange', 'sanctions',
                                     'attacks')),
  source_id TEXT NOT NULL REFERENCES entities(id),
  target_id TEXT NOT NULL REFERENCES entities(id),
  UNIQUE (type, source_id, target_id)
) STRICT;
INSERT INTO edges VALUES(1,'attacks','ISR','Hezbollah');
INSERT INTO edges VALUES(2,'attacks','Hezbollah','ISR');
INSERT INTO edges VALUES(3,'supplies','IRN','Hezbollah');
INSERT INTO edges VALUES(4,'attacks','RUS','UKR');
INSERT INTO edges VALUES(5,'supplies','IRN','RUS');
INSERT INTO edges VALUES(6,'attacks','UKR','RUS');
INSERT INTO edges VALUES(7,'supplies','PRK','RUS');
INSERT INTO edges VALUES(8,'seeks-in-exchange','PRK','RUS');
INSERT INTO edges VALUES(9,'supplies','USA','UKR');
INSERT INTO edges VALUES(10,'supplies','DEU','UKR');
INSERT INTO edges VALUES(11,'sanctions','USA','IRN');
INSERT INTO edges VALUES(12,'sanctions','USA','Meridian Components Ltd');
INSERT INTO edges VALUES(13,'supplies','Meridian Components Ltd','Iran Aircraft Manufacturing Industries');
INSERT INTO edges VALUES(14,'sanctions','European Union','IRN');
INSERT INTO edges VALUES(15,'sanctions','GBR','IRN');
INSERT INTO edges VALUES(16,'attacks','USA','Houthis');
INSERT INTO edges VALUES(17,'attacks','GBR','Houthis');
INSERT INTO edges VALUES(18,'supplies','IRN','Houthis');
INSERT INTO edges VALUES(19,'supplies','RUS','BLR');
INSERT INTO edges VALUES(20,'sanctions','European Union','BLR');
INSERT INTO edges VALUES(21,'supplies','Marek Halvorsen','Rapid Support Forces');
INSERT INTO edges VALUES(22,'sanctions','USA','Marek Halvorsen');
INSERT INTO edges VALUES(23,'sanctions','USA','Northgate Logistics');
INSERT INTO edges VALUES(24,'sanctions','UN Security Council','SDN');
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
INSERT INTO mentions VALUES(12,9,4,'WASHINGTON, March 12 - The United States on Tuesday announced a $300 million package of military aid for Ukraine, including interceptors for its Patriot air defense systems and artillery ammunition.',55,253,'interceptors; Patriot air defense systems; artillery ammunition; military aid','missiles',NULL,NULL,NULL,NULL,'2024-03-12','reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(13,4,4,'Russia launched 40 drones and missiles at Odesa and Kyiv overnight, Ukraine''s air force said.',372,465,NULL,NULL,40.0,'drones',NULL,'40 drones',NULL,'reported','Ukraine''s air force',0.8000000000000000444);
INSERT INTO mentions VALUES(14,10,4,'Germany also plans to send two more IRIS-T air defense systems to Ukraine next month, Berlin said.',496,594,'IRIS-T air defense systems','air defense',2.0,'more IRIS-T air',NULL,'two more IRIS-T air',NULL,'planned','Berlin',0.8000000000000000444);
INSERT INTO mentions VALUES(15,11,5,'The U.S. Treasury on Thursday imposed sanctions on Iran''s drone program and on Meridian Components Ltd, a Hong Kong trading company accused of shipping engines and electronics for the drones.',38,229,NULL,NULL,NULL,NULL,NULL,NULL,'2024-04-18','reported','Hong Kong',0.8000000000000000444);
INSERT INTO mentions VALUES(16,12,5,'The U.S. Treasury on Thursday imposed sanctions on Iran''s drone program and on Meridian Components Ltd, a Hong Kong trading company accused of shipping engines and electronics for the drones.',38,229,NULL,NULL,NULL,NULL,NULL,NULL,'2024-04-18','reported','Hong Kong',0.8000000000000000444);
INSERT INTO mentions VALUES(17,13,5,'Officials said Meridian Components Ltd had sold navigation modules to Iran Aircraft Manufacturing Industries, which builds the Shahed drones that Russia uses against Ukraine.',231,405,'navigation modules; Shahed drones','technology',NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(18,4,5,'Officials said Meridian Components Ltd had sold navigation modules to Iran Aircraft Manufacturing Industries, which builds the Shahed drones that Russia uses against Ukraine.',231,405,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(19,14,5,'The European Union and Britain announced similar measures against Iran the same day.',407,491,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(20,15,5,'The European Union and Britain announced similar measures against Iran the same day.',407,491,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(21,16,6,'The United States and Britain struck Houthi targets in Yemen on Friday after the group fired anti-ship missiles at commercial vessels in the Red Sea.',60,209,NULL,NULL,NULL,NULL,NULL,NULL,'2024-01-12','reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(22,17,6,'The United States and Britain struck Houthi targets in Yemen on Friday after the group fired anti-ship missiles at commercial vessels in the Red Sea.',60,209,NULL,NULL,NULL,NULL,NULL,NULL,'2024-01-12','reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(23,18,6,'According to the Pentagon, the Houthis have received drones and missile components from Iran''s Revolutionary Guards for months.',211,338,'drones; missile components','drones',NULL,NULL,NULL,NULL,NULL,'reported','the Pentagon',0.69999999999999995559);
INSERT INTO mentions VALUES(24,19,7,'Belarus to receive Russian jets',0,31,'Russian jets','aircraft',NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(25,19,7,'MINSK, Nov. 2 - Russia will deliver a further batch of Su-30 fighter jets to Belarus before the end of the year, the Belarusian defense ministry said on Thursday.',33,195,'fighter jets','aircraft',NULL,NULL,NULL,NULL,'2023-11-02','planned','Belarusian',0.8000000000000000444);
INSERT INTO mentions VALUES(26,19,7,'The Kremlin agreed in October to supply Minsk with Iskander missile systems as well, officials said.',197,297,'Iskander missile systems','technology',NULL,NULL,NULL,NULL,'2023-10','planned',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(27,20,7,'The European Union has extended its sanctions on Belarus for its support of Russia''s invasion of Ukraine.',299,404,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(28,4,7,'The European Union has extended its sanctions on Belarus for its support of Russia''s invasion of Ukraine.',299,404,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
INSERT INTO mentions VALUES(29,21,8,'Prosecutors said arms dealer Marek Halvorsen sold 2,000 assault rifles to the Rapid Support Forces in Sudan last year.',51,169,'assault rifles','other',0.0,'assault rifles',NULL,'000 assault rifles',NULL,'reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(30,22,8,'The U.S. Treasury sanctioned Halvorsen and his company, Northgate Logistics, on Tuesday.',171,259,NULL,NULL,NULL,NULL,NULL,NULL,'2024-05-21','reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(31,23,8,'The U.S. Treasury sanctioned Halvorsen and his company, Northgate Logistics, on Tuesday.',171,259,NULL,NULL,NULL,NULL,NULL,NULL,'2024-05-21','reported',NULL,0.8000000000000000444);
INSERT INTO mentions VALUES(32,24,8,'The UN Security Council has kept an arms embargo on Sudan since 2004.',261,330,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'reported',NULL,0.69999999999999995559);
CREATE INDEX articles_id ON articles(id);
CREATE INDEX aliases_entity ON aliases(entity_id);
CREATE INDEX edges_source ON edges(source_id);
CREATE INDEX edges_target ON edges(target_id);
CREATE INDEX mentions_edge ON mentions(edge_id);
CREATE INDEX mentions_article ON mentions(article_key);
COMMIT;
