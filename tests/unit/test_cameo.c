/*
 * test_cameo.c - the CAMEO table: data/cameo.tsv loads, holds every code
 * of the reference codebook with its Goldstein weight and PLOVER type,
 * answers lookups, and the loader reports malformed lines as FILE:LINE.
 *
 * The reference files are read at test time from ../shared/reference
 * (tests run from the project root); malformed tables are written into a
 * fresh mkdtemp() directory.
 */
#include "unit.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cameo.h"
#include "dyad.h"

#define TABLE_PATH DYAD_DATADIR "/cameo.tsv"
#define GOLDSTEIN_PATH SHARED_DIR "/reference/cameo-goldstein.tsv"
#define PLOVER_PATH SHARED_DIR "/reference/cameo2plover.txt"

static struct cameo_table *table;

static int group_setup(void **state)
{
	dyad_error err = { 0, "" };

	(void)state;
	if (cameo_load(&table, TABLE_PATH, &err) != DYAD_OK) {
		print_error("%s\n", err.msg);
		return -1;
	}
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	cameo_free(table);
	table = NULL;
	return 0;
}

static const struct cameo_entry *get(const char *code)
{
	const struct cameo_entry *e = cameo_get(table, code);

	if (!e)
		fail_msg("code %s is missing", code);
	return e;
}

static void test_counts(void **state)
{
	static const char *const roots[] = {
		"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
		"11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
	};
	size_t i, n_roots = 0, n3 = 0, n4 = 0;

	(void)state;
	/* 20 roots, 147 events, 146 subevents: the 311 of the Goldstein
	 * table and PLOVER's 1213 and 1214. */
	assert_int_equal(cameo_count(table), 313);
	for (i = 0; i < 20; i++) {
		const struct cameo_entry *e = get(roots[i]);
		assert_string_equal(e->code, roots[i]);
		assert_int_equal(e->quad_class, cameo_quad_class(atoi(roots[i])));
	}
	for (i = 0; i < cameo_count(table); i++) {
		size_t len = strlen(cameo_at(table, i)->code);
		n_roots += len == 2;
		n3 += len == 3;
		n4 += len == 4;
	}
	assert_int_equal(n_roots, 20);
	assert_int_equal(n3, 147);
	assert_int_equal(n4, 146);
}

static void assert_entry(const char *code, const char *name,
			 const char *plover, double goldstein, int quad)
{
	const struct cameo_entry *e = get(code);

	assert_string_equal(e->code, code);
	assert_memory_equal(e->root, code, 2);
	assert_int_equal(e->root[2], '\0');
	assert_string_equal(e->name, name);
	assert_string_equal(e->plover, plover);
	/* Exactly: the loader rounds decimals as the compiler does. */
	if (e->goldstein != goldstein)
		fail_msg("%s: goldstein %g, want %g", code, e->goldstein, goldstein);
	assert_int_equal(e->quad_class, quad);
}

static void test_known_values(void **state)
{
	(void)state;
	assert_entry("042", "Make a visit", "CONSULT", 1.9, 1);
	assert_entry("043", "Host a visit", "CONSULT", 2.8, 1);
	assert_entry("036", "Express intent to meet or negotiate", "AGREE", 4.0, 1);
	assert_entry("057", "Sign formal agreement", "SUPPORT", 8.0, 1);
	assert_entry("0874", "Retreat or surrender militarily", "RETREAT", 10.0, 2);
	assert_entry("111", "Criticize or denounce", "ACCUSE", -2.0, 3);
	assert_entry("138", "Threaten to use military force", "THREATEN", -7.0, 3);
	assert_entry("163", "Impose embargo, boycott, or sanctions", "COERCE", -8.0, 4);
	assert_entry("173", "Arrest, detain, or charge with legal action", "COERCE", -5.0, 4);
	assert_entry("190", "Use conventional military force", "ASSAULT", -10.0, 4);
	assert_entry("1712", "Destroy property", "ASSAULT", -9.2, 4);
	assert_entry("2042", "Detonate nuclear weapons", "ASSAULT", -10.0, 4);
	/* Roots 01 and 02 have no PLOVER type: "", never NULL. */
	assert_entry("01", "Make public statement", "", 0.0, 1);
	assert_entry("0214", "Appeal for intelligence", "", 3.4, 1);
	/* Not in the Goldstein table: the parent's weight. */
	assert_entry("1213", "Reject judicial cooperation", "REJECT", -4.0, 3);
}

/* Every code of GDELT's Goldstein table, with the same weight. */
static void test_reference_goldstein(void **state)
{
	char line[256];
	size_t n = 0, bad = 0;
	FILE *fp = fopen(GOLDSTEIN_PATH, "r");

	(void)state;
	if (!fp)
		fail_msg("cannot open %s", GOLDSTEIN_PATH);
	while (fgets(line, sizeof(line), fp)) {
		char *tab = strchr(line, '\t');
		const struct cameo_entry *e;
		double g;

		if (!tab || !isdigit((unsigned char)line[0]))
			continue;       /* the header */
		*tab = '\0';
		g = strtod(tab + 1, NULL);
		n++;
		e = cameo_get(table, line);
		if (!e) {
			print_error("%s missing\n", line);
			bad++;
		} else if (e->goldstein != g) {
			print_error("%s: goldstein %g, reference %g\n", line,
				    e->goldstein, g);
			bad++;
		}
	}
	fclose(fp);
	assert_int_equal(n, 311);
	assert_int_equal(bad, 0);
}

/* Every code of PLOVER's mapping, with the type the mapping gives it
 * ("NN: TYPE" heads a root; a code listed twice keeps its first type). */
static void test_reference_plover(void **state)
{
	char line[512], seen[10000] = { 0 };
	size_t n = 0, bad = 0;
	FILE *fp = fopen(PLOVER_PATH, "r");

	(void)state;
	if (!fp)
		fail_msg("cannot open %s", PLOVER_PATH);
	while (fgets(line, sizeof(line), fp)) {
		char code[5], type[32];
		const struct cameo_entry *e;
		size_t len = strspn(line, "0123456789");
		int k;

		if (len < 2 || len > 4 || line[len] != ':')
			continue;
		memcpy(code, line, len);
		code[len] = '\0';
		if (sscanf(line + len + 1, " %31[A-Z]", type) != 1)
			fail_msg("unreadable reference line: %s", line);
		k = atoi(code) + (len == 2 ? 0 : len == 3 ? 100 : 1100);
		if (seen[k]++)
			continue;       /* 08 heads two groups; 175 is listed twice */
		n++;
		e = cameo_get(table, code);
		if (!e) {
			print_error("%s missing\n", code);
			bad++;
		} else if (strcmp(e->plover, type)) {
			print_error("%s: plover '%s', reference %s\n", code,
				    e->plover, type);
			bad++;
		}
	}
	fclose(fp);
	/* 18 roots (no 01, 02) and 256 codes. */
	assert_int_equal(n, 274);
	assert_int_equal(bad, 0);
}

/* File order is code order; each entry is consistent with its root. */
static void test_entries(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < cameo_count(table); i++) {
		const struct cameo_entry *e = cameo_at(table, i);
		char parent[5];
		size_t len = strlen(e->code);

		assert_true(e->name && *e->name);
		assert_int_equal(e->quad_class, cameo_quad_class(atoi(e->root)));
		assert_true(e->goldstein >= -10.0 && e->goldstein <= 10.0);
		assert_ptr_equal(cameo_get(table, e->code), e);
		if (i)
			assert_true(strcmp(cameo_at(table, i - 1)->code, e->code) < 0);
		if (len > 2) {
			memcpy(parent, e->code, len - 1);
			parent[len - 1] = '\0';
			assert_true(cameo_valid(table, parent));
		}
		/* Only the two roots PLOVER leaves out lack a type. */
		assert_non_null(e->plover);
		assert_int_equal(!*e->plover,
				 !strcmp(e->root, "01") || !strcmp(e->root, "02"));
	}
	assert_null(cameo_at(table, cameo_count(table)));
}

static void test_lookup_edges(void **state)
{
	(void)state;
	assert_true(cameo_valid(table, "042"));
	assert_false(cameo_valid(table, "0421"));       /* no such subevent */
	assert_false(cameo_valid(table, "21"));
	assert_false(cameo_valid(table, "00"));
	assert_false(cameo_valid(table, "4"));
	assert_false(cameo_valid(table, ""));
	assert_false(cameo_valid(table, "00042"));
	assert_false(cameo_valid(table, "04a"));
	assert_false(cameo_valid(table, "042 "));
	assert_false(cameo_valid(table, "-42"));
	assert_false(cameo_valid(table, "---"));
	assert_null(cameo_get(table, NULL));
	assert_null(cameo_get(NULL, "042"));
	assert_int_equal(cameo_count(NULL), 0);
	assert_int_equal(cameo_quad_class(0), 0);
	assert_int_equal(cameo_quad_class(5), 1);
	assert_int_equal(cameo_quad_class(6), 2);
	assert_int_equal(cameo_quad_class(9), 3);
	assert_int_equal(cameo_quad_class(14), 4);
	assert_int_equal(cameo_quad_class(21), 0);
}

/* ---- malformed tables ------------------------------------------------ */

static char tmpdir[64], tmpfile_path[128];

static int tmp_setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/dyad-cameo-XXXXXX");
	if (!mkdtemp(tmpdir))
		return -1;
	snprintf(tmpfile_path, sizeof(tmpfile_path), "%s/cameo.tsv", tmpdir);
	return 0;
}

static int tmp_teardown(void **state)
{
	(void)state;
	unlink(tmpfile_path);
	rmdir(tmpdir);
	return 0;
}

/* Role codes: every one of the first and last letters' roles is found
 * with its word; a state, an organisation, a short or empty code is not
 * a role. */
static void test_role_names(void **state)
{
	(void)state;
	assert_string_equal(cameo_role_name("AGR"), "agriculture");
	assert_string_equal(cameo_role_name("COP"), "police");
	assert_string_equal(cameo_role_name("CVL"), "civilians");
	assert_string_equal(cameo_role_name("GOV"), "government");
	assert_string_equal(cameo_role_name("MILMIL"), "military");
	assert_string_equal(cameo_role_name("UAF"), "armed forces");
	assert_null(cameo_role_name("PRK"));
	assert_null(cameo_role_name("USA"));
	assert_null(cameo_role_name("IGO"));
	assert_null(cameo_role_name("---"));
	assert_null(cameo_role_name("GO"));
	assert_null(cameo_role_name(""));
	assert_null(cameo_role_name(NULL));
}

static void write_table(const char *text, size_t len)
{
	FILE *fp = fopen(tmpfile_path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(text, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
}

#define GOOD "# a comment\n04\tConsult\t1.0\t1\tCONSULT\n" \
	     "042\tMake a visit\t1.9\t1\tCONSULT\n"

/* Load text; expect rc and an error message "PATH:LINE: <what>". */
static void assert_load_fails(const char *text, int line, const char *what)
{
	struct cameo_table *t = (struct cameo_table *)&t;
	dyad_error err = { 0, "" };
	char want[512];

	write_table(text, strlen(text));
	assert_int_equal(cameo_load(&t, tmpfile_path, &err), DYAD_EPARSE);
	assert_null(t);
	assert_int_equal(err.code, DYAD_EPARSE);
	snprintf(want, sizeof(want), "%s:%d: %s", tmpfile_path, line, what);
	if (strncmp(err.msg, want, strlen(want)))
		fail_msg("got \"%s\", want \"%s...\"", err.msg, want);
}

static void test_good_small(void **state)
{
	struct cameo_table *t = NULL;
	dyad_error err = { 0, "" };
	static const char crlf[] = "04\tConsult\t1\t1\tCONSULT\r\n\r\n"
				   "042\tMake a visit\t+1.9\t1\tCONSULT\r\n"
				   "0421\tA test subevent\t-0.25\t1\t-";

	(void)state;
	write_table(crlf, sizeof(crlf) - 1);
	assert_int_equal(cameo_load(&t, tmpfile_path, &err), DYAD_OK);
	assert_int_equal(cameo_count(t), 3);
	assert_string_equal(cameo_get(t, "042")->name, "Make a visit");
	assert_true(cameo_get(t, "042")->goldstein == 1.9);
	assert_true(cameo_get(t, "0421")->goldstein == -0.25);
	assert_string_equal(cameo_get(t, "0421")->plover, "");
	assert_string_equal(cameo_get(t, "0421")->root, "04");
	cameo_free(t);
}

static void test_malformed(void **state)
{
	(void)state;
	assert_load_fails(GOOD "043\tHost a visit\t2.8\t1\n", 4,
			  "4 tab-separated fields where 5 belong");
	assert_load_fails(GOOD "043\tHost\ta visit\t2.8\t1\tCONSULT\n", 4,
			  "6 tab-separated fields");
	assert_load_fails(GOOD "43\tHost a visit\t2.8\t3\tCONSULT\n", 4,
			  "'43' is not a CAMEO code");
	assert_load_fails(GOOD "21\tNo such root\t0\t4\tASSAULT\n", 4,
			  "'21' is not a CAMEO code");
	assert_load_fails(GOOD "04x\tBad\t0\t1\tCONSULT\n", 4,
			  "'04x' is not a CAMEO code");
	assert_load_fails(GOOD "043\tHost a visit\t2,8\t1\tCONSULT\n", 4,
			  "Goldstein weight '2,8' is not a number");
	assert_load_fails(GOOD "043\tHost a visit\t12\t1\tCONSULT\n", 4,
			  "Goldstein weight '12' is not a number from -10 to 10");
	assert_load_fails(GOOD "043\tHost a visit\tinf\t1\tCONSULT\n", 4,
			  "Goldstein weight 'inf'");
	assert_load_fails(GOOD "043\tHost a visit\t2.8\t2\tCONSULT\n", 4,
			  "quad class '2' for root 04, which is quad class 1");
	assert_load_fails(GOOD "043\tHost a visit\t2.8\t1\tconsult\n", 4,
			  "'consult' is not a PLOVER event type");
	assert_load_fails(GOOD "042\tMake a visit\t1.9\t1\tCONSULT\n", 4,
			  "code 042 repeats line 3");
	assert_load_fails(GOOD "043\t\t2.8\t1\tCONSULT\n", 4,
			  "code 043 has no name");
	assert_load_fails(GOOD "0531\tOrphan\t3.0\t1\tSUPPORT\n", 4,
			  "code 0531 has no parent 053");
	assert_load_fails("# nothing but comments\n\n", 2,
			  "no CAMEO codes in the file");
	assert_load_fails("", 1, "no CAMEO codes in the file");
}

/* One bad line does not hide the next: all are counted, the first named. */
static void test_malformed_counts_all(void **state)
{
	struct cameo_table *t = NULL;
	dyad_error err = { 0, "" };
	static const char text[] = GOOD "x\ty\n" "043\tHost\t99\t1\tCONSULT\n"
				   "044\tMeet\t2.5\t1\tCONSULT\n";
	static const char nul[] = GOOD "043\tHo\0st\t2.8\t1\tCONSULT\n";
	char want[256];

	(void)state;
	write_table(text, sizeof(text) - 1);
	assert_int_equal(cameo_load(&t, tmpfile_path, &err), DYAD_EPARSE);
	assert_null(t);
	snprintf(want, sizeof(want), "%s:4: ", tmpfile_path);
	assert_memory_equal(err.msg, want, strlen(want));
	assert_non_null(strstr(err.msg, "(and 1 more faults)"));

	write_table(nul, sizeof(nul) - 1);
	assert_int_equal(cameo_load(&t, tmpfile_path, &err), DYAD_EPARSE);
	snprintf(want, sizeof(want), "%s:4: NUL byte", tmpfile_path);
	assert_memory_equal(err.msg, want, strlen(want));
}

static void test_missing_file(void **state)
{
	struct cameo_table *t = NULL;
	dyad_error err = { 0, "" };
	char path[160];

	(void)state;
	snprintf(path, sizeof(path), "%s/absent.tsv", tmpdir);
	assert_int_equal(cameo_load(&t, path, &err), DYAD_EIO);
	assert_null(t);
	assert_non_null(strstr(err.msg, path));
}

int main(void)
{
	const struct CMUnitTest real[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_known_values),
		cmocka_unit_test(test_reference_goldstein),
		cmocka_unit_test(test_reference_plover),
		cmocka_unit_test(test_entries),
		cmocka_unit_test(test_lookup_edges),
		cmocka_unit_test(test_role_names),
	};
	const struct CMUnitTest loader[] = {
		cmocka_unit_test(test_good_small),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_malformed_counts_all),
		cmocka_unit_test(test_missing_file),
	};
	int rc = 0;

	rc |= cmocka_run_group_tests_name("cameo_table", real, group_setup,
					  group_teardown);
	rc |= cmocka_run_group_tests_name("cameo_loader", loader, tmp_setup,
					  tmp_teardown);
	return rc;
}
