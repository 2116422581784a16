/*
 * evidence.c -- helpers over the mentions behind an edge (ag_edge_evidence)
 * that several exports share: the distinct source urls of an edge.
 */
#include "ag_export.h"

#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int ag_export_evidence_urls(const ag_edge_evidence *ev, ag_buf *out)
{
    const char **urls;
    size_t i, n = 0, written = 0;
    int rc = AG_OK;

    if (ev == NULL || ev->n == 0)
        return AG_OK;
    urls = malloc(ev->n * sizeof *urls);
    if (urls == NULL)
        return AG_ERR_NOMEM;
    for (i = 0; i < ev->n; i++)
        if (ev->rows[i].article_url != NULL && ev->rows[i].article_url[0] != '\0')
            urls[n++] = ev->rows[i].article_url;
    qsort(urls, n, sizeof *urls, cmp_str);
    for (i = 0; i < n && rc == AG_OK; i++) {
        if (i > 0 && strcmp(urls[i - 1], urls[i]) == 0)
            continue;
        if (written++ > 0)
            rc = ag_buf_putc(out, ' ');
        for (const unsigned char *p = (const unsigned char *)urls[i]; *p && rc == AG_OK; p++) {
            if (*p == ' ')
                rc = ag_buf_puts(out, "%20");
            else if (*p >= 0x20 && *p != 0x7f)
                rc = ag_buf_putc(out, (char)*p);
        }
    }
    free(urls);
    return rc;
}
