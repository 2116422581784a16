/*
 * test_quantity.c -- quantities found in a clause: numbers with units and
 * qualifiers, money, number words and "a million", and what is not a
 * quantity (years, ordinals, percentages, model numbers).
 */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void t(const char *s)
{
    ag_quantity q;
    memset(&q, 0, sizeof q);
    int r = ex_find_quantity(s, strlen(s), &q);
    if (r <= 0) {
        printf("%-58s -> (none)\n", s);
        return;
    }
    printf("%-58s -> value=%.0f unit=%s qualifier=%s text=|%s|\n", s, q.value, q.unit,
           q.qualifier ? q.qualifier : "-", q.text);
    free(q.unit);
    free(q.qualifier);
    free(q.text);
}

int main(void)
{
    t("shipped more than 1,000 containers of munitions");
    t("a last round of $250 million in funding");
    t("gave Russia more than a million artillery shells");
    t("killing at least four people");
    t("fired 127 missiles and 109 drones");
    t("nearly $30 billion worth of weapons");
    t("some 10,000 shells a day");
    t("three Ground Master 200 radars");
    t("dozens of drones");
    t("about 80 percent of its arms imports");
    t("its 12th package of sanctions");
    t("in 2019 the batteries arrived");
    t("F-16 jets and S-400 systems");
    t("shipments worth $2.5 million");
    t("no number here at all");
    return 0;
}
