/*
 * export_int.h -- what the writers of export/ share and do not offer to
 * the library's users (export/text.c): an XML attribute, the "; "-joined
 * aliases of a vertex, and the check that a graph's ids stay distinct
 * once quoted for a format.
 */
#ifndef AG_EXPORT_INT_H
#define AG_EXPORT_INT_H

#include "ag_export.h"

/* Appends ` name="value"`, the value escaped for XML (ag_export_xml_escape). */
int ag_export_xml_attr(ag_buf *out, const char *name, const char *value);

/* Appends the aliases of v joined by "; " (nothing when it has none). */
int ag_export_aliases_join(ag_buf *out, const ag_vertex *v);

/* Sets *clash to 1 when two ids of g are the same text once written by
 * quote (which drops what its format cannot carry), or when one starts
 * with reserved (NULL: none), else to 0: such ids cannot name the nodes. */
int ag_export_ids_clash(const ag_graph *g, int (*quote)(ag_buf *, const char *),
                        const char *reserved, int *clash);

#endif
