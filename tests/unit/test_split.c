/*
 * test_split.c -- the sentence splitter and the tokenizer on texts we wrote:
 * abbreviations ("Dec. 30", "U.S.", "D.C.", "Mr."), quotes, headline and
 * caption lines without final punctuation, possessives and hyphens.
 */
#include "extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void split(const char *text)
{
    ex_span *lines = NULL, *sents = NULL;
    size_t nl = 0, cl = 0, ns = 0, cs = 0;
    ag_err err;

    printf("== %zu bytes\n", strlen(text));
    if (ex_split_lines(text, strlen(text), &lines, &nl, &cl) != AG_OK) {
        printf("split_lines failed\n");
        return;
    }
    for (size_t i = 0; i < nl; i++) {
        char *norm = NULL;
        size_t nlen = 0, *map = NULL;
        if (ag_text_normalize(text + lines[i].s, lines[i].e - lines[i].s, &norm, &nlen, &map,
                              &err) != AG_OK) {
            printf("normalize failed: %s\n", err.msg);
            continue;
        }
        if (ex_split_line(norm, nlen, &sents, &ns, &cs) != AG_OK) {
            printf("split_line failed\n");
        } else {
            for (size_t k = 0; k < ns; k++)
                printf("%s %zu-%zu |%.*s|\n", sents[k].headline ? "H" : "S",
                       lines[i].s + map[sents[k].s], lines[i].s + map[sents[k].e - 1] + 1,
                       (int)(sents[k].e - sents[k].s), norm + sents[k].s);
        }
        free(norm);
        free(map);
    }
    free(lines);
    free(sents);
}

static void tokens(const char *s)
{
    ex_token *t = NULL;
    size_t n = 0, cap = 0;
    if (ex_tokenize(s, strlen(s), &t, &n, &cap) != AG_OK) {
        printf("tokenize failed\n");
        return;
    }
    printf("tokens:");
    for (size_t i = 0; i < n; i++) {
        printf(" [%.*s", (int)(t[i].e - t[i].s), s + t[i].s);
        if (t[i].flags & TK_POSS)
            printf("/poss");
        else if (t[i].flags & TK_NUM)
            printf("/num");
        else if (t[i].flags & TK_PUNCT)
            printf("/p");
        else if (t[i].flags & TK_UPPER)
            printf("/UP");
        else if (t[i].flags & TK_CAP)
            printf("/Cap");
        printf("]");
    }
    printf("\n");
    free(t);
}

int main(void)
{
    split("Rebels shell a port town\n"
          "\n"
          "ODESA, Dec. 30 - The strikes began on Dec. 30 and resumed on Jan. 2. "
          "Officials in Washington, D.C. said the U.S. Treasury would act. "
          "Mr. Doyle declined to comment.\n"
          "\"We will respond,\" the minister said. \"Soon.\"\n"
          "Did the drones come from Iran? Nobody knows!\n"
          "Photo caption: Jane Doyle\n"
          "A missile hit a depot. (Handout photo)\n");
    split("One sentence without a final stop");
    split("Harry S. Truman sailed at 4 p.m. on Monday. It returned.");
    split("Rebels took the airport of the Congo.Rwanda's army denied it. The U.S.Army and St.Louis "
          "stay.");
    split(
        "Curly \xe2\x80\x9cquotes\xe2\x80\x9d and an em dash \xe2\x80\x94 then the end. Next one.");
    split("A paragraph cut short is still sentences when it is long. The cache kept the first "
          "two thousand bytes of a page. Its last sentence has no stop, and a heading would be "
          "much shorter than this line. So the line is split where its stops are, and the");
    tokens("North Korea's North Korean-supplied missiles, F-16s and 1,000 shells ($2.5 million).");
    tokens("The U.S. and Jama'at al-Nusra; Houthis' drones.");
    return 0;
}
