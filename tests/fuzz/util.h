/*
 * util.h -- what the libFuzzer targets of tests/fuzz share: a check that
 * aborts (libFuzzer reports the crash with the input) and a temporary file
 * that holds the input for the readers that take a path.
 */
#ifndef AG_FUZZ_UTIL_H
#define AG_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* Aborts unless ok. */
void fuzz_check(int ok);
/* Creates $TMPDIR/ag-fuzz-TAG-XXXXXX (TMPDIR: /tmp by default), removed at
 * exit; aborts when it cannot. Call once, from LLVMFuzzerInitialize. */
void fuzz_tmp_create(const char *tag);
/* Writes the input over the temporary file; returns its path. */
const char *fuzz_tmp_write(const uint8_t *data, size_t size);

#endif
