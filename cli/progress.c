/*
 * progress.c -- the progress bar of long ingests (articles, MB, rate, ETA) on
 * stderr when it is a terminal. Quiet when piped: scripts and logs see no \r
 * lines. (The program prints no colours.)
 */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cli_progress_wanted(int quiet)
{
    const char *term = getenv("TERM");

    if (quiet || (term != NULL && strcmp(term, "dumb") == 0))
        return 0;
    return isatty(STDERR_FILENO);
}

void cli_progress_init(cli_progress *p, int enabled, unsigned long long total_bytes)
{
    memset(p, 0, sizeof *p);
    p->enabled = enabled;
    p->total = total_bytes;
    p->start = now();
}

static void draw(cli_progress *p, double t)
{
    double secs = t - p->start;
    double mb = (double)p->bytes / 1e6;
    double rate = secs > 0 ? mb / secs : 0;

    fprintf(stderr, "\r%ld articles  %.1f MB  %.1f MB/s", p->items, mb, rate);
    if (p->total > 0 && p->bytes <= p->total && rate > 0) {
        double left = ((double)(p->total - p->bytes) / 1e6) / rate;
        int pct = (int)(100.0 * (double)p->bytes / (double)p->total);
        long eta = (long)(left + 0.5);
        fprintf(stderr, "  %3d%%  ETA %ld:%02ld", pct, eta / 60, eta % 60);
    }
    fputs("\033[K", stderr); /* clear the rest of the line */
    fflush(stderr);
    p->drawn = t;
}

void cli_progress_bytes(cli_progress *p, unsigned long long n)
{
    p->bytes += n;
}

void cli_progress_item(cli_progress *p)
{
    double t;

    p->items++;
    if (!p->enabled)
        return;
    t = now();
    if (t - p->drawn >= 0.1)
        draw(p, t);
}

void cli_progress_finish(cli_progress *p)
{
    if (!p->enabled)
        return;
    draw(p, now());
    fputs("\n", stderr);
}
