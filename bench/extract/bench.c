/*
 * bench.c -- extraction benchmark: streams a JSON Lines corpus (one article
 * per line), runs ag_extract on each article with the default dictionaries,
 * and reports MB/s of article text, articles/s, edges found and peak RSS.
 * Only the extraction is timed (reading and parsing the JSON are not), in
 * CPU time of the process, so other load on the machine does not count.
 *   bench CORPUS.jsonl [MAX_ARTICLES]
 */
#define _POSIX_C_SOURCE 200809L
#include "ag_ingest.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    ag_dict *d = NULL;
    ag_jsonl_reader *r = NULL;
    ag_err err;
    const char *line;
    size_t len;
    long lineno, max = argc > 2 ? atol(argv[2]) : -1;
    double t_extract = 0, bytes = 0;
    long articles = 0, edges = 0, bad = 0;
    int rc;

    if (argc < 2) {
        fprintf(stderr, "usage: bench CORPUS.jsonl [MAX_ARTICLES]\n");
        return 2;
    }
    if (ag_dict_new(&d, &err) != AG_OK || ag_dict_load_default(d, &err) != AG_OK ||
        ag_jsonl_reader_open(&r, argv[1], &err) != AG_OK) {
        fprintf(stderr, "bench: %s\n", err.msg);
        return 1;
    }
    while ((rc = ag_jsonl_reader_next(r, &line, &len, &lineno, &err)) == 1) {
        ag_article a;
        ag_extraction x;
        if (max >= 0 && articles >= max)
            break;
        ag_article_init(&a);
        ag_extraction_init(&x);
        if (ag_article_from_json(&a, line, len, &err) != AG_OK) {
            bad++;
        } else {
            double t0 = now();
            if (ag_extract(d, &a, &x, &err) != AG_OK)
                bad++;
            t_extract += now() - t0;
            bytes += (double)a.len;
            articles++;
            edges += (long)x.n_mentions;
        }
        ag_article_destroy(&a);
        ag_extraction_destroy(&x);
    }
    if (rc < 0) {
        fprintf(stderr, "bench: %s\n", err.msg);
        return 1;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("articles            %ld (%ld failed)\n", articles, bad);
    printf("article text        %.1f MB\n", bytes / 1e6);
    printf("edges (mentions)    %ld\n", edges);
    printf("extraction time     %.2f s\n", t_extract);
    printf("throughput          %.1f MB/s, %.0f articles/s\n", bytes / 1e6 / t_extract,
           (double)articles / t_extract);
    printf("peak RSS            %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    ag_jsonl_reader_close(r);
    ag_dict_free(d);
    return 0;
}
