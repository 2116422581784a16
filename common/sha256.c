/*
 * sha256.c -- the article fingerprint, through nettle (a small, audited
 * Debian library; see docs/dependencies.md) rather than a hand-written hash.
 */
#include "ag_common.h"

#include <nettle/sha2.h>

void ag_sha256_hex(const void *data, size_t len, char hex[65])
{
    static const char digits[] = "0123456789abcdef";
    struct sha256_ctx ctx;
    uint8_t sum[SHA256_DIGEST_SIZE];
    int i;

    sha256_init(&ctx);
    sha256_update(&ctx, len, data);
    sha256_digest(&ctx, sizeof sum, sum);
    for (i = 0; i < SHA256_DIGEST_SIZE; i++) {
        hex[2 * i] = digits[sum[i] >> 4];
        hex[2 * i + 1] = digits[sum[i] & 15];
    }
    hex[64] = '\0';
}
