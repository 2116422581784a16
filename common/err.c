/*
 * err.c -- the ag_err value: a code and a message that travels up from the
 * place that knew what went wrong to the CLI, which prints it.
 */
#include "ag_common.h"

#include <stdio.h>
#include <string.h>

void ag_err_clear(ag_err *err)
{
    if (err == NULL)
        return;
    err->code = AG_OK;
    err->msg[0] = '\0';
}

int ag_err_set(ag_err *err, int code, const char *fmt, ...)
{
    va_list ap;

    if (err == NULL)
        return code;
    err->code = code;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}

void ag_err_prefix(ag_err *err, const char *fmt, ...)
{
    char head[AG_ERR_MSG_MAX];
    char old[AG_ERR_MSG_MAX];
    ag_buf b;
    va_list ap;

    if (err == NULL)
        return;
    va_start(ap, fmt);
    vsnprintf(head, sizeof head, fmt, ap);
    va_end(ap);
    memcpy(old, err->msg, sizeof old);
    ag_buf_init(&b);
    if (ag_buf_printf(&b, "%s: %s", head, old) == AG_OK) {
        size_t n = b.len < sizeof err->msg - 1 ? b.len : sizeof err->msg - 1;
        memcpy(err->msg, b.data, n);
        err->msg[n] = '\0';
    }
    ag_buf_destroy(&b);
}

const char *ag_code_name(int code)
{
    switch (code) {
    case AG_OK:
        return "ok";
    case AG_ERR_NOMEM:
        return "out of memory";
    case AG_ERR_IO:
        return "i/o error";
    case AG_ERR_USAGE:
        return "usage error";
    case AG_ERR_PARSE:
        return "parse error";
    case AG_ERR_DB:
        return "database error";
    case AG_ERR_NOTFOUND:
        return "not found";
    case AG_ERR_LIMIT:
        return "limit exceeded";
    case AG_ERR_INPUT:
        return "bad input";
    case AG_ERR_SCHEMA:
        return "schema version";
    case AG_ERR_BUSY:
        return "busy";
    case AG_ERR_GRAPH:
        return "graph error";
    case AG_ERR_NOPATH:
        return "no path";
    default:
        return "error";
    }
}
