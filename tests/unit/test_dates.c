/*
 * test_dates.c -- date expressions resolved against the article's date:
 * explicit dates, month and day with the year inferred (never after the
 * article), weekdays (the latest one on or before the article), "in
 * October", "last month", "yesterday", and no date at all.
 */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

static void t(const char *s, const char *published)
{
    char out[11];
    ex_find_date(s, strlen(s), published, out);
    printf("%-10s %-52s -> %s\n", published ? published : "(none)", s, out[0] ? out : "(none)");
}

static void dl(const char *s)
{
    char out[11];
    size_t len = ex_dateline(s, strlen(s), out);
    printf("%-64s -> %s (%zu bytes)\n", s, len ? out : "(none)", len);
}

int main(void)
{
    t("The strike came on January 3, 2024, at dawn.", "2024-01-10");
    t("The strike came on Dec. 30 and Jan. 2.", "2024-01-04");
    t("Shells arrived on Jan. 2.", "2024-01-04");
    t("Shells arrived on Sept. 5.", "2024-01-04");
    t("Officials said Thursday that drones flew.", "2024-01-04");
    t("On Monday morning, missiles hit the city.", "2022-10-20");
    t("The ministry spoke on Sunday.", "2023-02-20");
    t("In October, the deliveries resumed.", "2024-01-04");
    t("Deliveries resumed in March.", "2024-01-04");
    t("KCNA last month called it a fabrication.", "2024-01-04");
    t("KCNA last month called it a fabrication.", "2024-03-15");
    t("Sanctions were announced yesterday.", "2024-03-01");
    t("Sanctions were announced today.", "2024-03-01");
    t("A deal was signed in May 2019.", "2024-03-01");
    t("Russia fired 40 missiles overnight.", "2024-03-01");
    t("The talks ended on Friday.", NULL);
    t("The talks ended on March 3, 2023.", NULL);
    t("Marches were held in the capital.", "2024-03-01");
    t("Pyongyang has shipped shells since August, the White House said on Friday.", "2023-10-13");
    t("Russia struck Kyiv on Tuesday, officials said on Friday.", "2023-10-13");
    t("Turkey shipped drones to Lebanon on Monday, March 4.", "2024-03-14");
    t("Lebanon received, on Monday March 4, drones shipped by Turkey.", "2024-03-14");
    t("Officials told reporters on Thursday that drones flew.", "2024-01-04");
    t("Drones flew on February 30, 2024, officials said.", "2024-03-01");
    t("Drones flew on Feb. 29.", "2024-03-01");
    t("Drones flew on Feb. 29.", "2023-03-01");
    puts("-- datelines");
    dl("KYIV, 14 March 2025 \xe2\x80\x94 Russian missiles hit the city.");
    dl("WASHINGTON, March 14, 2025 (Reuters) - The Treasury acted.");
    dl("ODESA, Ukraine, 3 May 2024 - Drones struck the port.");
    dl("UNITED NATIONS, Feb. 2, 2023 \xe2\x80\x93 The council met.");
    dl("BEIRUT \xe2\x80\x94 No date here.");
    dl("Officials said on 14 March 2025 - that drones flew.");
    dl("KYIV, 30 February 2025 - A bad date.");
    return 0;
}
