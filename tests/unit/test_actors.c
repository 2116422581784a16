/*
 * test_actors.c -- the dictionary loader (validation with FILE:LINE
 * messages, merging of entries across files, lookup) and the actor matcher
 * (longest match over token n-grams, case rules for short all-caps names,
 * demonyms, unknown names in role slots, acronyms) on sentences we wrote.
 */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const surf_names[] = {"alias", "demonym", "seat", "place"};

static ag_dict *load(void)
{
    ag_dict *d = NULL;
    ag_err err;
    if (ag_dict_new(&d, &err) != AG_OK ||
        ag_dict_load_file(d, "../data/extract/mini-actors.json", &err) != AG_OK ||
        ag_dict_load_file(d, "../../data/triggers.json", &err) != AG_OK) {
        printf("load failed: %s\n", err.msg);
        ag_dict_free(d);
        return NULL;
    }
    return d;
}

static void units(const ag_dict *d, ex_names *names, const char *s)
{
    ex_token *tok = NULL;
    ex_unit *u = NULL;
    size_t ntok = 0, ct = 0, nu = 0, cu = 0;
    printf("> %s\n", s);
    if (ex_tokenize(s, strlen(s), &tok, &ntok, &ct) != AG_OK ||
        ex_units(d, s, tok, ntok, &u, &nu, &cu, names, 0) != AG_OK) {
        printf("failed\n");
        goto out;
    }
    for (size_t i = 0; i < nu; i++) {
        if (u[i].actor >= 0) {
            printf("  actor %-14s %-7s |%.*s|\n", d->actors[u[i].actor].id, surf_names[u[i].surf],
                   (int)(u[i].e - u[i].s), s + u[i].s);
        } else if (u[i].name >= 0 && (i == 0 || u[i - 1].name != u[i].name)) {
            int n = u[i].name;
            while (names->v[n].alias_of >= 0)
                n = names->v[n].alias_of;
            size_t j = i;
            while (j + 1 < nu && u[j + 1].name == u[i].name)
                j++;
            printf("  name  %-14s %-7s |%.*s|\n", names->v[n].text,
                   ag_kind_name(names->v[n].kind), (int)(u[j].e - u[i].s), s + u[i].s);
        }
    }
out:
    free(tok);
    free(u);
}

static void bad(const char *file)
{
    ag_dict *d = NULL;
    ag_err err;
    ag_dict_new(&d, &err);
    if (ag_dict_load_file(d, file, &err) == AG_OK)
        printf("%s: loaded (unexpected)\n", file);
    else
        printf("%s\n", err.msg);
    ag_dict_free(d);
}

int main(void)
{
    ag_dict *d = load();
    ex_names names = {0};
    ag_entity e;

    if (d == NULL)
        return 1;
    units(d, &names, "North Korea shipped shells to Russia, US officials said, and the Kremlin agreed.");
    units(d, &names, "Tell us what the U.S. and the UN Security Council think of Kharkiv.");
    units(d, &names, "North Korean troops and Russian forces met Chinese companies in Pyongyang.");
    units(d, &names, "Washington sanctioned Acme Trading LLC and arms dealer Viktor Bout on Monday.");
    units(d, &names, "Acme later sold drones to the Orion Defence Group (ODG); Bout denied it.");
    units(d, &names, "ODG shipped parts, said Colonel Maria Lopez of the Tehran-based Sarv Aviation Industries.");
    units(d, &names, "President Joe Biden met Biden's staff; Iran's Sarv Aviation Industries stayed away.");

    /* lookups: by id, by name, by alias, case-insensitively */
    const char *q[] = {"RUS", "russia", "the kremlin", "DPRK", "Hezbollah", "doyle", "Atlantis"};
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
        if (ag_dict_lookup(d, q[i], &e) == AG_OK)
            printf("lookup %-12s -> %s (%s, %s)\n", q[i], e.id, ag_kind_name(e.kind),
                   e.state ? e.state : "-");
        else
            printf("lookup %-12s -> not found\n", q[i]);
    }
    /* entries with the same id merge across files */
    ag_err err;
    if (ag_dict_load_file(d, "../data/extract/merge-extra.json", &err) != AG_OK)
        printf("merge failed: %s\n", err.msg);
    units(d, &names, "Drones hit Tver and Kursk.");
    printf("actors after merge: %zu\n", d->n_actors);
    ex_names_free(&names);
    ag_dict_free(d);

    bad("../data/extract/bad-kind.json");
    bad("../data/extract/bad-json.json");
    bad("../data/extract/bad-aliases.json");
    bad("../data/extract/bad-field.json");
    bad("../data/extract/bad-class.json");
    bad("../data/extract/bad-notarray.json");
    bad("../data/extract/bad-comma.json");
    bad("../data/extract/bad-entry.json");
    bad("../data/extract/no-such-file.json");
    return 0;
}
