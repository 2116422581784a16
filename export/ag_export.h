/*
 * ag_export.h -- writes an in-memory graph (ag_graph, see ag_graph.h) as
 * GraphViz DOT for diagrams, GEXF 1.3 for Gephi and JSON for web tools, and
 * cuts an ego network out of a graph.
 *
 * Every writer appends to a caller's ag_buf and never prints; the output is
 * a function of the graph alone (same graph, same bytes). export/ reads the
 * graph through graph/ and never opens the store itself.
 */
#ifndef AG_EXPORT_H
#define AG_EXPORT_H

#include "ag_common.h"
#include "ag_graph.h"

/* ---- evidence (export/evidence.c) ---------------------------------------- */

/* The mentions behind one edge of a graph, as ag_store_mentions lists them
 * (strongest first). An export that takes an ag_edge_evidence array reads
 * ev[i] for g->edges[i]; ev may be NULL (no provenance written). */
typedef struct ag_edge_evidence {
    ag_mention_row *rows;
    size_t n;
} ag_edge_evidence;

/* The distinct article urls of one edge's evidence, sorted, space-separated
 * (urls carry no spaces; a space or control character in a stored url is
 * written as %20 or dropped), appended to out; nothing when there are none. */
int ag_export_evidence_urls(const ag_edge_evidence *ev, ag_buf *out);

/* ---- ego network (export/ego.c) ------------------------------------------ */

/* Fills out (initialised by the caller, emptied first) with the vertices of g
 * within depth hops of the vertex whose id is center (edges taken in both
 * directions) and every edge of g between two of them. Strings are copied:
 * out is independent of g. Fails with AG_ERR_NOTFOUND when center has no
 * edge in g, AG_ERR_USAGE when depth is negative. */
int ag_export_ego(const ag_graph *g, const char *center, int depth, ag_graph *out, ag_err *err);

/* ---- text helpers (export/text.c) ---------------------------------------- */

/* Appends s as a DOT double-quoted string ("..." included) that Graphviz
 * shows exactly as written: quotes and backslashes escaped, '&' written as
 * "&amp;" (Graphviz expands entities in labels), a newline as the centred
 * line break "\n", other control characters and invalid UTF-8 dropped. */
int ag_export_dot_quote(ag_buf *out, const char *s);

/* Appends s escaped for XML 1.0 text and attribute values: & < > " ' as
 * entities, tab, newline and carriage return as character references,
 * other characters that XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) and
 * invalid UTF-8 dropped. */
int ag_export_xml_escape(ag_buf *out, const char *s);

/* Appends s cut to at most max characters (code points, max >= 2): a longer
 * text keeps its first max - 1 characters, without trailing spaces or
 * separators, and ends with "\u2026" (an ellipsis). */
int ag_export_shorten(ag_buf *out, const char *s, size_t max);

/* ---- GraphViz DOT (export/dot.c) ----------------------------------------- */

/* Appends a digraph for Graphviz's dot: left to right, one colour, line
 * style and arrowhead per edge type with a legend, node shape by kind, pen
 * width by number of articles, short labels (items, dates), tooltips with
 * the evidence. Above the drawing, a caption "TITLE: N actors, M relations,
 * FIRST to LAST" (title NULL: "Arms transfers, sanctions and attacks"). */
int ag_export_dot(const ag_graph *g, const char *title, ag_buf *out, ag_err *err);

/* ---- GEXF 1.3 (export/gexf.c) -------------------------------------------- */

enum ag_gexf_flags {
    AG_GEXF_STATIC = 1 /* no time: mode="static", no spells */
};

/* Appends a GEXF 1.3 document (namespace http://gexf.net/1.3, viz colours,
 * declared node and edge attributes, edge weight = articles). Unless
 * AG_GEXF_STATIC, the graph is dynamic with timeformat="date": every edge
 * has a spell from its first to its last mention date, every node one from
 * the first to the last date of its edges. Parallel edges of different
 * types keep their own id and have kind = type. */
int ag_export_gexf(const ag_graph *g, int flags, ag_buf *out, ag_err *err);
/* The same, with provenance: ev (NULL: none) adds the edge attributes
 * sources (integer: distinct articles) and urls (their urls, sorted,
 * space-separated). */
int ag_export_gexf_ev(const ag_graph *g, int flags, const ag_edge_evidence *ev, ag_buf *out,
                      ag_err *err);

/* ---- JSON (export/json.c) ------------------------------------------------ */

/* Appends {"directed": true, "nodes": [...], "edges": [...]} with every
 * attribute of the vertices and edges (absent values are null), pretty
 * printed, ending with a newline. */
int ag_export_json(const ag_graph *g, ag_buf *out, ag_err *err);
/* The same, with provenance: ev (NULL: none) adds to every edge "sources"
 * (distinct articles), "urls" (sorted) and "evidence", the array of its
 * mentions in the form and order of `armsgraph show A B --format json`. */
int ag_export_json_ev(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out, ag_err *err);
/* One mention as show --format json writes it (NULL on out of memory). */
struct cJSON *ag_export_mention_json(const ag_mention_row *m);

/* ---- GraphML (export/graphml.c) ------------------------------------------ */

/* Appends a GraphML document: node ids are the entity ids; node keys name,
 * kind, state, aliases; edge keys id, type, items, categories, quantity,
 * mentions (int), articles (int), first, last, confidence (double), status
 * and with ev (may be NULL) sources (int) and urls. Absent values are left
 * out. Two ids that XML cannot tell apart fail with AG_ERR_USAGE. */
int ag_export_graphml(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out, ag_err *err);

/* ---- CSV (export/csv.c) -------------------------------------------------- */

/* Appends s as one RFC 4180 field: quoted (quotes doubled) when it holds a
 * comma, quote, CR or LF or starts or ends with a space; NULL is empty. */
int ag_export_csv_field(ag_buf *out, const char *s);
/* The line end of every CSV file written here: CRLF, as RFC 4180 says. */
#define AG_CSV_EOL "\r\n"
/* Tables of `export csv DIR` (header row first, UTF-8, CRLF):
 *   nodes.csv     id,name,kind,state,aliases,edges
 *   edges.csv     id,source,target,type,items,categories,quantity,mentions,
 *                 articles,first,last,confidence,status,urls
 *   mentions.csv  edge,source,target,type,mention,article,title,url,
 *                 article_source,date,sentence,start,end,items,category,
 *                 quantity,status,attribution,confidence
 * (mentions.csv needs ev; absent values are empty fields). */
int ag_export_csv_nodes(const ag_graph *g, ag_buf *out, ag_err *err);
int ag_export_csv_edges(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out, ag_err *err);
int ag_export_csv_mentions(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out, ag_err *err);

/* ---- Neo4j bulk import (export/neo4j.c) ---------------------------------- */

/* CSV files for `neo4j-admin database import full` (RFC 4180, every text
 * field quoted, newlines folded to spaces, array delimiter ';'):
 *   nodes:          id:ID(Entity),name,kind,state,aliases:string[],:LABEL
 *                   (labels "Entity;State", "Entity;Person", "Entity;Organization")
 *   relationships:  :START_ID(Entity),:END_ID(Entity),:TYPE,articles:int,
 *                   mentions:int,first:date,last:date,items,status,confidence:float,
 *                   edge:long  (:TYPE SUPPLIES, SEEKS_IN_EXCHANGE, SANCTIONS, ATTACKS;
 *                   edge is the edge's id, which mentions.csv refers to)
 *   articles:       id:ID(Article),title,url,source,:LABEL (label Article)
 *   mentions:       :START_ID(Article),:END_ID(Entity),:TYPE,edge:long,relation,
 *                   target,date:date,sentence,start:long,end:long,attribution,
 *                   status,confidence:float  (:TYPE MENTIONS: from the article
 *                   to the source actor of the edge; relation is its type,
 *                   target its target actor's id)
 * and the import command as a shell script. articles and mentions need the
 * evidence ev (NULL: headers only). Text fields are quoted with quotes
 * doubled and kept whole, newlines too (the script passes
 * --multiline-fields=true); aliases are joined by the array delimiter. */
int ag_export_neo4j_nodes(const ag_graph *g, ag_buf *out, ag_err *err);
int ag_export_neo4j_relationships(const ag_graph *g, ag_buf *out, ag_err *err);
int ag_export_neo4j_articles(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out,
                             ag_err *err);
int ag_export_neo4j_mentions(const ag_graph *g, const ag_edge_evidence *ev, ag_buf *out,
                             ag_err *err);
void ag_export_neo4j_script(const ag_graph *g, ag_buf *out);
/* The array delimiter of g's aliases: ';' unless an alias holds one, else
 * '|', else the first control character no alias holds (the script names
 * it U+00XX). */
char ag_export_neo4j_delimiter(const ag_graph *g);

#endif
