/*
 * date.c -- civil dates: validation of YYYY-MM-DD and the day arithmetic
 * (after Howard Hinnant's days_from_civil) that relative dates need.
 */
#include "ag_common.h"

#include <ctype.h>
#include <string.h>

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

int ag_date_check(const char *s, ag_err *err)
{
    int y, m, d, i;

    if (s == NULL)
        return ag_err_set(err, AG_ERR_PARSE, "missing date");
    for (i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                goto bad;
        } else if (!isdigit((unsigned char)s[i])) {
            goto bad;
        }
    }
    if (s[10] != '\0')
        goto bad;
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    m = (s[5] - '0') * 10 + (s[6] - '0');
    d = (s[8] - '0') * 10 + (s[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > month_days(y, m))
        return ag_err_set(err, AG_ERR_PARSE, "'%s' is not a calendar date", s);
    return AG_OK;
bad:
    return ag_err_set(err, AG_ERR_PARSE, "'%.40s' is not a date in the form YYYY-MM-DD", s);
}

long ag_days_from_civil(int y, int m, int d)
{
    long era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void ag_civil_from_days(long z, int *y, int *m, int *d)
{
    long era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int ag_weekday(int y, int m, int d)
{
    long z = ag_days_from_civil(y, m, d);
    /* 1970-01-01 was a Thursday (3 with Monday = 0) */
    long w = (z + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

int ag_date_check_partial(const char *s, ag_err *err)
{
    if (s != NULL && strlen(s) == 7 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
        isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) && s[4] == '-' &&
        isdigit((unsigned char)s[5]) && isdigit((unsigned char)s[6])) {
        int m = (s[5] - '0') * 10 + (s[6] - '0');
        if (m >= 1 && m <= 12)
            return AG_OK;
        return ag_err_set(err, AG_ERR_PARSE, "'%s' is not a calendar month", s);
    }
    return ag_date_check(s, err);
}
